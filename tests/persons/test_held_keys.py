"""A bundle import's held linkage keys are written in key ranges, one statement each
(``bulk.write_held_keys``): a single statement kept the original of every key-index page it
changed in SQLite's in-memory statement journal until its end — 165 MB of RAM for 20,000
persons into the 1M vault (issue #17). Every held key is written once, with its position."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.demo import synthetic_persons
from migdesk.persons import bulk
from migdesk.persons.bulk import bulk_add, insert_batch, write_held_keys
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD


def test_held_keys_are_written_in_ranges_each_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "HELD_KEYS_PER_STATEMENT", 16, raising=False)
    vault = Vault.create(tmp_path / "held.vault", ADMIN, PASSWORD)
    try:
        bulk_add(vault, list(synthetic_persons(40, seed=7)), batch_size=20)
        with vault.engine.connect() as conn, conn.begin() as transaction:
            top = int(conn.exec_driver_sql("SELECT max(pk) FROM persons").scalar_one())
            insert_batch(conn, list(synthetic_persons(30, seed=8)), ADMIN, hold_keys=True)
            raw = conn.connection.driver_connection
            assert raw is not None
            cur = raw.cursor()
            held = sorted(cur.execute("SELECT person_pk, key FROM temp.import_held_keys"))
            assert len(held) > 16 * 4
            statements: list[str] = []
            raw.set_trace_callback(statements.append)
            try:
                assert write_held_keys(conn) == len(held)
            finally:
                raw.set_trace_callback(None)
            inserts = [s for s in statements if s.startswith("INSERT INTO person_match_keys")]
            assert len(inserts) >= len(held) // 16
            written = cur.execute(
                "SELECT k.person_pk, k.key, k.pos = f.pos FROM person_match_keys k "
                "JOIN person_link_fields f ON f.person_pk = k.person_pk WHERE k.person_pk > ?",
                (top,),
            ).fetchall()
            assert sorted((pk, key) for pk, key, _same in written) == held
            assert all(same for _pk, _key, same in written)
            transaction.rollback()
    finally:
        vault.close()
