"""Alembic migrations on real SQLCipher databases: the schema they build is the models', each
revision goes down and up again, and opening an older vault migrates it after a backup."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import Script
from sqlalchemy import Connection, Engine

from migdesk.errors import VaultError
from migdesk.models import Base
from migdesk.persons.service import PersonService
from migdesk.vault import Vault, migrate
from migdesk.vault.engine import make_engine, raw_connect
from migdesk.vault.keyslots import KeySlotFile, wrap_key
from tests.conftest import ADMIN, PASSWORD, sample_person
from tests.vault.vault_files import file_state, vault_state


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """As ``migdesk/migrations/env.py``: the FTS5 table and its shadow tables are no models."""
    return not (type_ == "table" and name is not None and name.startswith("person_fts"))


def _revisions() -> list[Script]:
    """Base to head."""
    return list(reversed(list(migrate.script_directory().walk_revisions())))


REVISIONS = _revisions()
OLDER = [r.revision for r in REVISIONS if r.revision != migrate.head_revision()]


def _normalised(sql: str | None) -> str | None:
    # Batch mode rebuilds a table as CREATE TABLE "name" where the original said name.
    return None if sql is None else " ".join(sql.replace('"', "").split())


def _schema(conn: Connection) -> set[tuple[str, str, str, str | None]]:
    rows = conn.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
    )
    schema = {(r[0], r[1], r[2], _normalised(r[3])) for r in rows}
    # The search index's stored settings (its leaf size, 0028) are part of its definition.
    if ("table", "person_fts_config") in {(kind, name) for kind, name, *_ in schema}:
        config = conn.exec_driver_sql("SELECT k, v FROM person_fts_config")
        schema |= {("fts5 config", str(k), "person_fts", str(v)) for k, v in config}
    return schema


def _tables(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {r[0] for r in rows}


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An empty database keyed like a vault (random raw key, the vault's pragmas)."""
    made = make_engine(tmp_path / "empty.vault", os.urandom(32))
    yield made
    made.dispose()


def test_upgrade_head_matches_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        migrate.upgrade(conn)
        conn.commit()
        assert migrate.current_revision(conn) == migrate.head_revision()
        context = MigrationContext.configure(
            conn,
            opts={
                "include_object": include_object,
                "compare_type": True,
                "compare_server_default": True,
            },
        )
        assert compare_metadata(context, Base.metadata) == []

        # The filter hides the search index and nothing else; the index itself exists.
        unfiltered = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        hidden = {diff[1].name for diff in unfiltered}
        assert hidden and all(name.startswith("person_fts") for name in hidden), unfiltered
        assert {diff[0] for diff in unfiltered} == {"remove_table"}
        fts_sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'person_fts'"
        ).scalar()
        assert fts_sql is not None and "fts5" in fts_sql.lower()


def test_every_revision_goes_down_and_up_again(engine: Engine) -> None:
    assert REVISIONS, "no migrations found"
    with engine.connect() as conn:
        before = _schema(conn)
        assert before == set()
        for rev in REVISIONS:
            migrate.upgrade(conn, rev.revision)
            conn.commit()
            after = _schema(conn)
            assert migrate.current_revision(conn) == rev.revision
            assert after != before, f"{rev.revision} changes nothing"

            migrate.downgrade(conn, rev.down_revision or "base")  # type: ignore[arg-type]
            conn.commit()
            assert migrate.current_revision(conn) == rev.down_revision
            assert _schema(conn) == before, f"downgrade of {rev.revision} is not its inverse"

            migrate.upgrade(conn, rev.revision)
            conn.commit()
            assert _schema(conn) == after, f"{rev.revision} up-down-up differs"
            before = after

        migrate.downgrade(conn, "base")
        conn.commit()
        assert _tables(conn) == {"alembic_version"}
        assert _schema(conn) == set()  # no index, trigger or view left either
        assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 0


def test_data_survives_down_and_up_of_later_revisions(vault: Vault) -> None:
    person_id = PersonService(vault).add(sample_person()).id
    for rev in reversed(REVISIONS[1:]):
        with vault.engine.connect() as conn:
            migrate.downgrade(conn, rev.down_revision)  # type: ignore[arg-type]
            conn.commit()
            migrate.upgrade(conn)
            conn.commit()
        rows = vault.raw_execute("SELECT id, surname_ru FROM persons")
        assert rows == [(person_id, "Тестов")], rev.revision
        assert vault.raw_execute("PRAGMA integrity_check") == [("ok",)]
    assert [r.id for r in PersonService(vault).search("Тестов")] == [person_id]


