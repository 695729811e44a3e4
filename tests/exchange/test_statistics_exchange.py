"""Statistical information (Art. 3.1) between two real vaults: KZ's figures by CLI (JSON and
a PDF report with charts, checked with pdftotext/pdffonts), sent with ``bundle export
--statistics YYYY`` and listed by AM; malformed records refuse the bundle."""

from __future__ import annotations

import json
import subprocess
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from migdesk.exchange import ExchangeRefused, export_bundle, import_bundle
from migdesk.persons.service import PersonService
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, Station, audit_head, state, write_raw
from tests.exchange.test_request_exchange import _folder, _send, _signed_request
from tests.reports.doc_world import fonts_embedded, pdf_text

YEAR = date.today().year
MONTH = f"{date.today():%Y-%m}"


def _kz_with_a_sent_request(kz: Station, tmp_path: Path) -> None:
    with kz.open() as vault:
        person = PersonService(vault).add(sample_person()).id
        PersonService(vault).add(sample_person(surname_ru="Второв", citizenship=["ARM"]))
        request_id, _ = _signed_request(vault, person)
    _send(kz, AM, _folder(tmp_path, "request"), requests=[request_id])


@pytest.mark.slow
def test_figures_report_and_exchange(kz: Station, am: Station, tmp_path: Path) -> None:
    _kz_with_a_sent_request(kz, tmp_path)
    cli = kz.cli()
    exported = cli("statistics", "export", "--from", f"{YEAR}-01", "--to", MONTH, "--json")
    assert exported.code == 0, exported.stderr
    figures = exported.json()
    assert figures["authority"] == KZ and figures["totals"]["sent"] == 1
    [row] = figures["months"]
    assert (row["month"], row["authority"], row["sent"]) == (MONTH, AM, 1)
    persons = figures["persons"]
    assert persons["total"] == 2
    assert persons["by_citizenship"] == {"ARM": 1, "KAZ": 1}
    assert persons["by_category"]["identity_documents"] == 2
    assert persons["by_category"]["restrictions"] == 0

    pdf = tmp_path / "stat.pdf"
    report = cli(
        "statistics",
        "report",
        "--from",
        f"{YEAR}-01",
        "--to",
        f"{YEAR}-12",
        "--out",
        str(pdf),
        "--json",
    )
    assert report.code == 0, report.stderr
    text = " ".join(pdf_text(pdf).split())
    for phrase in (
        "СТАТИСТИЧЕСКИЕ СВЕДЕНИЯ",
        "подпункт 1 пункта 1 статьи 3",
        f"01.{YEAR} — 12.{YEAR}",
        "Запросы по месяцам: AM-MIGRATION",
        "Лица по гражданству",
        "Армения",
        "Всего записей о лицах: 2",
        "документы, удостоверяющие личность",
    ):
        assert phrase in text, phrase
    assert all(emb == "yes" for _, emb in fonts_embedded(pdf))
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Pages:" in pages.stdout

    sent = cli(
        "bundle",
        "export",
        "--to",
        AM,
        "--out",
        str(_folder(tmp_path, "s")),
        "--statistics",
        str(YEAR),
        "--json",
    )
    assert sent.code == 0, sent.stderr
    assert sent.json()["counts"].get("statistics") == 1
    received = am.cli()
    preview = received("bundle", "import", sent.json()["path"], "--dry-run", "--json")
    assert preview.json()["statistics"] == [f"{KZ}, {YEAR} год"]
    assert received("bundle", "import", sent.json()["path"]).code == 0
    listed = received("statistics", "received", "--json").json()
    assert [(r["provider"], r["year"]) for r in listed] == [(KZ, YEAR)]
    shown = received("statistics", "show", listed[0]["id"], "--json").json()
    assert shown["persons"]["total"] == 2
    assert [(m["month"], m["sent"]) for m in shown["months"]] == [(MONTH, 1)]


