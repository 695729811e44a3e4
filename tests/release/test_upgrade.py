"""A newer MigDesk opens a vault made by an older release: slots kept, migrated after a backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from migdesk.vault.keyslots import KeySlotFile
from migdesk.vault.migrate import head_revision
from migdesk.vault.store import schema_revision
from tests.conftest import ADMIN, PASSWORD, Cli

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OLD_REVISION = "0006"
OFFICER, OFFICER_PASSWORD = "officer2", "second officer pw"


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    path = tmp_path / "office" / "old.vault"
    path.parent.mkdir(mode=0o700)
    shutil.copyfile(FIXTURES / f"vault-rev{OLD_REVISION}.sqlcipher", path)
    shutil.copyfile(FIXTURES / f"vault-rev{OLD_REVISION}.keys.json", KeySlotFile.path_for(path))
    return path


@pytest.mark.slow
def test_first_open_by_the_new_build_migrates_with_a_backup(old_vault: Path) -> None:
    keys_before = KeySlotFile.path_for(old_vault).read_bytes()
    assert schema_revision(old_vault, ADMIN, PASSWORD) == OLD_REVISION

    found = Cli(old_vault)("person", "search", "Прежнев", "--json")
    assert found.code == 0, found.stderr
    assert [p["surname_ru"] for p in found.json()] == ["Прежнев"]

    assert schema_revision(old_vault, ADMIN, PASSWORD) == head_revision()
    (backup,) = old_vault.parent.glob(f"old.vault.before-{OLD_REVISION}-*.bak")
    assert schema_revision(backup, ADMIN, PASSWORD) == OLD_REVISION
    assert KeySlotFile.path_for(backup).read_bytes() == keys_before
    # Key slots are untouched: both users still open the migrated vault with their passwords.
    assert KeySlotFile.path_for(old_vault).read_bytes() == keys_before
    officer = Cli(old_vault, user=OFFICER, password=OFFICER_PASSWORD)
    listed = officer("person", "search", "Тест", "--json")
    assert listed.code == 0, listed.stderr
    assert sorted(p["surname_ru"] for p in listed.json()) == ["Давнишний", "Прежнев", "Старов"]
    verified = Cli(old_vault)("audit", "verify")
    assert verified.code == 0, verified.stderr
