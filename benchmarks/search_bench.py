"""The search figures: p95 of realistic queries on the big vault (``search_pks`` and one
results page, wall and CPU time) beside the baselines measured in the same run (the best
single statement and the plain one on a bare cursor, the trigram MATCH alone), and the figure
for queries matching many persons.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from benchmarks.cached_vault import SEED
from benchmarks.figures import PASSWORD, USER, Figure, p95
from benchmarks.reference_search import reference_sql
from migdesk.identity.translit import to_latin
from migdesk.persons import search
from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect
from migdesk.vault.keyslots import KeySlotFile

SEARCH_LIMIT = 50
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


def plain_search_sql(query: str) -> tuple[str, dict[str, Any]]:
    """The search as one plain statement (how ``search_pks`` was written before it was
    tuned): every match joined to its person and sorted by name."""
    return reference_sql(query, SEARCH_LIMIT)


def rows_sql(pks: list[int]) -> tuple[str, dict[str, int]]:
    """The same results page as ``search.fetch_rows`` reads, as one statement: its short rows
    in ``registry_rows`` (migration 0027) are part of the schema the best statement uses."""
    return search.fetch_rows_statement(pks)


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


Timings = dict[str, list[float]]


@dataclass
class KindTimes:
    """One kind of query: seconds per run of ours (wall and CPU) and of the baselines."""

    kind: str
    ours: list[float] = field(default_factory=list)
    ours_cpu: list[float] = field(default_factory=list)
    best: list[float] = field(default_factory=list)  # the best single statement, raw cursor
    plain: list[float] = field(default_factory=list)  # the plain statement (sort every match)
    fts: list[float] = field(default_factory=list)  # the trigram MATCH alone


def _timed(run: Callable[..., list[int]], *args: Any) -> tuple[float, float, list[int]]:
    started, started_cpu = time.perf_counter(), time.process_time()
    result = run(*args)
    return time.perf_counter() - started, time.process_time() - started_cpu, result


def _our_page(conn: Connection, query: str) -> list[int]:
    """What one results page needs: the keys and their rows."""
    pks = search.search_pks(conn, query, limit=SEARCH_LIMIT)
    search.fetch_rows(conn, pks)
    return pks


def _fts_alone(raw: Any, fts: str) -> list[int]:
    return [int(r[0]) for r in raw.execute(FTS_ALONE_SQL, (fts,))]


def _raw_page(raw: Any, sql: str, params: dict[str, Any]) -> list[int]:
    """A statement's keys and their results page, on the raw cursor."""
    pks = [int(r[0]) for r in raw.execute(sql, params)]
    if pks:
        raw.execute(*rows_sql(pks)).fetchall()
    return pks


def measure_search(path: Path) -> tuple[list[Figure], list[KindTimes]]:
    with Vault.open(path, USER, PASSWORD) as vault:
        groups = search_queries(vault, random.Random(SEED))
        heavy = many_match_queries(vault, groups)
        data_key = KeySlotFile.load(path).unwrap(USER, PASSWORD)
    every_kind = {**groups, f"≥ {MANY:,} matches": heavy}
    times = {kind: KindTimes(kind) for kind in every_kind}
    mismatches = 0
    # Fresh connections (cold SQLite page cache) for ours and for the baselines; each query
    # runs three times. The best single statement is the one ``search_pks`` runs (the walk of
    # the index in registry order), written out on a bare cursor: what a SQLite expert would
    # write over the same schema. The plain statement is the oracle of the tests.
    with Vault.open(path, USER, PASSWORD) as vault, vault.engine.connect() as conn:
        raw = raw_connect(path, data_key)
        try:
            for kind, queries in every_kind.items():
                t = times[kind]
                for query in queries:
                    best_sql, best_params = search.search_statement(query, SEARCH_LIMIT)
                    fts = search.search_statement(query, None)[1].get("fts")
                    plain_sql, plain_params = plain_search_sql(query)
                    for _ in range(SEARCH_REPEATS):
                        wall, cpu, pks = _timed(_our_page, conn, query)
                        t.ours.append(wall)
                        t.ours_cpu.append(cpu)
                        wall, _, best_pks = _timed(_raw_page, raw, best_sql, best_params)
                        t.best.append(wall)
                        wall, _, plain_pks = _timed(_raw_page, raw, plain_sql, plain_params)
                        t.plain.append(wall)
                        mismatches += not (pks == best_pks == plain_pks)
                        if fts is not None:  # the trigram MATCH alone: every match, no order
                            t.fts.append(_timed(_fts_alone, raw, fts)[0])
        finally:
            raw.close()
    figures = []
    for title, kinds in (
        (f"search p95 ({{count}} queries ×{SEARCH_REPEATS}, limit {SEARCH_LIMIT})", list(groups)),
        (
            f"search p95, queries matching ≥ {MANY:,} ({{count}} ×{SEARCH_REPEATS})",
            [*every_kind][-1:],
        ),
    ):
        every = [x for kind in kinds for x in times[kind].ours]
        if not every:
            figures.append(Figure(title.format(count=0), None, "ms", 10, note="no such query"))
            continue

        def every_of(name: str, kinds: list[str] = kinds) -> list[float]:
            return [x for kind in kinds for x in getattr(times[kind], name)]

        count = sum(len(every_kind[kind]) for kind in kinds)
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
                    f"{p95(every_of('ours_cpu')) * 1000:.1f} ms; baseline: the best single "
                    "statement (the index walk in registry order) and the same page of rows "
                    "(registry_rows) on a bare cursor; the plain statement (every match joined "
                    "and sorted) "
                    f"p95 {p95(every_of('plain')) * 1000:,.0f} ms; FTS5 trigram MATCH alone "
                    f"(every match, no order, no rows) p95 {p95(every_of('fts')) * 1000:.1f} ms"
                    + (f"; {mismatches} results differ from the baselines!" if mismatches else "")
                ),
            )
        )
    figures[-1].note += "; queries: " + ", ".join(heavy)
    return figures, list(times.values())


def print_search_detail(detail: list[KindTimes]) -> None:
    print()
    print(
        "search by kind of query (ms)       p50     p95     max  CPU p95  best p95 "
        "plain p95  FTS alone p95"
    )
    for t in detail:
        if not t.ours:
            continue
        cells = [statistics.median(t.ours), p95(t.ours), max(t.ours), p95(t.ours_cpu)]
        cells += [p95(t.best), p95(t.plain)]
        fts = f"{p95(t.fts) * 1000:15.1f}" if t.fts else f"{'—':>15}"
        print(f"  {t.kind:28}" + "".join(f"{c * 1000:9.1f}" for c in cells) + fts)


FTS_ALONE_SQL = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?"
