"""The search figures: p95 of realistic queries on the big vault (``search_pks`` and one
results page, wall and CPU time) beside the baselines measured in the same run (the best
single statement and the plain one on a bare cursor, the trigram MATCH alone), and the figure
for queries matching many persons.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import os_cache, search_cold
from benchmarks.cached_vault import SEED
from benchmarks.figures import PASSWORD, USER, Figure, p95
from benchmarks.search_runs import (
    SEARCH_LIMIT,
    KindTimes,
    Statements,
    our_page,
    timed,
)
from migdesk.identity.translit import to_latin
from migdesk.persons import search
from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect
from migdesk.vault.keyslots import KeySlotFile

__all__ = ["KindTimes", "measure_search", "print_search_detail"]

SEARCH_REPEATS = 3


# --- search ------------------------------------------------------------------------------------


def search_queries(vault: Vault, rng: random.Random) -> dict[str, list[str]]:
    """Queries an officer would type, taken from the vault's own records so they hit."""
    raw = vault.raw_execute
    top = int(raw("SELECT max(pk) FROM persons")[0][0])
    picks = [rng.randint(1, top) for _ in range(12)]
    marks = ", ".join("?" * len(picks))
    people = raw(
        "SELECT p.surname_ru, p.birth_date, p.personal_number, d.number FROM persons p "
        f"LEFT JOIN identity_documents d ON d.person_pk = p.pk WHERE p.pk IN ({marks})",
        *picks,
    )
    # Fragments of 4 to 6 letters, from surnames long enough in both scripts.
    surnames = sorted({row[0] for row in people if row[0] and len(to_latin(row[0])) >= 4})
    surnames = [s for s in surnames if len(s) >= 4]
    cyrillic, latin = [], []
    for surname in surnames[:6]:
        size = rng.randint(4, min(6, len(surname)))
        start = rng.randint(0, len(surname) - size)
        cyrillic.append(surname[start : start + size].lower())
        latin_name = to_latin(surname).lower()
        size = rng.randint(4, min(6, len(latin_name)))
        start = rng.randint(0, len(latin_name) - size)
        latin.append(latin_name[start : start + size])
    full_dates = [row[1] for row in people if row[1] and len(row[1]) == 10]
    return {
        "surname part, Cyrillic": cyrillic,
        "surname part, Latin": latin,
        "document number": [row[3] for row in people if row[3]][:5],
        "personal number": [row[2] for row in people if row[2]][:5],
        "full birth date": [f"{d[8:]}.{d[5:7]}.{d[:4]}" for d in full_dates[:5]],
        "surname + year": [
            f"{row[0]} {row[1][:4]}" for row in people if row[0] and row[1] and len(row[1]) >= 4
        ][:5],
    }


MANY = 50_000  # the second search figure: queries matching at least this many persons
MANY_QUERIES = 6


def many_match_queries(vault: Vault, groups: dict[str, list[str]]) -> list[str]:
    """Fragments of three letters (both scripts) and birth years that match ≥ MANY persons."""
    seeds = groups["surname part, Cyrillic"] + groups["surname part, Latin"]
    candidates = list(dict.fromkeys(w[i : i + 3] for w in seeds for i in range(len(w) - 2)))
    candidates += ["1975", "1985", "ова", "ova", "ian", "ян"]
    found = []
    for query in candidates:
        params = search.search_statement(query, None)[1]
        if "fts" not in params:
            continue
        count = vault.raw_execute(
            "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?", params["fts"]
        )[0][0]
        if count >= MANY:
            found.append(query)
        if len(found) == MANY_QUERIES:
            break
    return found


def _bring_into_os_cache(path: Path, data_key: bytes, statements: Statements) -> None:
    """The warm state, set on purpose: one untimed run of every statement the query is
    timed with, on a connection of its own (so the measuring connections' SQLite caches are
    untouched), right before the timed runs — this VM pages out file pages that sit idle,
    so reading the file minutes earlier would not do."""
    raw = raw_connect(path, data_key)
    try:
        for run in statements.baselines():
            run(raw)
    finally:
        raw.close()


def _disk_read(run: Callable[..., Any], *args: Any) -> tuple[Any, int]:
    """A run's result and the bytes it had read from the disk (0 where not countable)."""
    before = os_cache.disk_bytes()
    result = run(*args)
    after = os_cache.disk_bytes()
    return result, 0 if before is None or after is None else after - before


def _measure_warm(
    path: Path, data_key: bytes, every_kind: dict[str, list[str]], times: dict[str, KindTimes]
) -> tuple[int, dict[str, int]]:
    """Each query three times on one long-lived connection of ours and one raw connection
    (first runs included: SQLite's cache starts without the query's pages), ours and the
    best statement alternately first, the vault's pages in the OS cache. Returns how many
    runs gave results different from the baselines', and the bytes ours and the best
    statement still had read from the disk in their timed runs (the check of the state)."""
    mismatches = 0
    from_disk = {"ours": 0, "best": 0}
    with Vault.open(path, USER, PASSWORD) as vault, vault.engine.connect() as conn:
        raw = raw_connect(path, data_key)
        try:
            turn = 0
            for kind, queries in every_kind.items():
                t = times[kind]
                for query in queries:
                    statements = Statements.of(query)
                    _bring_into_os_cache(path, data_key, statements)
                    for _ in range(SEARCH_REPEATS):
                        turn += 1
                        pks: list[int] = []
                        best_pks: list[int] = []
                        for side in ("ours", "best") if turn % 2 else ("best", "ours"):
                            if side == "ours":
                                (wall, cpu, pks), disk = _disk_read(timed, our_page, conn, query)
                                t.ours.append(wall)
                                t.ours_cpu.append(cpu)
                            else:
                                (wall, _, best_pks), disk = _disk_read(
                                    timed, statements.best_run, raw
                                )
                                t.best.append(wall)
                            from_disk[side] += disk
                        wall, _, plain_pks = timed(statements.plain_run, raw)
                        t.plain.append(wall)
                        mismatches += not (pks == best_pks == plain_pks)
                        if statements.fts is not None:
                            t.fts.append(timed(statements.fts_run, raw)[0])
        finally:
            raw.close()
    return mismatches, from_disk