def _set_revision(vault_path: Path, target: str) -> None:
    data_key = KeySlotFile.load(vault_path).unwrap(ADMIN, PASSWORD)
    engine = make_engine(vault_path, data_key)
    try:
        with engine.connect() as conn:
            migrate.downgrade(conn, target)
            conn.commit()
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def _raw_revision_and_count(path: Path) -> tuple[str | None, int]:
    data_key = KeySlotFile.load(path).unwrap(ADMIN, PASSWORD)
    conn = raw_connect(path, data_key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        count = conn.execute("SELECT count(*) FROM persons").fetchone()[0]
        return (None if row is None else row[0]), int(count)
    finally:
        conn.close()


@pytest.mark.parametrize("older", OLDER)
def test_opening_an_older_vault_migrates_after_a_backup(
    vault: Vault, vault_path: Path, older: str
) -> None:
    person_id = PersonService(vault).add(sample_person()).id
    vault.close()
    _set_revision(vault_path, older)
    assert _raw_revision_and_count(vault_path) == (older, 1)

    with Vault.open(vault_path, ADMIN, PASSWORD) as reopened:
        with reopened.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert reopened.raw_execute("SELECT id FROM persons") == [(person_id,)]

    backups = sorted(vault_path.parent.glob(f"{vault_path.name}.before-{older}-*.bak"))
    assert len(backups) == 1, sorted(p.name for p in vault_path.parent.iterdir())
    backup = backups[0]
    backup_keys = KeySlotFile.path_for(backup)
    assert backup_keys.exists()
    for path in (backup, backup_keys):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The backup is the vault as it was: old schema, same data, same password.
    assert _raw_revision_and_count(backup) == (older, 1)
    assert file_state(backup_keys) is not None
    assert backup_keys.read_bytes() == KeySlotFile.path_for(vault_path).read_bytes()
    restored = backup.with_name("restored.vault")
    shutil.copy2(backup, restored)
    shutil.copy2(backup_keys, KeySlotFile.path_for(restored))
    with Vault.open(restored, ADMIN, PASSWORD) as opened:
        assert opened.raw_execute("SELECT id FROM persons") == [(person_id,)]


def test_opening_a_current_vault_makes_no_backup(vault: Vault, vault_path: Path) -> None:
    vault.close()
    Vault.open(vault_path, ADMIN, PASSWORD).close()
    assert list(vault_path.parent.glob("*.bak")) == []


def test_vault_emptied_to_base_is_refused_untouched(vault: Vault, vault_path: Path) -> None:
    """Downgraded to base, the vault has no users table, so nobody is registered in it:
    opening is refused before anything is written (no migration, no backup)."""
    vault.close()
    _set_revision(vault_path, "base")
    assert _raw_revision_and_count_or_none(vault_path) is None
    before = vault_state(vault_path)
    with pytest.raises(VaultError) as caught:
        Vault.open(vault_path, ADMIN, PASSWORD)
    assert "не зарегистрирован" in str(caught.value)
    assert vault_state(vault_path) == before
    assert list(vault_path.parent.glob("*.bak")) == []


def _raw_revision_and_count_or_none(path: Path) -> str | None:
    data_key = KeySlotFile.load(path).unwrap(ADMIN, PASSWORD)
    conn = raw_connect(path, data_key)
    try:
        assert [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ] == ["alembic_version"]
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        conn.close()


@pytest.mark.parametrize("older", OLDER)
def test_unregistered_user_does_not_migrate_an_older_vault(
    vault: Vault, vault_path: Path, older: str
) -> None:
    """A slot without a user row (e.g. restored from an old key file) opens the key, but
    the vault is refused before the backup and the migration, not after."""
    data_key = KeySlotFile.load(vault_path).unwrap(ADMIN, PASSWORD)
    slots = KeySlotFile.load(vault_path)
    slots.set_slot(wrap_key(slots.vault_id, "ghost", "пароль призрака", data_key))
    vault.close()
    _set_revision(vault_path, older)
    before = vault_state(vault_path)
    with pytest.raises(VaultError) as caught:
        Vault.open(vault_path, "ghost", "пароль призрака")
    assert "не зарегистрирован" in str(caught.value)
    assert vault_state(vault_path) == before
    assert _raw_revision_and_count(vault_path) == (older, 0)


def test_the_cheap_revision_list_is_alembics() -> None:
    """Opening a vault reads the revisions from the scripts' lines, without Alembic."""
    scripts = migrate.script_directory()
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in scripts.walk_revisions()}


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ('revision = "0019"', ("revision", "0019")),
        ("down_revision = None", ("down_revision", None)),
        ('revision: str = "0021"', ("revision", "0021")),
        ("down_revision: Union[str, None] = '0020'", ("down_revision", "0020")),
    ],
)
def test_revision_lines_are_read_in_either_template(line: str, found: tuple[str, Any]) -> None:
    match = migrate._REVISION_LINE.search(line)
    assert match is not None and match.groups() == found
