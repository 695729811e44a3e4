"""Registry positions: each person's place in the registry order, as a sparse integer key.

The registry lists persons by (``sort_key``, ``pk``). The search index (``person_fts``) uses a
person's position as its rowid, so ``… MATCH ? ORDER BY rowid LIMIT 50`` returns the first
page in registry order and stops there: no query has to read every match and sort them.
``person_fts_order`` maps position → person (``pos`` is its rowid, ``pk`` unique).

Positions are sparse: a new person takes a key inside the gap between its neighbours. When a
gap is used up, a small window of neighbours is spread out again (``_rebalance``); their index
rows move with them, rebuilt from the stored record by the caller's ``terms_of``. Everything
runs on the DB-API cursor inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

# Room left between neighbours when positions are laid out. Smaller than it was on purpose:
# the index stores each match's rowid as a varint of its distance from the previous match,
# so wide gaps made every entry of a trigram's list longer (2⁴⁰ apart a delta of 50 persons
# took 7 bytes, 2²⁰ apart it takes 4) and a cold search read and decrypted that many more
# pages. 2²⁰ still leaves 64 persons added one after another at one spot (STEP) and 14 more
# by halves before a window of neighbours is spread again (2¹⁴ apart with STEP 2⁸, bulk
# batches of repeated names spread windows ten times as often: 1,353 for 100,000 persons,
# +28 % CPU); persons sorting after everyone (an empty registry) go SPACING apart too.
SPACING = 1 << 20
TOP = 1 << 62
# A person placed after its predecessor moves at most this far: persons added one after
# another at the same spot (the same surname) then use the gap up slowly, not by halves.
STEP = 1 << 14
# A window is spread again only if this much room per person results.
MIN_ROOM = 1 << 6
# Placed neighbours on each side of a used-up gap that a window starts with (it doubles
# until MIN_ROOM per person results). Each one moved costs its index row read back, deleted
# and written anew. 16 moved 25,000 persons when a bundle of 20,000 went into the 1M vault
# (799 windows); 2 moves 3,500 (+3.5 s of CPU against +0.5 s), and three bulk batches of
# 15,000 into an empty vault spread 316 windows instead of 300: the room a window leaves
# per person is the local spacing either way (issue #17).
FIRST_WINDOW = 2

TermsOf = Callable[[list[int]], dict[int, str]]

ORDER_TABLE_SQL = (
    "CREATE TABLE person_fts_order (pos INTEGER PRIMARY KEY, "
    "pk INTEGER NOT NULL UNIQUE REFERENCES persons(pk) ON DELETE CASCADE)"
)


def position_of(cur: Any, pk: int) -> int | None:
    row = cur.execute("SELECT pos FROM person_fts_order WHERE pk = ?", (pk,)).fetchone()
    return None if row is None else int(row[0])


def forget(cur: Any, pk: int) -> int | None:
    """Drop a person's position; returns it (its index row is the caller's to delete)."""
    pos = position_of(cur, pk)
    if pos is not None:
        cur.execute("DELETE FROM person_fts_order WHERE pos = ?", (pos,))
    return pos


def still_in_order(cur: Any, pk: int, pos: int) -> bool:
    """Whether the person at ``pos`` still sorts between its neighbours (its name changed)."""
    sql = (
        "SELECT p.sort_key, p.pk FROM person_fts_order o CROSS JOIN persons p ON p.pk = o.pk "
        "WHERE o.pos {op} ? ORDER BY o.pos {direction} LIMIT 1"
    )
    me = cur.execute("SELECT sort_key, pk FROM persons WHERE pk = ?", (pk,)).fetchone()
    before = cur.execute(sql.format(op="<", direction="DESC"), (pos,)).fetchone()
    after = cur.execute(sql.format(op=">", direction="ASC"), (pos,)).fetchone()
    return (before is None or tuple(before) < tuple(me)) and (
        after is None or tuple(me) < tuple(after)
    )


def _neighbours(cur: Any, sort_key: str, pk: int) -> tuple[int, int]:
    """Positions of the placed persons just before and after (sort_key, pk): 0 and TOP at
    the ends. The ``sort_key`` index is walked back; persons not placed yet are stepped
    over; the next one is the next position."""
    before = cur.execute(
        "SELECT o.pos FROM persons p CROSS JOIN person_fts_order o ON o.pk = p.pk "
        "WHERE (p.sort_key, p.pk) < (?, ?) ORDER BY p.sort_key DESC, p.pk DESC LIMIT 1",
        (sort_key, pk),
    ).fetchone()
    low = 0 if before is None else int(before[0])
    after = cur.execute(
        "SELECT pos FROM person_fts_order WHERE pos > ? ORDER BY pos LIMIT 1", (low,)
    ).fetchone()
    return low, (TOP if after is None else int(after[0]))


# ``_neighbours`` for a whole batch (sorted) in one statement. For each new person only the
# stretch of the ``sort_key`` index since the previous new person is walked (the other new
# persons, not placed yet, would otherwise be stepped over again and again: quadratic in a
# batch going into an empty vault); where nothing placed lies in it, the previous new
# person's predecessor is this one's too (carried forward in Python). The stretch is read in
# three parts, each an index range: its own sort_key below its pk, the sort_keys strictly
# between, the previous one's sort_key above its pk. Read as one range with the (sort_key,
# pk) bounds as filters, a name shared by many persons was walked from its end each time:
# stepping over every new person of that name (and, after the last of them, over the whole
# name) — 20,000 persons with repeated names placed together took 6.2 s of CPU at 1M.
_PLACED = "SELECT o.pos FROM persons p CROSS JOIN person_fts_order o ON o.pk = p.pk WHERE "
_BETWEEN_SQL = (
    "SELECT coalesce("
    f"({_PLACED}p.sort_key = n.value ->> 1 AND p.pk < n.value ->> 0 AND p.pk > CASE "
    "WHEN n.value ->> 3 = n.value ->> 1 THEN n.value ->> 2 ELSE 0 END "
    "ORDER BY p.pk DESC LIMIT 1), "
    f"({_PLACED}p.sort_key < n.value ->> 1 AND p.sort_key > n.value ->> 3 "
    "ORDER BY p.sort_key DESC, p.pk DESC LIMIT 1), "
    f"({_PLACED}p.sort_key = n.value ->> 3 AND n.value ->> 3 < n.value ->> 1 "
    "AND p.pk > n.value ->> 2 ORDER BY p.pk DESC LIMIT 1)"
    ") FROM json_each(?) n ORDER BY n.key"
)
_NEXT_SQL = (
    "SELECT (SELECT pos FROM person_fts_order WHERE pos > n.value ORDER BY pos LIMIT 1) "
    "FROM json_each(?) n ORDER BY n.key"
)


def _all_neighbours(cur: Any, persons: list[tuple[int, str]]) -> list[tuple[int, int]]:
    if len(persons) < 8:
        return [_neighbours(cur, sort_key, pk) for pk, sort_key in persons]
    # The first new person walks back freely: no unplaced person sorts before it.
    lows = [_neighbours(cur, persons[0][1], persons[0][0])[0]]
    rows = [(pk, key, *persons[i]) for i, (pk, key) in enumerate(persons[1:])]
    between = cur.execute(_BETWEEN_SQL, (json.dumps(rows, ensure_ascii=False),)).fetchall()
    for (found,) in between:
        lows.append(int(found) if found is not None else lows[-1])
    highs = cur.execute(_NEXT_SQL, (json.dumps(lows),)).fetchall()
    return [
        (low, TOP if high is None else int(high)) for low, (high,) in zip(lows, highs, strict=True)
    ]


def _spread(low: int, high: int, count: int) -> list[int]:
    """``count`` keys strictly between ``low`` and ``high``: evenly, but no further than
    STEP apart when the gap is wide (a gap is split again later)."""
    # After the last person (an empty registry, names sorting last) there is no gap to use
    # up: persons go SPACING apart, as laid out, and later ones fit between them.
    step = min((high - low) // (count + 1), SPACING if high >= TOP else STEP)
    return [low + step * (i + 1) for i in range(count)]


def place(
    cur: Any,
    persons: Iterable[tuple[int, str]],
    terms_of: TermsOf,
    moved: dict[int, int] | None = None,
) -> dict[int, int]:
    """Positions for persons (pk, sort_key) whose rows are written but who have none yet;
    the ``person_fts_order`` rows are inserted. Returns pk → position.

    ``moved``: the index rows of persons moved by a spread window are left where they are,
    and ``moved`` gets pk → the position their index row is at; the caller moves them
    (``bulk.write_held_keys``: with the new persons' rows, in one ascending pass). A
    bundle's 20,000 persons spread hundreds of windows in a registry built batch by batch:
    moved one window at a time, each window's index rows were deleted and written anew by
    statements of their own, and FTS5 flushed a segment at each switch between deleting
    and inserting (issue #17)."""
    ordered = sorted(persons, key=lambda item: (item[1], item[0]))
    batch = {pk for pk, _ in ordered}
    # Group the new persons by the gap between placed neighbours they fall into.
    groups: list[tuple[int, int, list[int]]] = []
    for (pk, _), (low, high) in zip(ordered, _all_neighbours(cur, ordered), strict=True):
        if groups and groups[-1][0] == low and groups[-1][1] == high:
            groups[-1][2].append(pk)
        else:
            groups.append((low, high, [pk]))
    placed: dict[int, int] = {}
    pending: list[tuple[int, int]] = []  # (pos, pk) not inserted yet
    # Positions below this may have changed since ``_all_neighbours`` (a window was spread
    # out up to it); from it on nothing moved (the window's bound stays), and a gap lying
    # there needs no second look.
    stale_below = 0
    for low, high, pks in groups:
        if low < stale_below:
            low = _neighbours(cur, *_key(cur, pks[0]))[0]
            high = _neighbours(cur, *_key(cur, pks[-1]))[1]
        if high - low > len(pks):
            positions = _spread(low, high, len(pks))
            pending.extend(zip(positions, pks, strict=True))
            placed.update(zip(pks, positions, strict=True))
        else:
            _insert(cur, pending)  # the window must see every placed person
            # The window may move persons of this batch placed by an earlier group: their
            # positions change, and they still have no index row (the caller writes it).
            spread = _rebalance(cur, low, high, pks, terms_of, batch, moved)
            placed.update((pk, pos) for pk, pos in spread.items() if pk in batch)
            # The window held every placed person between its bounds: the next one after
            # it is its upper bound.
            bound = cur.execute(
                "SELECT pos FROM person_fts_order WHERE pos > ? ORDER BY pos LIMIT 1",
                (max(spread.values()),),
            ).fetchone()
            stale_below = TOP if bound is None else max(stale_below, int(bound[0]))
    _insert(cur, pending)
    return placed


def _insert(cur: Any, pending: list[tuple[int, int]]) -> None:
    cur.executemany("INSERT INTO person_fts_order(pos, pk) VALUES (?, ?)", pending)
    pending.clear()


def _key(cur: Any, pk: int) -> tuple[str, int]:
    row = cur.execute("SELECT sort_key, pk FROM persons WHERE pk = ?", (pk,)).fetchone()
    return str(row[0]), int(row[1])


def _rebalance(
    cur: Any,
    low: int,
    high: int,
    pks: list[int],
    terms_of: TermsOf,
    unindexed: set[int],
    moved_rows: dict[int, int] | None = None,
) -> dict[int, int]:
    """Spread a window of placed neighbours around the full gap (low, high) out again, with
    the new persons in the middle; moved persons' index rows move too (or, given
    ``moved_rows``, are noted there: see ``place``), except those of the ``unindexed``
    (placed by this batch, not indexed yet: indexing one here as well put it into the index
    twice, and after its deletion the older copy was found again). Returns the new position
    of every person in the window."""
    window = FIRST_WINDOW
    while True:
        left = cur.execute(
            "SELECT pos, pk FROM person_fts_order WHERE pos <= ? ORDER BY pos DESC LIMIT ?",
            (low, window + 1),
        ).fetchall()
        right = cur.execute(
            "SELECT pos, pk FROM person_fts_order WHERE pos >= ? ORDER BY pos LIMIT ?",
            (high, window + 1),
        ).fetchall()
        bound_low = int(left.pop()[0]) if len(left) > window else 0
        bound_high = int(right.pop()[0]) if len(right) > window else TOP
        count = len(left) + len(pks) + len(right)
        if bound_high - bound_low > (count + 1) * MIN_ROOM or (bound_low, bound_high) == (0, TOP):
            break
        window *= 2
    moved = [(int(pos), int(pk)) for pos, pk in reversed(left)] + [
        (int(pos), int(pk)) for pos, pk in right
    ]
    sequence = [pk for _, pk in reversed(left)] + pks + [pk for _, pk in right]
    positions = _spread(bound_low, bound_high, len(sequence))
    new_pos = dict(zip(sequence, positions, strict=True))
    old_pks = [pk for _, pk in moved if pk not in unindexed]
    if moved_rows is None:
        terms = terms_of(old_pks)
        cur.executemany(
            "DELETE FROM person_fts WHERE rowid = ?",
            [(pos,) for pos, pk in moved if pk not in unindexed],
        )
    else:  # moved twice: its index row is still where it was first
        for pos, pk in moved:
            if pk not in unindexed:
                moved_rows.setdefault(pk, pos)
    cur.executemany("DELETE FROM person_fts_order WHERE pos = ?", [(pos,) for pos, _ in moved])
    cur.executemany(
        "INSERT INTO person_fts_order(pos, pk) VALUES (?, ?)",
        [(new_pos[pk], pk) for pk in sequence],
    )
    if moved_rows is None:
        cur.executemany(
            "INSERT INTO person_fts(rowid, terms) VALUES (?, ?)",
            sorted((new_pos[pk], terms[pk]) for pk in old_pks),
        )
    return new_pos


def lay_out(cur: Any) -> int:
    """Every person placed afresh, SPACING apart in registry order (the search index must
    be rebuilt after). Returns the number of persons."""
    cur.execute("DELETE FROM person_fts_order")
    cur.execute(
        "INSERT INTO person_fts_order(pos, pk) SELECT "
        f"{SPACING} * row_number() OVER (ORDER BY sort_key, pk), pk FROM persons"
    )
    return int(cur.execute("SELECT count(*) FROM person_fts_order").fetchone()[0])