def test_bad_period_is_refused(kz: Station) -> None:
    result = kz.cli()(
        "statistics", "report", "--from", "2026-13", "--to", "2026-12", "--out", "/tmp/never.pdf"
    )
    assert result.code == 1 and "ГГГГ-ММ" in result.stderr
    assert not Path("/tmp/never.pdf").exists()


def _record(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "statistics",
        "id": str(uuid.uuid4()),
        "authority": KZ,
        "year": YEAR,
        "as_of": date.today().isoformat(),
        "months": [
            {
                "month": MONTH,
                "authority": AM,
                "sent": 1,
                "received": 0,
                "answered": 0,
                "refused": 0,
                "partially_refused": 0,
                "answers_received": 0,
                "refusals_received": 0,
                "overdue": 0,
            }
        ],
        "persons": {"total": 1, "by_category": {"registration": 1}, "by_citizenship": {"KAZ": 1}},
    }
    record.update(overrides)
    return record


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"authority": AM}, "не отправитель"),
        ({"year": YEAR + 1}, "не из"),
        ({"persons": {"total": 1, "by_category": {}, "by_citizenship": {"kaz": 1}}}, "alpha-3"),
        ({"persons": {"total": -1, "by_category": {}, "by_citizenship": {}}}, "total"),
        (
            {"persons": {"total": 1, "by_category": {"gossip": 1}, "by_citizenship": {}}},
            "неизвестные поля",
        ),
    ],
)
def test_bad_statistics_records_refuse_the_bundle(
    kz: Station, am: Station, tmp_path: Path, overrides: dict[str, Any], message: str
) -> None:
    path = write_raw(kz, AM, _folder(tmp_path, "raw"), [_record(**overrides)])
    with am.open() as vault:
        before, head = state(vault), audit_head(vault)
        with pytest.raises(ExchangeRefused, match=message):
            import_bundle(vault, path)
        assert state(vault) == before and audit_head(vault) == head
        assert vault.raw_execute("SELECT count(*) FROM received_statistics") == [(0,)]


def test_good_raw_record_is_kept_once(kz: Station, am: Station, tmp_path: Path) -> None:
    record = _record()
    path = write_raw(kz, AM, _folder(tmp_path, "raw"), [record])
    with am.open() as vault:
        assert import_bundle(vault, path).status == "imported"
        rows = vault.raw_execute("SELECT id, provider, year, figures FROM received_statistics")
        assert [(r[0], r[1], r[2]) for r in rows] == [(record["id"], KZ, YEAR)]
        assert json.loads(rows[0][3])["persons"]["by_citizenship"] == {"KAZ": 1}


def test_received_person_records_are_not_our_figures(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    """A person AM sent to KZ is AM's information: KZ's figures (JSON, PDF) leave it out and
    say how many were left out; otherwise AM would get its own persons back as KZ's
    statistics, and the received record linked to KZ's own would count one person twice."""
    with am.open() as vault:
        theirs = PersonService(vault).add(sample_person(citizenship=["ARM"])).id
        sent = export_bundle(vault, KZ, _folder(tmp_path, "stick"), persons=[theirs])
    assert sent.path is not None
    with kz.open() as vault:
        assert import_bundle(vault, sent.path).status == "imported"
        PersonService(vault).add(sample_person(surname_ru="Своев"))
    cli = kz.cli()
    exported = cli("statistics", "export", "--json")
    assert exported.code == 0, exported.stderr
    persons = exported.json()["persons"]
    assert persons["by_citizenship"] == {"KAZ": 1}
    assert (persons["total"], persons["received"]) == (1, 1)
    assert persons["by_category"]["identity_documents"] == 1
    pdf = tmp_path / "stat.pdf"
    report = cli("statistics", "report", "--from", f"{YEAR}-01", "--to", MONTH, "--out", str(pdf))
    assert report.code == 0, report.stderr
    text = " ".join(pdf_text(pdf).split())
    assert "Всего записей о лицах: 1." in text
    assert "полученные от компетентных органов другой Стороны, в сведениях не учтены: 1" in text
    assert "Армения" not in text
