"""Installing a new MigDesk over an old one: the first open of an older vault migrates it once,
after a complete copy, tells whoever opened it where that copy is, and a vault of a newer
version is refused with the way back. Vaults are set to an older revision with Alembic."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from migdesk.errors import VaultError, VaultTooNew
from migdesk.persons.service import PersonService
from migdesk.vault import Vault, migrate, upgrade
from migdesk.vault.engine import make_engine, raw_connect
from migdesk.vault.keyslots import KeySlotFile
from tests.conftest import ADMIN, PASSWORD, Cli, sample_person
from tests.vault.vault_files import set_revision, vault_state

OLD = "0022"  # the newest revision of a release a week older than this code


def _revision(path: Path) -> str:
    conn = raw_connect(path, KeySlotFile.load(path).unwrap(ADMIN, PASSWORD))
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _backups(vault_path: Path) -> list[Path]:
    return sorted(vault_path.parent.glob(f"{vault_path.name}.before-*.bak"))


@pytest.fixture
def old_vault(vault: Vault, vault_path: Path) -> Path:
    PersonService(vault).add(sample_person())
    vault.close()
    set_revision(vault_path, OLD, ADMIN, PASSWORD)
    return vault_path


def test_the_migrating_open_says_where_the_copy_is_and_audits_it(old_vault: Path) -> None:
    cli = Cli(old_vault)
    found = cli("person", "search", "Тестов", "--json")
    assert found.code == 0, found.stderr
    assert [p["surname_ru"] for p in found.json()] == ["Тестов"]  # stdout is the command's own
    (backup,) = _backups(old_vault)
    assert backup.name.startswith(f"test.vault.before-{OLD}-")
    assert str(backup) in found.stderr and OLD in found.stderr
    assert migrate.head_revision() in found.stderr

    again = cli("person", "search", "Тестов", "--json")
    assert again.code == 0 and again.stderr == ""  # said once, when it happened
    with Vault.open(old_vault, ADMIN, PASSWORD) as opened:
        assert opened.migrated is None
        rows = opened.raw_execute(
            "SELECT user, details FROM audit_log WHERE action = 'vault.migrate'"
        )
    assert len(rows) == 1 and rows[0][0] == ADMIN
    details = json.loads(rows[0][1])
    assert details == {"from": OLD, "to": migrate.head_revision(), "file": backup.name}
    verified = cli("audit", "verify")
    assert verified.code == 0, verified.stderr


def test_the_open_reports_what_it_migrated(old_vault: Path) -> None:
    with Vault.open(old_vault, ADMIN, PASSWORD) as opened:
        assert opened.migrated is not None
        assert opened.migrated.from_revision == OLD
        assert opened.migrated.to_revision == migrate.head_revision()
        assert opened.migrated.backup == _backups(old_vault)[0]
        assert str(opened.migrated.backup) in opened.migrated.notice()


def test_a_second_process_waits_for_the_migration_and_finds_it_done(old_vault: Path) -> None:
    """The GUI and a script open the same old vault at once: the second one used to run the
    same migrations again and failed with an internal error (table already exists)."""
    environ = {
        **os.environ,
        "MIGDESK_VAULT": str(old_vault),
        "MIGDESK_USER": ADMIN,
        "MIGDESK_PASSWORD": PASSWORD,
    }
    with upgrade.migration_lock(old_vault):
        second = subprocess.Popen(
            [sys.executable, "-m", "migdesk.cli.main", "person", "search", "Тестов", "--json"],
            env=environ,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            # The second one starts, unlocks and must wait (without the lock it migrated the
            # small vault itself within these seconds); then this one migrates.
            waited_until = time.monotonic() + 6
            while time.monotonic() < waited_until:
                assert second.poll() is None, second.communicate()
                assert _backups(old_vault) == []
                time.sleep(0.1)
            data_key = KeySlotFile.load(old_vault).unwrap(ADMIN, PASSWORD)
            engine = make_engine(old_vault, data_key)
            try:
                with engine.connect() as conn:
                    migrate.upgrade(conn)
                    conn.commit()
            finally:
                engine.dispose()
        except BaseException:
            second.kill()
            raise
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert [p["surname_ru"] for p in json.loads(out)] == ["Тестов"]
    assert err == "" and _backups(old_vault) == []  # found migrated: no second copy


def test_a_copy_cut_short_never_carries_a_backup_name(
    old_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process killed (or a disk filled) while copying the vault aside left a truncated
    file named as the backup, which an administrator would restore from."""
    real_copy = shutil.copy2

    def half_copy(source: Path, target: Path) -> None:
        data = Path(source).read_bytes()
        Path(target).write_bytes(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copy2", half_copy)
    with pytest.raises(VaultError) as refused:
        Vault.open(old_vault, ADMIN, PASSWORD)
    assert "не изменено" in str(refused.value)
    assert _backups(old_vault) == []
    assert [p.name for p in old_vault.parent.glob("*.bak*")] == []
    assert _revision(old_vault) == OLD  # nothing migrated without a copy

    monkeypatch.setattr(shutil, "copy2", real_copy)
    with Vault.open(old_vault, ADMIN, PASSWORD) as opened:
        assert opened.migrated is not None
    (backup,) = _backups(old_vault)
    assert _revision(backup) == OLD


def test_a_partial_copy_left_by_a_killed_process_is_removed(old_vault: Path) -> None:
    leftover = old_vault.with_name(f".{old_vault.name}.before-{OLD}-20261207T000000Z.bak.partial")
    leftover.write_bytes(b"half a vault")
    Vault.open(old_vault, ADMIN, PASSWORD).close()
    assert not leftover.exists()
    assert len(_backups(old_vault)) == 1


def test_no_room_for_the_copy_is_refused_plainly_and_nothing_changes(
    old_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = old_vault.stat().st_size
    usage = shutil.disk_usage(old_vault.parent)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage._replace(free=size // 2))
    before = vault_state(old_vault)
    with pytest.raises(VaultError) as refused:
        Vault.open(old_vault, ADMIN, PASSWORD)
    text = str(refused.value)
    assert "не хватает места" in text and "не изменено" in text
    assert str(old_vault.parent) in text
    after = vault_state(old_vault)
    lock = f".{old_vault.name}.upgrade-lock"
    after["listing"] = [name for name in after["listing"] if name != lock]
    assert after == before
    assert _revision(old_vault) == OLD


def test_a_vault_of_a_newer_version_is_refused_with_the_way_back(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    conn = raw_connect(vault_path, KeySlotFile.load(vault_path).unwrap(ADMIN, PASSWORD))
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    before = vault_state(vault_path)
    with pytest.raises(VaultTooNew) as refused:
        Vault.open(vault_path, ADMIN, PASSWORD)
    text = str(refused.value)
    assert "0099" in text and migrate.head_revision() in text
    assert f".before-{migrate.head_revision()}-" in text and "restore" in text
    assert vault_state(vault_path) == before


def test_the_open_reports_each_revision_it_runs(old_vault: Path) -> None:
    seen: list[tuple[int, int]] = []
    with Vault.open(old_vault, ADMIN, PASSWORD, progress=lambda *step: seen.append(step)):
        pass
    steps = migrate.revisions_after(OLD)
    assert steps[0] == "0023" and steps[-1] == migrate.head_revision()
    assert seen == [(done, len(steps)) for done in range(len(steps) + 1)]
    with Vault.open(old_vault, ADMIN, PASSWORD, progress=lambda *step: seen.append(step)):
        pass
    assert len(seen) == len(steps) + 1  # nothing to run, nothing reported
