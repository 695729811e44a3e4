"""The search figures from the disk: each query's first run on a fresh connection, the vault
dropped from the OS cache just before (``benchmarks/os_cache.py``), for ours and for every
baseline alike — ours and the best statement alternately first, so neither finds pages the
other brought in. Skipped, with the reason printed, where the OS cache cannot be dropped.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from benchmarks import os_cache
from benchmarks.figures import PASSWORD, USER, Figure, p95
from benchmarks.search_runs import KindTimes, Statements, our_page, timed
from migdesk.persons.search_index import dbapi_connection
from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect

# Read before the drop: a connection the application has open knows its schema already.
SCHEMA_SQL = "SELECT count(*) FROM sqlite_master"


@dataclass
class Cold:
    skipped: str | None = None  # why nothing was measured
    mismatches: int = 0
    drops: int = 0
    most_left: float = 0.0  # the largest share of the vault file still cached after a drop

    def drop(self, path: Path) -> None:
        os_cache.drop(path)
        self.drops += 1
        left = os_cache.resident_fraction(path)
        if left is not None:
            self.most_left = max(self.most_left, left)


@dataclass
class Run:
    wall: float
    cpu: float
    pks: list[int]
    reads: int  # pages fetched from the OS (read calls); -1 where not countable


def _counted(run: Callable[..., list[int]], *args: Any) -> Run:
    before = os_cache.read_calls()
    wall, cpu, pks = timed(run, *args)
    after = os_cache.read_calls()
    return Run(wall, cpu, pks, -1 if before is None or after is None else after - before)


def _raw_cold(path: Path, data_key: bytes, cold: Cold, run: Callable[[Any], list[int]]) -> Run:
    raw = raw_connect(path, data_key)
    try:
        raw.execute(SCHEMA_SQL).fetchall()
        cold.drop(path)
        return _counted(run, raw)
    finally:
        raw.close()


def _ours_cold(vault: Vault, cold: Cold, query: str) -> Run:
    vault.engine.dispose()  # the pool's connection goes: the next one is new
    conn: Connection
    with vault.engine.connect() as conn:
        dbapi_connection(conn).execute(SCHEMA_SQL).fetchall()
        cold.drop(path=vault.path)
        return _counted(our_page, conn, query)


def measure(
    path: Path, data_key: bytes, every_kind: dict[str, list[str]], times: dict[str, KindTimes]
) -> Cold:
    """One cold first run of every query by ours and by each baseline."""
    if (reason := os_cache.drop_reason(path)) is not None:
        return Cold(skipped=reason)
    cold = Cold()
    turn = 0
    with Vault.open(path, USER, PASSWORD) as vault:
        for kind, queries in every_kind.items():
            t = times[kind]
            for query in queries:
                statements = Statements.of(query)
                turn += 1
                found: dict[str, list[int]] = {}
                for side in ("ours", "best") if turn % 2 else ("best", "ours"):
                    if side == "ours":
                        run = _ours_cold(vault, cold, query)
                        t.cold_ours.append(run.wall)
                        t.cold_ours_cpu.append(run.cpu)
                        t.cold_ours_reads.append(run.reads)
                    else:
                        run = _raw_cold(path, data_key, cold, statements.best_run)
                        t.cold_best.append(run.wall)
                        t.cold_best_reads.append(run.reads)
                    found[side] = run.pks
                run = _raw_cold(path, data_key, cold, statements.plain_run)
                t.cold_plain.append(run.wall)
                found["plain"] = run.pks
                if statements.fts is not None:
                    t.cold_fts.append(_raw_cold(path, data_key, cold, statements.fts_run).wall)
                cold.mismatches += not (found["ours"] == found["best"] == found["plain"])
    return cold


STATE = (
    "each query's first run only, on a fresh connection that has read the schema, the vault "
    "and its -wal dropped from the OS cache (posix_fadvise DONTNEED) right before every run "
    "of ours and of each baseline, ours and the best statement alternately first"
)


def figure(name: str, kinds: list[str], times: dict[str, KindTimes], cold: Cold) -> Figure:
    """The cold figure of these kinds of query, beside the best statement under the same
    state. No goal of its own: the goal is read with the vault in the OS cache."""
    if cold.skipped is not None:
        return Figure(name, None, "ms", None, note=f"not measured: {cold.skipped}")

    def every(name: str) -> list[float]:
        return [x for kind in kinds for x in getattr(times[kind], name)]

    ours = every("cold_ours")
    if not ours:
        return Figure(name, None, "ms", None, note="no such query")
    note = (
        f"median {statistics.median(ours) * 1000:.1f} ms, max {max(ours) * 1000:.0f} ms, "
        f"CPU time p95 {p95(every('cold_ours_cpu')) * 1000:.1f} ms; pages fetched from the OS "
        f"(read calls) median {statistics.median(every('cold_ours_reads')):.0f}, p95 "
        f"{p95(every('cold_ours_reads')):.0f} (the best statement: "
        f"{statistics.median(every('cold_best_reads')):.0f}, {p95(every('cold_best_reads')):.0f})"
        f"; {STATE}; after each of "
        f"the {cold.drops} drops at most {cold.most_left:.1%} of the vault file was still "
        "cached (mincore); baseline: the best single statement and its page of rows, cold "
        f"alike; the plain statement p95 {p95(every('cold_plain')) * 1000:,.0f} ms; FTS5 "
        f"trigram MATCH alone p95 {p95(every('cold_fts')) * 1000:.1f} ms"
    )
    if cold.mismatches:
        note += f"; {cold.mismatches} results differ from the baselines!"
    return Figure(
        name, p95(ours) * 1000, "ms", None, baseline=p95(every("cold_best")) * 1000, note=note
    )
