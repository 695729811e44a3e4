"""Thematic information (Art. 4) between two real vaults: KZ enters an item by the CLI with a
person and a request it concerns, sends it with ``bundle export --thematic``; AM's import
lists it with its provenance, the person came along, and AM cannot send it on to a third
authority without KZ's consent. Malformed or dangling records refuse the whole bundle."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from migdesk.atomic import write_atomic
from migdesk.exchange import ExchangeRefused, export_bundle, import_bundle
from migdesk.exchange.thematic_items import ThematicSource
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.gost_layout import render
from migdesk.requests.records import AttachmentInput, DraftInput
from migdesk.requests.service import RequestService
from migdesk.requests.thematic import ThematicInput, ThematicService
from migdesk.security.handling import ConsentMissing
from migdesk.signing.message_signing import sign_message
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, THIRD, Station, audit_head, state, write_raw
from tests.exchange.test_request_exchange import _second_signer, _signatory
from tests.reports.doc_world import pdf_text
from tests.support.signing import signer_credentials

ITEM = {
    "category": "violations",
    "title": "Канал через третью страну (синтетический)",
    "text": "Описание канала.\n\tСхема перевозки (тест).",
    "period_from": "2026-01-01",
    "period_until": "2026-06-30",
}


def _stick(tmp_path: Path, name: str = "stick") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def _person(station: Station) -> str:
    result = station.cli()("person", "add", "-", "--json", stdin=json.dumps(sample_person()))
    assert result.code == 0, result.stderr
    return str(result.json()["id"])


@pytest.mark.slow
def test_item_travels_with_its_person_and_provenance(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    person = _person(kz)
    attachment = tmp_path / "схема.txt"
    attachment.write_bytes(b"synthetic scheme")
    cli = kz.cli()
    added = cli(
        "thematic",
        "add",
        "-",
        "--attach",
        str(attachment),
        "--json",
        stdin=json.dumps({**ITEM, "persons": [{"id": person, "role": "перевозчик (тест)"}]}),
    )
    assert added.code == 0, added.stderr
    item_id = added.json()["id"]
    shown = cli("thematic", "show", item_id, "--json").json()
    assert shown["persons"] == [{"id": person, "role": "перевозчик (тест)"}]
    assert shown["provenance"] is None  # entered here
    exported = cli(
        "bundle",
        "export",
        "--to",
        AM,
        "--out",
        str(_stick(tmp_path)),
        "--thematic",
        item_id,
        "--json",
    )
    assert exported.code == 0, exported.stderr
    assert exported.json()["counts"] == {"person": 1, "thematic": 1}

    received = am.cli()
    preview = received("bundle", "import", exported.json()["path"], "--dry-run", "--json")
    assert preview.code == 0, preview.stderr
    assert preview.json()["thematic"] == [f"{ITEM['title']} — новое"]
    assert received("thematic", "list", "--json").json() == []
    assert received("bundle", "import", exported.json()["path"], "--json").code == 0
    listed = received("thematic", "list", "--json").json()
    assert [i["id"] for i in listed] == [item_id]
    item = listed[0]
    assert (item["title"], item["text"], item["period_until"]) == (
        ITEM["title"],
        ITEM["text"],
        "2026-06-30",
    )
    assert item["provenance"]["provider"] == KZ
    assert item["provenance"]["bundle_id"] == exported.json()["bundle_id"]
    assert item["provenance"]["no_onward_transfer"] is True
    assert item["persons"] == [{"id": person, "role": "перевозчик (тест)"}]
    assert received("person", "show", person, "--json").code == 0
    [meta] = item["attachments"]
    out = tmp_path / "got.txt"
    saved = received("thematic", "attachment", item_id, str(meta["id"]), "--out", str(out))
    assert saved.code == 0, saved.stderr
    assert out.read_bytes() == b"synthetic scheme"
    assert meta["sha256"] == hashlib.sha256(b"synthetic scheme").hexdigest()


@pytest.mark.slow
def test_received_item_goes_back_to_its_provider_only(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    added = am.cli()("thematic", "add", "-", "--json", stdin=json.dumps(ITEM))
    item_id = added.json()["id"]
    sent = am.cli()(
        "bundle",
        "export",
        "--to",
        KZ,
        "--out",
        str(_stick(tmp_path)),
        "--thematic",
        item_id,
        "--json",
    )
    assert sent.code == 0, sent.stderr
    with kz.open() as vault:
        assert import_bundle(vault, Path(sent.json()["path"])).status == "imported"
        with pytest.raises(ConsentMissing, match=r"11\.3"):
            export_bundle(vault, THIRD, _stick(tmp_path, "third"), thematic=[item_id])
        with vault.read_session() as session:  # back to its provider: allowed
            assert ThematicSource([item_id]).collect(session, AM).counts() == {"thematic": 1}
    refused = kz.cli()(
        "bundle", "export", "--to", THIRD, "--out", str(tmp_path), "--thematic", item_id
    )
    assert refused.code == 1 and "11.3" in refused.stderr


def test_links_only_to_requests_the_partner_knows(kz: Station, am: Station) -> None:
    unknown = str(uuid.uuid4())
    bad = kz.cli()("thematic", "add", "-", stdin=json.dumps({**ITEM, "requests": [unknown]}))
    assert bad.code == 1 and "requests[0]" in bad.stderr


def _record(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "thematic",
        "id": str(uuid.uuid4()),
        **ITEM,
        "persons": [],
        "requests": [],
        "attachments": [],
        "handling": {"purpose": "информация без запроса (ст. 8)", "no_onward_transfer": True},
    }
    record.update(overrides)
    return record


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"id": str(uuid.uuid4()).upper()}, "UUID"),
        ({"category": "gossip"}, "category"),
        ({"title": "Заголовок\x07"}, "управляющ"),
        ({"text": "текст\x1b[31m"}, "управляющ"),
        ({"title": "x" * 301}, "title"),
        ({"persons": [{"id": str(uuid.uuid4()), "role": None}]}, "нет ни в хранилище"),
        ({"requests": [str(uuid.uuid4())]}, "нет ни в хранилище"),
        ({"requests": "not a list"}, "requests"),
        ({"period_from": "20260101"}, "period_from"),
        ({"surprise": 1}, "неизвестные поля"),
        ({"handling": {"purpose": "x", "no_onward_transfer": "no"}}, "no_onward_transfer"),
        (
            {
                "attachments": [
                    {"name": "a", "mime": "text/plain", "file": "att-x", "sha256": "0" * 64}
                ]
            },
            "отсутствует",
        ),
    ],
)
def test_bad_thematic_records_refuse_the_bundle(
    kz: Station, am: Station, tmp_path: Path, overrides: dict[str, Any], message: str
) -> None:
    path = write_raw(kz, AM, _stick(tmp_path), [_record(**overrides)])
    with am.open() as vault:
        before, head = state(vault), audit_head(vault)
        with pytest.raises(ExchangeRefused, match=message):
            import_bundle(vault, path)
        assert state(vault) == before and audit_head(vault) == head
        assert vault.raw_execute("SELECT count(*) FROM thematic_items") == [(0,)]


def test_same_id_as_a_local_item_is_refused(kz: Station, am: Station, tmp_path: Path) -> None:
    local = am.cli()("thematic", "add", "-", "--json", stdin=json.dumps(ITEM)).json()["id"]
    path = write_raw(kz, AM, _stick(tmp_path), [_record(id=local)])
    with am.open() as vault, pytest.raises(ExchangeRefused, match="совпадает"):
        import_bundle(vault, path)


@pytest.mark.slow
def test_information_letter_lists_and_carries_its_thematic_items(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    """Art. 8: an item linked to an outgoing information letter is named in the cover letter
    and goes in the bundle with it; before, the letter travelled alone and named nothing."""
    with kz.open() as vault:
        letter = (
            RequestService(vault)
            .create_draft(
                DraftInput(
                    to_authority=AM,
                    kind="information",
                    substance="Сведения о канале незаконной миграции (синтетические).",
                    cover_text="Направляем сведения о канале (тест).",
                )
            )
            .id
        )
        item = ThematicService(vault).add(
            ThematicInput(
                category="violations",
                title=ITEM["title"],
                text=ITEM["text"],
                period_from=date(2026, 1, 1),
                period_until=date(2026, 6, 30),
                requests=[letter],
                attachments=[AttachmentInput("схема.txt", "text/plain", b"synthetic scheme")],
            )
        )
        document = DocumentService(vault).build("cover-letter", letter, BuildOptions())
        pdf = tmp_path / "cover.pdf"
        write_atomic(pdf, render(document).pdf)
        sign_message(_second_signer(vault), letter, signer_credentials(), _signatory(vault, KZ))
    text = " ".join(pdf_text(pdf).split())
    assert "Направляется тематическая информация (статья 4 Соглашения):" in text
    assert (
        f"1. «{ITEM['title']}» (нарушения миграционного законодательства и каналы незаконной "
        "миграции; период с 01.01.2026 по 30.06.2026; файлов: 1)"
    ) in text
    with kz.open() as vault:  # chosen too: the item and its file still travel once
        sent = export_bundle(vault, AM, _stick(tmp_path), requests=[letter], thematic=[item])
    assert sent.counts == {"request": 1, "thematic": 1}
    assert sent.path is not None
    with am.open() as vault:
        assert import_bundle(vault, sent.path).status == "imported"
        received = ThematicService(vault).get(item)
        assert received.requests == [letter]
        assert ThematicService(vault).attachment(item, received.attachments[0].id) == (
            b"synthetic scheme"
        )
        assert received.provenance is not None and received.provenance.provider == KZ
        assert RequestService(vault).get(letter).kind == "information"
