"""KZ-MVD → AM-MIGRATION → acknowledgement back, through the CLI, on real vaults with real
certificates; the label checked by openssl; the same bundle twice changes nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from migdesk.exchange import ART8_PURPOSE, own_certificates_pem
from migdesk.exchange.channels import list_bundles
from migdesk.persons.service import PersonService
from migdesk.security.handling import limits_of
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, Station, audit_head, state


def _add_persons(station: Station) -> list[str]:
    with station.open() as vault:
        service = PersonService(vault)
        return [
            service.add(sample_person()).id,
            service.add(sample_person(surname_ru="Образцова", given_name_ru="Проба", sex="F")).id,
        ]


def test_round_trip_with_acknowledgement(kz: Station, am: Station, stick: Path) -> None:
    ids = _add_persons(kz)
    sent = kz.cli()(
        "bundle", "export", "--to", AM, "--out", str(stick),
        "--person", ids[0], "--person", ids[1], "--note", "Для сведения (тест)", "--json",
    )  # fmt: skip
    assert sent.code == 0, sent.stderr
    out = sent.json()
    path = Path(out["path"])
    assert path.name == "KZ-MVD_to_AM-MIGRATION_000001.mdbundle"
    assert out["sequence"] == 1
    assert out["sha256"] == hashlib.sha256((path / "label.json").read_bytes()).hexdigest()

    loaded = am.cli()("bundle", "import", str(path), "--json")
    assert loaded.code == 0, loaded.stderr
    result = loaded.json()
    assert result["status"] == "imported"
    assert sorted(p["id"] for p in result["new_persons"]) == sorted(ids)
    assert result["cover_text"] == "Для сведения (тест)"
    with am.open() as vault:
        with vault.read_session() as session:
            limits = limits_of(session, "person", ids[0])
            assert limits is not None
            assert limits.provider_authority == KZ
            assert limits.source_bundle_id == result["bundle_id"]
            assert limits.purpose == ART8_PURPOSE
            assert limits.no_onward_transfer
        found = {row.id for row in PersonService(vault).search("образцова")}
        assert ids[1] in found
        assert PersonService(vault).get(ids[0])["surname_lat"] == "TESTOV"

    ack = am.cli()("bundle", "export", "--to", KZ, "--out", str(stick), "--all-pending", "--json")
    assert ack.code == 0, ack.stderr
    assert ack.json()["counts"] == {"acknowledgement": 1}
    nothing = am.cli()("bundle", "export", "--to", KZ, "--out", str(stick), "--all-pending")
    assert nothing.code == 1
    assert "Нечего отправлять" in nothing.stderr

    back = kz.cli()("bundle", "import", ack.json()["path"], "--json")
    assert back.code == 0, back.stderr
    assert back.json()["acknowledged"] == [result["bundle_id"]]
    assert back.json()["kind"] == "acknowledgement"
    with kz.open() as vault:
        (outgoing,) = [e for e in list_bundles(vault) if e.direction == "out"]
        assert outgoing.bundle_id == result["bundle_id"] and outgoing.acknowledged
    log = kz.cli()("bundle", "log", "--json")
    assert log.code == 0, log.stderr
    assert any(e["acknowledged"] for e in log.json() if e["direction"] == "out")


def test_same_bundle_twice_changes_nothing(kz: Station, am: Station, stick: Path) -> None:
    ids = _add_persons(kz)
    path = Path(
        kz.cli()(
            "bundle", "export", "--to", AM, "--out", str(stick), "--person", ids[0], "--json"
        ).json()["path"]
    )
    first = am.cli()("bundle", "import", str(path), "--json")
    assert first.code == 0, first.stderr
    with am.open() as vault:
        before, head = state(vault), audit_head(vault)
    again = am.cli()("bundle", "import", str(path), "--json")
    assert again.code == 0, again.stderr
    assert again.json()["status"] == "already_imported"
    with am.open() as vault:
        assert state(vault) == before
        assert audit_head(vault) == head


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_openssl_verifies_the_exported_label(kz: Station, am: Station, stick: Path) -> None:
    ids = _add_persons(kz)
    with kz.open() as vault:
        pem, _ = own_certificates_pem(vault)
    ca = stick.parent / "kz-ca.pem"
    ca.write_bytes(pem.split(b"-----END CERTIFICATE-----")[0] + b"-----END CERTIFICATE-----\n")
    path = Path(
        kz.cli()(
            "bundle", "export", "--to", AM, "--out", str(stick), "--person", ids[0], "--json"
        ).json()["path"]
    )
    verified = stick.parent / "verified-label.json"
    proc = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER",
         "-in", str(path / "label.p7s"), "-content", str(path / "label.json"),
         "-CAfile", str(ca), "-purpose", "any", "-out", str(verified)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    label = json.loads(verified.read_text("utf-8"))
    assert (label["sender"], label["addressee"], label["sequence"]) == (KZ, AM, 1)
    (entry,) = label["files"]
    payload = (path / entry["name"]).read_bytes()
    assert hashlib.sha256(payload).hexdigest() == entry["sha256"]


def test_a_cli_import_that_wrote_persons_keeps_the_search_index_merged(
    kz: Station, am: Station, stick: Path
) -> None:
    from migdesk.demo import synthetic_persons
    from migdesk.persons import index_structure
    from migdesk.persons.bulk import bulk_add

    with am.open() as vault:  # a registry loaded in many batches: its index in many segments
        bulk_add(vault, synthetic_persons(1200, seed=9), validate=False, batch_size=100)
        assert index_structure.index_state(vault).needs_upkeep
    ids = _add_persons(kz)
    sent = kz.cli()("bundle", "export", "--to", AM, "--out", str(stick), "--person", ids[0])
    assert sent.code == 0, sent.stderr
    path = next(stick.glob("*.mdbundle"))
    loaded = am.cli()("bundle", "import", str(path), "--json")
    assert loaded.code == 0, loaded.stderr
    upkeep = loaded.json()["search_index_upkeep"]
    assert upkeep["steps"] > 0 and upkeep["finished"] and upkeep["segments"] == 1
    with am.open() as vault:
        assert not index_structure.index_state(vault).needs_upkeep
    again = am.cli()("bundle", "import", str(path), "--json")  # nothing written: no upkeep
    assert again.code == 0 and "search_index_upkeep" not in again.json()
