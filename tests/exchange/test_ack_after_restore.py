"""A workstation restored from a backup made before it sent bundle № 1, the vault that sent
it being lost: the partner's acknowledgement of № 1 tells it the number is taken, so its next
bundle is № 2, which the partner accepts (it refused a second № 1 as a replay)."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.persons.service import PersonService
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, Station

pytestmark = pytest.mark.slow  # CLI subprocesses and bundles between two vaults


def _send_person(kz: Station, stick: Path, surname: str) -> dict[str, object]:
    with kz.open() as vault:
        person = PersonService(vault).add(sample_person(surname_ru=surname)).id
    sent = kz.cli()(
        "bundle", "export", "--to", AM, "--out", str(stick), "--person", person,
        "--note", "Для сведения (тест)", "--json",
    )  # fmt: skip
    assert sent.code == 0, sent.stderr
    return dict(sent.json())


def test_an_acknowledgement_of_a_bundle_lost_in_a_restore_moves_the_numbering_on(
    kz: Station, am: Station, stick: Path, tmp_path: Path
) -> None:
    copies = tmp_path / "copies"
    copies.mkdir()
    made = kz.cli()("backup", str(copies), "--json")
    assert made.code == 0, made.stderr
    first = _send_person(kz, stick, "Первова")
    assert first["sequence"] == 1
    assert am.cli()("bundle", "import", str(first["path"]), "--json").code == 0

    for suffix in ("", ".keys", "-wal", "-shm"):  # the disk died: the vault is gone
        Path(f"{kz.path}{suffix}").unlink(missing_ok=True)
    back = kz.cli()("restore", made.json()["path"], "--json")
    assert back.code == 0, back.stderr
    assert back.json()["numbers_carried"] is None

    ack = am.cli()("bundle", "export", "--to", KZ, "--out", str(stick), "--all-pending", "--json")
    assert ack.code == 0, ack.stderr
    taken = kz.cli()("bundle", "import", ack.json()["path"], "--json")
    assert taken.code == 0, taken.stderr
    assert any("№ 1, которого нет в этом хранилище" in w for w in taken.json()["warnings"])

    second = _send_person(kz, stick, "Вторева")
    assert second["sequence"] == 2  # main: № 1 again
    loaded = am.cli()("bundle", "import", str(second["path"]), "--json")
    assert loaded.code == 0, loaded.stderr
    assert loaded.json()["status"] == "imported"
