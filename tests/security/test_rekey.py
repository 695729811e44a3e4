"""Rotation of the data key: atomic, the old key stops working, crashes recover."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from migdesk.errors import WrongPassword
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.security import audit
from migdesk.vault import Vault
from migdesk.vault import rekey as rekey_module
from migdesk.vault.engine import raw_connect
from migdesk.vault.keyslots import KeySlotFile
from migdesk.vault.rekey import rekey
from migdesk.vault.store import rekey_staging_path
from tests.conftest import ADMIN, PASSWORD, Cli, sample_person


def _opens_with(path: Path, key: bytes) -> bool:
    conn = raw_connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def test_rekey_rotates_the_key_and_keeps_the_data(vault: Vault, vault_path: Path) -> None:
    person = PersonService(vault).add(sample_person()).id
    UserService(vault).add("o1", "officer", "officer-pass")
    old_key = vault.data_key
    result = rekey(vault, PASSWORD)
    assert result.users_needing_reset == ["o1"]
    assert not _opens_with(vault_path, old_key)
    with Vault.open(vault_path, ADMIN, PASSWORD) as reopened:
        assert reopened.data_key != old_key and _opens_with(vault_path, reopened.data_key)
        assert PersonService(reopened).get(person)["surname_ru"] == "Тестов"
        with reopened.read_session() as session:
            check = audit.verify(session)
            assert check.ok
            actions = [e.action for e in audit.query(session, audit.AuditFilter())]
        assert "vault.rekey" in actions
        assert reopened.raw_execute("PRAGMA auto_vacuum") == [(2,)]
        # The other user's old slot is gone; a reset gives them one for the new key.
        with pytest.raises(WrongPassword):
            Vault.open(vault_path, "o1", "officer-pass")
        UserService(reopened).change_password("o1", "new-officer-pass")
    with Vault.open(vault_path, "o1", "new-officer-pass") as officer:
        assert PersonService(officer).count() == 1
    assert not rekey_staging_path(vault_path).exists()
    assert "next_slots" not in KeySlotFile.path_for(vault_path).read_text()


def test_rekey_needs_the_password_again(vault: Vault, vault_path: Path) -> None:
    key = vault.data_key
    with pytest.raises(WrongPassword):
        rekey(vault, "not the password")
    assert _opens_with(vault_path, key)


def test_crash_before_the_swap_keeps_the_old_vault(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    PersonService(vault).add(sample_person())
    old_key = vault.data_key

    def power_cut(*_args: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(rekey_module, "_swap_in", power_cut)
    with pytest.raises(OSError):
        rekey(vault, PASSWORD)
    monkeypatch.undo()
    assert "next_slots" in KeySlotFile.path_for(vault_path).read_text()
    with Vault.open(vault_path, ADMIN, PASSWORD) as reopened:
        assert reopened.data_key == old_key
        assert PersonService(reopened).count() == 1
    assert not rekey_staging_path(vault_path).exists()
    assert "next_slots" not in KeySlotFile.path_for(vault_path).read_text()


def test_crash_after_the_swap_finishes_on_next_open(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    PersonService(vault).add(sample_person())
    old_key = vault.data_key

    def power_cut(_self: KeySlotFile) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(KeySlotFile, "promote_pending", power_cut)
    with pytest.raises(OSError):
        rekey(vault, PASSWORD)
    monkeypatch.undo()
    assert not _opens_with(vault_path, old_key)  # the new file is already in place
    with Vault.open(vault_path, ADMIN, PASSWORD) as reopened:
        assert reopened.data_key != old_key
        assert PersonService(reopened).count() == 1
    assert "next_slots" not in KeySlotFile.path_for(vault_path).read_text()


def test_cli_rekey(cli_vault: Cli) -> None:
    assert cli_vault("person", "add", "-", stdin='{"surname_ru": "Ключев"}').code == 0
    done = cli_vault("rekey", "--json")
    assert done.code == 0, done.stderr
    assert done.json() == {"rekeyed": True, "users_needing_reset": []}
    found = cli_vault("person", "search", "ключев", "--json")
    assert found.code == 0 and len(found.json()) == 1


def test_rekey_reports_its_steps_and_a_cancel_leaves_the_vault_as_it_was(
    vault: Vault, vault_path: Path
) -> None:
    from migdesk.progress import Cancelled
    from migdesk.vault.rekey import REKEY_STEPS

    person = PersonService(vault).add(sample_person()).id
    old_key = vault.data_key
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        rekey(
            vault,
            PASSWORD,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) == 3,  # after the export and the audit entry
        )
    assert seen == [(0, REKEY_STEPS), (1, REKEY_STEPS), (2, REKEY_STEPS)]
    assert not rekey_staging_path(vault_path).exists()
    assert _opens_with(vault_path, old_key)
    assert "next_slots" not in KeySlotFile.path_for(vault_path).read_text()
    assert PersonService(vault).get(person)["surname_ru"] == "Тестов"

    seen.clear()
    rekey(vault, PASSWORD, progress=lambda done, total: seen.append((done, total)))
    assert [done for done, _total in seen] == list(range(REKEY_STEPS + 1))
    assert not _opens_with(vault_path, old_key)
