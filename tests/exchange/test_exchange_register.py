"""``bundle register``: the courier transmittal register from the bundle log, through the CLI
on real vaults, the PDF read back with pdftotext."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from migdesk.exchange.register import register_lines
from migdesk.persons.service import PersonService
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, Station
from tests.support.files import pdftotext

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def _export(station: Station, to: str, stick: Path) -> dict[str, Any]:
    with station.open() as vault:
        person = PersonService(vault).add(sample_person()).id
    sent = station.cli()(
        "bundle", "export", "--to", to, "--out", str(stick), "--person", person, "--json"
    )
    assert sent.code == 0, sent.stderr
    result: dict[str, Any] = sent.json()
    return result


def _groups(sha256: str) -> list[str]:
    return [sha256[i : i + 16] for i in range(0, 64, 16)]


@needs_poppler
def test_register_of_todays_bundles(kz: Station, stick: Path, tmp_path: Path) -> None:
    first, second = _export(kz, AM, stick), _export(kz, AM, stick)
    out = tmp_path / "register.pdf"
    proc = kz.cli()("bundle", "register", "--out", str(out), "--number", "Р-12", "--json")
    assert proc.code == 0, proc.stderr
    result = proc.json()
    assert result["path"] == str(out)
    assert result["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert result["number"] == "Р-12" and result["bundles"] == 2
    text = pdftotext(out)
    assert "РЕЕСТР" in text and "Всего пакетов: 2." in text
    # The authorities by name, not by MigDesk's codes (issue 13, item 23).
    assert "Министерство" in text and "Миграционная" in text
    assert KZ not in text and AM not in text
    for sent in (first, second):
        for group in _groups(str(sent["sha256"])):
            assert group in text
    # Sequence numbers in their column (the first number after the row's), in order.
    rows = [line.split() for line in text.splitlines() if line.strip().startswith(("1 ", "2 "))]
    assert [next(t for t in row[1:] if t.isdigit()) for row in rows[:2]] == ["1", "2"], text

    audit = kz.cli()("audit", "list", "--action", "document.print", "--json")
    assert audit.code == 0, audit.stderr
    entries = audit.json()
    assert len(entries) == 1 and entries[0]["details"]["kind"] == "transmittal"
    assert sorted(entries[0]["details"]["bundles"]) == sorted(
        [first["bundle_id"], second["bundle_id"]]
    )
    assert str(out) not in str(entries)  # where the file went is not the trail's business


@needs_poppler
def test_register_of_chosen_bundles(kz: Station, stick: Path, tmp_path: Path) -> None:
    _export(kz, AM, stick)
    chosen = _export(kz, AM, stick)
    out = tmp_path / "one.pdf"
    proc = kz.cli()("bundle", "register", "--out", str(out), "--bundle", str(chosen["bundle_id"]))
    assert proc.code == 0, proc.stderr
    assert str(out) in proc.stdout and "пакетов: 1" in proc.stdout
    text = pdftotext(out)
    assert "Всего пакетов: 1." in text
    assert _groups(str(chosen["sha256"]))[0] in text


def test_refusals(kz: Station, am: Station, stick: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    nothing = kz.cli()("bundle", "register", "--out", str(out))
    assert nothing.code == 1 and "не отправлялись" in nothing.stderr
    sent = _export(kz, AM, stick)
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    other_day = kz.cli()("bundle", "register", "--out", str(out), "--date", yesterday)
    assert other_day.code == 1
    other_peer = kz.cli()("bundle", "register", "--out", str(out), "--peer", "KZ-MTSZN")
    assert other_peer.code == 1 and "KZ-MTSZN" in other_peer.stderr
    unknown = kz.cli()("bundle", "register", "--out", str(out), "--bundle", "no-such-bundle")
    assert unknown.code == 1 and "no-such-bundle" in unknown.stderr
    mixed = kz.cli()(
        "bundle", "register", "--out", str(out), "--bundle", str(sent["bundle_id"]),
        "--date", yesterday,
    )  # fmt: skip
    assert mixed.code == 2
    bad_date = kz.cli()("bundle", "register", "--out", str(out), "--date", "26.11.2026")
    assert bad_date.code == 2
    # On the receiving side the bundle is incoming: not something it hands to a courier.
    loaded = am.cli()("bundle", "import", str(sent["path"]))
    assert loaded.code == 0, loaded.stderr
    incoming = am.cli()("bundle", "register", "--out", str(out), "--bundle", str(sent["bundle_id"]))
    assert incoming.code == 1
    assert not out.exists()


def test_lines_from_the_log(kz: Station, stick: Path) -> None:
    sent = _export(kz, AM, stick)
    with kz.open() as vault:
        (line,) = register_lines(vault, peer=AM)
        assert (line.sender, line.addressee, line.sequence) == (KZ, AM, 1)
        assert line.sha256 == sent["sha256"] and line.bundle_id == sent["bundle_id"]
        assert register_lines(vault, [str(sent["bundle_id"]).upper()]) == [line]


@needs_poppler
def test_the_courier_matches_the_register_to_the_stick(
    kz: Station, stick: Path, tmp_path: Path
) -> None:
    """The register's checksum is the one the courier's check shows for the bundle on the
    stick, and the register says which file it is the checksum of."""
    sent = _export(kz, AM, stick)
    out = tmp_path / "register.pdf"
    assert kz.cli()("bundle", "register", "--out", str(out)).code == 0
    text = " ".join(pdftotext(out).split())
    assert "SHA-256 ярлыка (label.json)" in " ".join(pdftotext(out, "-nopgbrk").split())
    bundle = Path(str(sent["path"]))
    checked = kz.cli()("bundle", "inspect", str(bundle), "--json")
    assert checked.code == 0, checked.stderr
    assert checked.json()["label_sha256"] == sent["sha256"]
    human = kz.cli()("bundle", "inspect", str(bundle))
    assert f"SHA-256 ярлыка (как в реестре передачи): {sent['sha256']}" in human.stdout
    assert hashlib.sha256((bundle / "label.json").read_bytes()).hexdigest() == sent["sha256"]
    for group in _groups(str(sent["sha256"])):
        assert group in text


@needs_poppler
def test_the_register_states_each_bundles_size_from_its_label_on_the_stick(
    kz: Station, stick: Path, tmp_path: Path
) -> None:
    """The courier signs for what is on the stick: the size its signed label states, read
    back where the export wrote it; a bundle no longer there gets «—», never a guess."""
    sent, gone = _export(kz, AM, stick), _export(kz, AM, stick)
    size = sum(p.stat().st_size for p in Path(str(sent["path"])).glob("payload*"))
    shutil.rmtree(str(gone["path"]))
    out = tmp_path / "register.pdf"
    assert kz.cli()("bundle", "register", "--out", str(out)).code == 0
    text = pdftotext(out)
    assert "Размер" in text
    rows = [line.split() for line in text.splitlines() if line.strip().startswith(("1 ", "2 "))]
    assert f"{size:,}".replace(",", " ") in " ".join(rows[0])  # pdftotext: a plain space
    assert "—" in rows[1], rows[1]
    with kz.open() as vault:  # a label changed on the stick is not believed either
        label = Path(str(sent["path"])) / "label.json"
        label.write_bytes(label.read_bytes().replace(b'"kind"', b'"kind" '))
        assert [line.size for line in register_lines(vault)] == [None, None]
