"""The placed neighbours of a batch of new persons, found for the whole batch in one
statement (``registry_order._all_neighbours``), are those found one person at a time
(``_neighbours``), also where many persons, placed and new, share one name: the batch
statement reads each stretch as index ranges instead of walking a shared name from its
end (issue #17: a bundle's new persons are placed together)."""

from __future__ import annotations

from pathlib import Path

from migdesk.demo import synthetic_persons
from migdesk.persons import registry_order
from migdesk.persons.bulk import bulk_add, insert_batch
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, sample_person


def _namesakes(count: int, surname: str) -> list[dict[str, object]]:
    return [sample_person(surname_ru=surname, given_name_ru="Ан") for _ in range(count)]


def test_batch_neighbours_are_the_one_by_one_neighbours(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "names.vault", ADMIN, PASSWORD)
    try:
        placed = [*_namesakes(40, "Ли"), *_namesakes(30, "Ким"), *synthetic_persons(60, seed=5)]
        bulk_add(vault, placed, batch_size=50)
        new = [*_namesakes(25, "Ли"), *_namesakes(5, "Ким"), *_namesakes(6, "Ляо")]
        new += list(synthetic_persons(20, seed=6))
        with vault.engine.connect() as conn, conn.begin() as transaction:
            top = int(conn.exec_driver_sql("SELECT max(pk) FROM persons").scalar_one())
            # Written, not placed yet: as a bundle import holds them (``write_held_keys``).
            insert_batch(conn, new, ADMIN, hold_keys=True)
            cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            rows = cur.execute(
                "SELECT pk, sort_key FROM persons WHERE pk > ? ORDER BY sort_key, pk", (top,)
            ).fetchall()
            assert len(rows) == len(new)
            assert not cur.execute(
                "SELECT count(*) FROM person_fts_order WHERE pk > ?", (top,)
            ).fetchone()[0]
            batch = [(int(pk), str(key)) for pk, key in rows]
            one_by_one = [registry_order._neighbours(cur, key, pk) for pk, key in batch]
            assert registry_order._all_neighbours(cur, batch) == one_by_one
            lows = [low for low, _high in one_by_one]
            assert len(set(lows)) > 5 and lows == sorted(lows)  # real gaps, some shared
            transaction.rollback()
    finally:
        vault.close()
