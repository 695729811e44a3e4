"""``bundle gaps``: the partner's bundle numbers that never arrived, as the bundle log window
shows them («не получен»), from the same ``missing_bundles``; on two real workstations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from migdesk.exchange import export_bundle
from migdesk.persons.service import PersonService
from tests.conftest import Cli, sample_person
from tests.exchange.conftest import am, kz, world  # noqa: F401 — the two workstations
from tests.exchange.exchange_world import AM, KZ, Station

pytestmark = pytest.mark.slow  # bundles between two vaults


def _bundles_from_kz(kz: Station, out: Path, count: int) -> list[Path]:  # noqa: F811
    paths = []
    with kz.open() as vault:
        for n in range(count):
            folder = out / str(n)
            folder.mkdir(parents=True)
            pid = PersonService(vault).add(sample_person(surname_ru=f"Пакетов{n}")).id
            result = export_bundle(vault, AM, folder, persons=[pid])
            assert result.ok and result.path is not None
            paths.append(result.path)
    return paths


def test_bundle_gaps_names_the_numbers_never_received(
    kz: Station,  # noqa: F811
    am: Station,  # noqa: F811
    tmp_path: Path,
) -> None:
    first, _second, third, _fourth, fifth = _bundles_from_kz(kz, tmp_path / "stick", 5)
    cli = am.cli()
    assert json.loads(cli("bundle", "gaps", "--json").stdout) == []
    for path in (first, third, fifth):
        loaded = cli("bundle", "import", str(path), "--json")
        assert loaded.code == 0, loaded.stderr
    got = cli("bundle", "gaps", "--json")
    assert got.code == 0, got.stderr
    gaps = got.json()
    assert [(g["peer"], g["first"], g["last"]) for g in gaps] == [(KZ, 2, 2), (KZ, 4, 4)]
    assert {g["channel"] for g in gaps} == {
        e["channel"] for e in cli("bundle", "log", "--json").json() if e["direction"] == "in"
    }
    assert cli("bundle", "gaps", "--peer", "KZ-MTSZN", "--json").json() == []
    human = cli("bundle", "gaps")
    assert human.code == 0 and "№ 2–2" in human.stdout


def test_a_supervisor_does_not_read_the_bundle_log(am: Station, tmp_path: Path) -> None:  # noqa: F811
    cli = am.cli()
    secret = tmp_path / "chief.pw"
    secret.write_text("head pass phrase (test)")
    added = cli("user", "add", "chief", "--role", "supervisor", "--password-file", str(secret))
    assert added.code == 0, added.stderr
    refused = Cli(am.path, "chief", "head pass phrase (test)")("bundle", "gaps")
    assert refused.code == 1 and "officer" in refused.stderr
