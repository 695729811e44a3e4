"""Windows of the registry spread out while a bundle's held persons are placed
(``bulk.write_held_keys``): the moved persons' index rows are deleted together and written
again with the new persons' rows, in one ascending pass each (issue #17: window by window,
FTS5 flushed a segment at every switch between deleting and inserting). The index must be
the one built from the stored records at the same positions, each person in it once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from migdesk.demo import synthetic_persons
from migdesk.persons import registry_order, search_index
from migdesk.persons.bulk import bulk_add, insert_batch, write_held_keys
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, sample_person
from tests.persons.test_search_plans import (
    MORE_QUERIES,
    QUERIES,
    assert_plain_statement_results,
    registry_positions_in_order,
)

# Each query's trigrams as an FTS5 phrase OR-ed: what the index holds for every person.
PROBES = ['"«19" OR "«20"', '"ова" OR "ова"', '"ли" OR "ким"', "ива", "ерл", "~ar", "198"]


def _tiny_gaps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry_order, "SPACING", 8)
    monkeypatch.setattr(registry_order, "STEP", 4)
    monkeypatch.setattr(registry_order, "MIN_ROOM", 2)
    monkeypatch.setattr(registry_order, "TOP", 1 << 20)


def _index_rows(cur: Any) -> dict[str, list[int]]:
    probes = [*PROBES, *(q for q in QUERIES + MORE_QUERIES if len(q) >= 3 and '"' not in q)]
    found: dict[str, list[int]] = {}
    for probe in probes:
        try:
            rows = cur.execute(
                "SELECT rowid FROM person_fts WHERE person_fts MATCH ? ORDER BY rowid", (probe,)
            ).fetchall()
        except Exception:  # noqa: BLE001 — a query word FTS5 syntax refuses: not a probe
            continue
        found[probe] = [int(r[0]) for r in rows]
    return found


def test_held_persons_spreading_windows_leave_the_index_as_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tiny_gaps(monkeypatch)
    vault = Vault.create(tmp_path / "respread.vault", ADMIN, PASSWORD)
    try:
        placed = [
            *synthetic_persons(300, seed=3),
            *(sample_person(surname_ru="Ли", given_name_ru=f"Ан{i % 7}") for i in range(40)),
        ]
        bulk_add(vault, placed, validate=False, batch_size=60)
        new = [*synthetic_persons(150, seed=4)]
        new += [sample_person(surname_ru="Ли", given_name_ru=f"Ан{i % 7}") for i in range(30)]
        spread = registry_order._rebalance
        windows: list[set[int]] = []  # the placed persons each spread window moved

        def watching(*args: Any) -> dict[int, int]:
            result = spread(*args)
            windows.append(set(result) - args[5])
            return result

        monkeypatch.setattr(registry_order, "_rebalance", watching)
        statements: list[str] = []
        with vault.engine.connect() as conn, conn.begin():
            top = int(conn.exec_driver_sql("SELECT max(pk) FROM persons").scalar_one())
            insert_batch(conn, new, ADMIN, hold_keys=True)
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.set_trace_callback(statements.append)
            try:
                write_held_keys(conn)
            finally:
                raw.set_trace_callback(None)
        moving = [w for w in windows if any(pk <= top for pk in w)]
        assert len(moving) >= 2, "too few windows moved placed persons: the test proves nothing"

        # The moved rows go in one pass: every index delete before every index insert.
        deletes = [i for i, s in enumerate(statements) if s.startswith("DELETE FROM person_fts ")]
        inserts = [i for i, s in enumerate(statements) if s.startswith("INSERT INTO person_fts(")]
        assert deletes and inserts
        assert max(deletes) < min(inserts)

        registry_positions_in_order(vault)
        assert_plain_statement_results(vault, (50, None))
        with vault.engine.connect() as conn, conn.begin() as transaction:
            cur = search_index.dbapi_connection(conn)
            as_written = _index_rows(cur)
            assert any(as_written.values())
            for (pk,) in cur.execute("SELECT pk FROM persons").fetchall():
                search_index.unindex_person(conn, int(pk))
            # Each person was in the index once: gone with its position, nothing is left.
            assert not any(_index_rows(cur).values())
            transaction.rollback()
        with vault.engine.begin() as conn:
            search_index.rebuild_index(conn, lay_out=False)
            assert _index_rows(search_index.dbapi_connection(conn)) == as_written
    finally:
        vault.close()
