"""The import benchmark's raw baseline (``benchmarks/same_tables.py``) writes the new persons'
registry positions into a copy made before the import; a position the import freed by moving
an older person (spreading a used-up gap) is still taken there, so that row goes to the next
free position, and its search-index row with it."""

from __future__ import annotations

import sqlite3

from benchmarks.same_tables import Written, _free_positions


def test_a_taken_position_moves_on_to_the_next_free_one() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE person_fts_order (pos INTEGER PRIMARY KEY, pk INTEGER)")
    db.executemany("INSERT INTO person_fts_order VALUES (?, ?)", [(10, 1), (11, 2), (13, 3)])
    rows = Written(tops={}, order=[(10, 100), (12, 101), (20, 102)])
    rows.terms = [(10, "a"), (12, "b"), (20, "c")]

    assert _free_positions(db.cursor(), rows) == 1
    # 10 is taken, 11 too, 12 is the batch's own, 13 taken: 14.
    assert rows.order == [(14, 100), (12, 101), (20, 102)]
    assert rows.terms == [(14, "a"), (12, "b"), (20, "c")]
    db.executemany("INSERT INTO person_fts_order VALUES (?, ?)", rows.order)  # no conflict


def test_free_positions_are_kept() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE person_fts_order (pos INTEGER PRIMARY KEY, pk INTEGER)")
    rows = Written(tops={}, order=[(5, 100)], terms=[(5, "a")])
    assert _free_positions(db.cursor(), rows) == 0
    assert rows.order == [(5, 100)]
