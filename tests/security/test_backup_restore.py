"""Encrypted backups and restore: verified copies, no half-written files, old vault kept."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from migdesk.errors import NotAVault, PermissionDenied, WrongPassword
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from migdesk.vault import backup as backup_module
from migdesk.vault.backup import BackupError, backup, backup_overdue, restore
from tests.conftest import ADMIN, PASSWORD, Cli, sample_person


def test_backup_is_encrypted_verified_and_restorable(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    person = PersonService(vault).add(sample_person(surname_ru="Резервова")).id
    target = tmp_path / "stick"
    target.mkdir()
    assert backup_overdue(vault)
    result = backup(vault, target)
    assert not backup_overdue(vault)
    assert backup_overdue(vault, datetime.now(UTC) + timedelta(days=8))
    assert result.persons == 1
    assert sorted(p.name for p in target.iterdir()) == [result.path.name, result.keys_path.name]
    raw = result.path.read_bytes()
    assert "Резервова".encode() not in raw and b"SQLite format 3" not in raw
    # The copy opens on its own with the same user and password.
    with Vault.open(result.path, ADMIN, PASSWORD) as copy:
        assert PersonService(copy).get(person)["surname_ru"] == "Резервова"

    PersonService(vault).update(person, {"surname_ru": "Изменённова"})
    vault.close()
    aside = restore(result.path, vault_path, ADMIN, PASSWORD)
    with Vault.open(vault_path, ADMIN, PASSWORD) as restored:
        assert PersonService(restored).get(person)["surname_ru"] == "Резервова"
    with Vault.open(aside, ADMIN, PASSWORD) as previous:
        assert PersonService(previous).get(person)["surname_ru"] == "Изменённова"


def test_full_disk_leaves_nothing_that_looks_like_a_backup(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "full"
    target.mkdir()

    def no_space(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "check_copy", no_space)
    with pytest.raises(BackupError, match="Недостаточно места"):
        backup(vault, target)
    assert list(target.iterdir()) == []
    assert backup_overdue(vault)


def test_restore_refuses_a_damaged_copy_and_keeps_the_vault(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    PersonService(vault).add(sample_person())
    result = backup(vault, tmp_path)
    damaged = bytearray(result.path.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    result.path.write_bytes(bytes(damaged))
    vault.close()
    before = vault_path.read_bytes()
    with pytest.raises(NotAVault):
        restore(result.path, vault_path, ADMIN, PASSWORD)
    assert vault_path.read_bytes() == before
    with pytest.raises(WrongPassword):
        restore(result.path, vault_path, ADMIN, "wrong")


def test_only_administrators_back_up(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    UserService(vault).add("o1", "officer", "officer-pass")
    with (
        Vault.open(vault_path, "o1", "officer-pass") as officer,
        pytest.raises(PermissionDenied, match="administrator"),
    ):
        backup(officer, tmp_path)
    assert list(tmp_path.glob("*.vault")) == []


def test_cli_backup_and_restore(cli_vault: Cli, vault_path: Path, tmp_path: Path) -> None:
    added = cli_vault("person", "add", "-", "--json", stdin='{"surname_ru": "Копиев"}')
    stick = tmp_path / "stick"
    stick.mkdir()
    made = cli_vault("backup", str(stick), "--json")
    assert made.code == 0, made.stderr
    assert made.json()["persons"] == 1
    assert (
        cli_vault(
            "person", "update", added.json()["id"], "-", stdin='{"surname_ru": "Другов"}'
        ).code
        == 0
    )
    back = cli_vault("restore", made.json()["path"], "--json")
    assert back.code == 0, back.stderr
    shown = cli_vault("person", "show", added.json()["id"], "--json").json()
    assert shown["surname_ru"] == "Копиев"
    missing = cli_vault("backup", str(tmp_path / "nowhere"))
    assert missing.code == 1 and "не найден" in missing.stderr


def test_a_cancelled_backup_leaves_no_copy(vault: Vault, tmp_path: Path) -> None:
    from migdesk.progress import Cancelled

    PersonService(vault).add(sample_person())
    target = tmp_path / "stick"
    target.mkdir()
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        backup(
            vault,
            target,
            lambda done, total: seen.append((done, total)),
            cancelled=lambda: bool(seen),
        )
    assert seen and list(target.iterdir()) == []
    assert PersonService(vault).count() == 1


def test_ctrl_c_just_after_the_backups_rename_leaves_no_copy_without_keys(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "stick"
    target.mkdir()

    def interrupted(_directory: Path) -> None:  # Ctrl-C lands after the rename
        raise KeyboardInterrupt

    monkeypatch.setattr(backup_module, "fsync_dir", interrupted)
    with pytest.raises(KeyboardInterrupt):
        backup(vault, target)
    assert list(target.iterdir()) == []  # no copy that no key slot file could open


def test_ctrl_c_between_the_restores_renames_puts_the_vault_back(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = PersonService(vault).add(sample_person(surname_ru="Прежнева")).id
    target = tmp_path / "stick"
    target.mkdir()
    copy = backup(vault, target).path
    PersonService(vault).update(person, {"surname_ru": "Нынешнева"})
    vault.close()
    real_replace = os.replace
    renames: list[str] = []

    def replace(source: str | Path, destination: str | Path) -> None:
        renames.append(Path(destination).name)
        if renames[-1] == vault_path.name and len(renames) > 1:
            # The copy's keys are in, the copy itself not yet: Ctrl-C, once.
            monkeypatch.setattr(os, "replace", real_replace)
            raise KeyboardInterrupt
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        restore(copy, vault_path, ADMIN, PASSWORD)
    monkeypatch.undo()
    with Vault.open(vault_path, ADMIN, PASSWORD) as current:
        assert PersonService(current).get(person)["surname_ru"] == "Нынешнева"
    assert not list(vault_path.parent.glob(".*restoring*"))
