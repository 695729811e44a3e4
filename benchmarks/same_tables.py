"""The honest baseline of an import: exactly the rows it wrote, written raw into the same
tables (issue #17).

``capture`` notes where every table ends before the measured run; ``written`` reads back
what the run added (every row past those ends, the registry positions of the new persons
and their search-index terms); ``replay`` writes those rows with one ``executemany`` per
table in one transaction on a bare ``sqlcipher3`` connection with the vault's own session
pragmas. ``remove`` takes them out again (so the same vault copy serves the baseline, and
a benchmark can be repeated on it).

Rows the run changed in place (a channel's last sequence, index rows moved when the registry
order was rebalanced) are not replayed: the baseline is the insert work alone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from migdesk.vault.engine import SESSION_PRAGMAS

# FTS5 keeps the index in shadow tables of its own; the baseline writes the virtual table.
_FTS_SHADOW = tuple(
    f"person_fts_{part}" for part in ("data", "idx", "docsize", "config", "content")
)
_ORDER = "person_fts_order"
# Written by triggers as the rows of the tables they watch are replayed (migration 0027): the
# baseline pays for them that way, as the import does.
_BY_TRIGGERS = ("registry_rows",)


def _tables(cur: Any) -> list[str]:
    names = [
        str(name)
        for (name,) in cur.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE '%WITHOUT ROWID%' ORDER BY name"
        )
    ]
    return [
        n
        for n in names
        if n not in _FTS_SHADOW and n not in _BY_TRIGGERS and n != _ORDER and n != "person_fts"
    ]


def capture(cur: Any) -> dict[str, int]:
    """Where every table ends now (its largest rowid)."""
    return {
        t: int(cur.execute(f'SELECT coalesce(max(rowid), 0) FROM "{t}"').fetchone()[0])
        for t in _tables(cur)
    }


@dataclass
class Written:
    tops: dict[str, int]
    tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = field(default_factory=dict)
    order: list[tuple[int, int]] = field(default_factory=list)  # (pos, pk)
    moved: int = 0  # new persons replayed one position on: their own was taken (``replay``)
    terms: list[tuple[int, str]] = field(default_factory=list)  # (pos, terms)
    # CPU seconds of each table's ``executemany`` in the last ``replay`` (and the commit's).
    costs: dict[str, float] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(len(r) for _, r in self.tables.values()) + len(self.order) + len(self.terms)

    def counts(self) -> dict[str, int]:
        out = {t: len(r) for t, (_, r) in self.tables.items() if r}
        out[_ORDER], out["person_fts"] = len(self.order), len(self.terms)
        return out

    def dearest(self, count: int = 4) -> str:
        """The tables that cost the replay most CPU: «persons 2.9 s (20,000 rows), …»."""
        sizes = self.counts()
        ranked = sorted(self.costs.items(), key=lambda item: -item[1])[:count]
        return ", ".join(
            f"{t} {s:.1f} s" + (f" ({sizes[t]:,} rows)" if t in sizes else "") for t, s in ranked
        )


def _columns(cur: Any, table: str) -> list[str]:
    info = list(cur.execute(f'PRAGMA table_info("{table}")'))
    keys = [row for row in info if row[5]]
    names = [str(row[1]) for row in info]
    # An INTEGER PRIMARY KEY is the rowid itself; any other table gets its rowid explicitly.
    if len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER":
        return names
    return ["rowid", *names]


def written(cur: Any, tops: dict[str, int], terms_of: Any) -> Written:
    """The rows added since ``capture``; ``terms_of(pks)`` gives the index terms (the index
    is contentless: its text cannot be read back)."""
    out = Written(tops)
    for table, top in tops.items():
        columns = _columns(cur, table)
        names = ", ".join(c if c == "rowid" else f'"{c}"' for c in columns)
        rows = [
            tuple(r)
            for r in cur.execute(
                f'SELECT {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid', (top,)
            )
        ]
        out.tables[table] = (columns, rows)
    top_pk = tops.get("persons", 0)
    out.order = [
        (int(pos), int(pk))
        for pos, pk in cur.execute(
            f"SELECT pos, pk FROM {_ORDER} WHERE pk > ? ORDER BY pos", (top_pk,)
        )
    ]
    terms = terms_of([pk for _, pk in out.order])
    out.terms = [(pos, terms[pk]) for pos, pk in out.order]
    return out


def remove(cur: Any, rows: Written) -> None:
    """Take the written rows out again, in one transaction."""
    cur.execute("PRAGMA foreign_keys = OFF")
    cur.execute("BEGIN")
    cur.executemany("DELETE FROM person_fts WHERE rowid = ?", [(pos,) for pos, _ in rows.terms])
    cur.executemany(f"DELETE FROM {_ORDER} WHERE pos = ?", [(pos,) for pos, _ in rows.order])
    for table, top in rows.tops.items():
        cur.execute(f'DELETE FROM "{table}" WHERE rowid > ?', (top,))
    for table in _BY_TRIGGERS:  # keyed by the person's pk; foreign keys are off here
        cur.execute(f'DELETE FROM "{table}" WHERE pk > ?', (rows.tops.get("persons", 0),))
    cur.execute("COMMIT")
    cur.execute("PRAGMA foreign_keys = ON")


def _insert_order(tables: list[str]) -> list[str]:
    """Parents before children (foreign keys are on, as in the vault's sessions)."""
    from migdesk.models import Base

    known = [t.name for t in Base.metadata.sorted_tables if t.name in tables]
    return known + [t for t in tables if t not in known]


def _free_positions(cur: Any, rows: Written) -> int:
    """A new person's registry position may be taken in the target by a person the run
    moved when it spread a used-up gap out again (moves are not replayed): such a row goes
    to the nearest free position after it (same index pages: positions are 2**20 apart).
    Changes ``rows`` in place (``remove`` then takes out what was written); returns how many
    moved. Read before the timed transaction."""
    wanted = [pos for pos, _ in rows.order]
    taken: set[int] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        taken.update(
            pos for (pos,) in cur.execute(f"SELECT pos FROM {_ORDER} WHERE pos IN ({marks})", chunk)
        )
    if not taken:
        return 0
    used = taken | set(wanted)
    moved: dict[int, int] = {}
    for pos in wanted:
        if pos in taken:
            free = pos + 1
            while (
                free in used
                or cur.execute(f"SELECT 1 FROM {_ORDER} WHERE pos = ?", (free,)).fetchone()
            ):
                free += 1
            used.add(free)
            moved[pos] = free
    rows.order = [(moved.get(pos, pos), pk) for pos, pk in rows.order]
    rows.terms = [(moved.get(pos, pos), terms) for pos, terms in rows.terms]
    return len(moved)


def replay(cur: Any, rows: Written) -> tuple[float, float]:
    """Write the rows raw in one transaction: (wall seconds, CPU seconds)."""
    for pragma in SESSION_PRAGMAS:
        cur.execute(pragma)
    rows.moved = _free_positions(cur, rows)
    present = [t for t, (_, r) in rows.tables.items() if r]
    rows.costs = {}

    def timed(table: str, sql: str, values: list[tuple[Any, ...]] | None = None) -> None:
        cpu = time.process_time()
        if values is None:
            cur.execute(sql)
        else:
            cur.executemany(sql, values)
        rows.costs[table] = time.process_time() - cpu

    started, started_cpu = time.perf_counter(), time.process_time()
    cur.execute("BEGIN")
    for table in _insert_order(present):
        columns, values = rows.tables[table]
        names = ", ".join(c if c == "rowid" else f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        timed(table, f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
        if table == "persons":
            timed(_ORDER, f"INSERT INTO {_ORDER} (pos, pk) VALUES (?, ?)", rows.order)
    timed("person_fts", "INSERT INTO person_fts (rowid, terms) VALUES (?, ?)", rows.terms)
    timed("COMMIT", "COMMIT")
    return time.perf_counter() - started, time.process_time() - started_cpu