def measure_search(path: Path) -> tuple[list[Figure], list[KindTimes]]:
    with Vault.open(path, USER, PASSWORD) as vault:
        groups = search_queries(vault, random.Random(SEED))
        heavy = many_match_queries(vault, groups)
        data_key = KeySlotFile.load(path).unwrap(USER, PASSWORD)
    every_kind = {**groups, f"≥ {MANY:,} matches": heavy}
    times = {kind: KindTimes(kind) for kind in every_kind}
    # The best single statement is the one ``search_pks`` runs (the walk of the index in
    # registry order), written out on a bare cursor: what a SQLite expert would write over
    # the same schema. The plain statement is the oracle of the tests.
    mismatches, from_disk = _measure_warm(path, data_key, every_kind, times)
    warm_state = WARM_STATE + (
        f"; read from the disk in the timed runs (/proc/self/io read_bytes): ours "
        f"{from_disk['ours'] / 1024:,.0f} KiB, the best statement "
        f"{from_disk['best'] / 1024:,.0f} KiB"
    )
    cold = search_cold.measure(path, data_key, every_kind, times)
    mismatches += cold.mismatches
    figures = []
    for title, cold_title, kinds in (
        (
            f"search p95 ({{count}} queries ×{SEARCH_REPEATS}, limit {SEARCH_LIMIT}), "
            "vault in the OS cache",
            "search p95 from the disk ({count} queries, first run each, cold)",
            list(groups),
        ),
        (
            f"search p95, queries matching ≥ {MANY:,} ({{count}} ×{SEARCH_REPEATS}), "
            "vault in the OS cache",
            f"search p95 from the disk, queries matching ≥ {MANY:,} ({{count}}, cold)",
            [*every_kind][-1:],
        ),
    ):
        count = sum(len(every_kind[kind]) for kind in kinds)
        cold_figure = search_cold.figure(cold_title.format(count=count), kinds, times, cold)
        every = [x for kind in kinds for x in times[kind].ours]
        if not every:
            figures.append(Figure(title.format(count=0), None, "ms", 10, note="no such query"))
            figures.append(cold_figure)
            continue

        def every_of(name: str, kinds: list[str] = kinds) -> list[float]:
            return [x for kind in kinds for x in getattr(times[kind], name)]

        figures.append(
            Figure(
                title.format(count=count),
                p95(every) * 1000,
                "ms",
                10,
                baseline=p95(every_of("best")) * 1000,
                note=(
                    f"median {statistics.median(every) * 1000:.1f} ms, "
                    f"max {max(every) * 1000:.0f} ms, CPU time p95 "
                    f"{p95(every_of('ours_cpu')) * 1000:.1f} ms; {warm_state}; baseline: the "
                    "best single statement (the index walk in registry order) and the same "
                    "page of rows (registry_rows) on a bare cursor; the plain statement (every "
                    "match joined and sorted) "
                    f"p95 {p95(every_of('plain')) * 1000:,.0f} ms; FTS5 trigram MATCH alone "
                    f"(every match, no order, no rows) p95 {p95(every_of('fts')) * 1000:.1f} ms"
                    + (f"; {mismatches} results differ from the baselines!" if mismatches else "")
                ),
            )
        )
        figures.append(cold_figure)
    for figure in figures[-2:]:
        figure.note += "; queries: " + ", ".join(heavy)
    return figures, list(times.values())


WARM_STATE = (
    "the vault's pages in the OS cache on purpose (every statement of the query run once, "
    "untimed, on a connection of its own right before), SQLite's own cache of the measuring "
    "connections without them (each first run included), ours and the best statement "
    "alternately first"
)


def print_search_detail(detail: list[KindTimes]) -> None:
    print()
    print(
        "search by kind of query (ms)       p50     p95     max  CPU p95  best p95 "
        "plain p95  FTS alone p95"
    )
    print("  vault in the OS cache, each query ×3:")
    for t in detail:
        if t.ours:
            _detail_row(t.kind, t.ours, t.ours_cpu, t.best, t.plain, t.fts)
    if any(t.cold_ours for t in detail):
        print(
            "  from the disk, first run each (vault dropped from the OS cache before every run;"
            " pages: read calls, ours / best statement, p50 and max):"
        )
    for t in detail:
        if t.cold_ours:
            _detail_row(t.kind, t.cold_ours, t.cold_ours_cpu, t.cold_best, t.cold_plain, t.cold_fts)
            print(
                f"{'':32}pages {statistics.median(t.cold_ours_reads):.0f} / "
                f"{statistics.median(t.cold_best_reads):.0f}, max {max(t.cold_ours_reads)} / "
                f"{max(t.cold_best_reads)}"
            )


def _detail_row(kind: str, *samples: list[float]) -> None:
    ours, cpu, best, plain, fts = samples
    cells = [statistics.median(ours), p95(ours), max(ours), p95(cpu), p95(best), p95(plain)]
    fts_cell = f"{p95(fts) * 1000:15.1f}" if fts else f"{'—':>15}"
    print(f"  {kind:28}" + "".join(f"{c * 1000:9.1f}" for c in cells) + fts_cell)
