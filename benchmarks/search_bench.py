"""The search figures: p95 of realistic queries on the big vault (``search_pks`` and one
results page) beside the same search as one raw SQL statement, and the figure for queries
matching many persons.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path
from typing import Any

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


def naive_search_sql(query: str) -> tuple[str, dict[str, Any]]:
    """The search as one statement (how ``search_pks`` was written before it was tuned)."""
    return reference_sql(query, SEARCH_LIMIT)


ROWS_SQL = (
    "SELECT p.pk, p.id, p.surname_ru, p.given_name_ru, p.patronymic_ru, p.surname_lat, "
    "p.given_name_lat, p.sex, p.birth_date, "
    "(SELECT group_concat(country, ', ') FROM person_citizenships c WHERE c.person_pk = p.pk), "
    "(SELECT trim(coalesce(series, '') || ' ' || number) FROM identity_documents d "
    " WHERE d.person_pk = p.pk ORDER BY position LIMIT 1) "
    "FROM persons p WHERE p.pk IN ({marks})"
)


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


def measure_search(
    path: Path,
) -> tuple[list[Figure], list[tuple[str, list[float], list[float], list[float]]]]:
    with Vault.open(path, USER, PASSWORD) as vault:
        groups = search_queries(vault, random.Random(SEED))
        heavy = many_match_queries(vault, groups)
        data_key = KeySlotFile.load(path).unwrap(USER, PASSWORD)
    every_kind = {**groups, f"≥ {MANY:,} matches": heavy}
    ours: Timings = {kind: [] for kind in every_kind}
    raw_times: Timings = {kind: [] for kind in every_kind}
    fts_times: Timings = {kind: [] for kind in every_kind}
    mismatches = 0
    # Fresh connections (cold SQLite page cache) for each side; each query runs three times.
    with Vault.open(path, USER, PASSWORD) as vault, vault.engine.connect() as conn:
        raw = raw_connect(path, data_key)
        try:
            for kind, queries in every_kind.items():
                for query in queries:
                    fts = search.search_statement(query, None)[1].get("fts")
                    for _ in range(SEARCH_REPEATS):
                        started = time.perf_counter()
                        pks = search.search_pks(conn, query, limit=SEARCH_LIMIT)
                        search.fetch_rows(conn, pks)
                        ours[kind].append(time.perf_counter() - started)

                        sql, params = naive_search_sql(query)
                        started = time.perf_counter()
                        raw_pks = [r[0] for r in raw.execute(sql, params)]
                        if raw_pks:
                            marks = ", ".join("?" * len(raw_pks))
                            raw.execute(ROWS_SQL.format(marks=marks), raw_pks).fetchall()
                        raw_times[kind].append(time.perf_counter() - started)
                        mismatches += raw_pks != pks

                        if fts is not None:  # the trigram MATCH alone: every match, no order
                            started = time.perf_counter()
                            raw.execute(FTS_ALONE_SQL, (fts,)).fetchall()
                            fts_times[kind].append(time.perf_counter() - started)
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
        every = [t for kind in kinds for t in ours[kind]]
        if not every:
            figures.append(Figure(title.format(count=0), None, "ms", 10, note="no such query"))
            continue
        every_raw = [t for kind in kinds for t in raw_times[kind]]
        every_fts = [t for kind in kinds for t in fts_times[kind]]
        count = sum(len(every_kind[kind]) for kind in kinds)
        figures.append(
            Figure(
                title.format(count=count),
                p95(every) * 1000,
                "ms",
                10,
                baseline=p95(every_raw) * 1000,
                note=(
                    f"median {statistics.median(every) * 1000:.1f} ms, "
                    f"max {max(every) * 1000:.0f} ms; FTS5 trigram MATCH alone (every match, "
                    f"no order, no rows) p95 {p95(every_fts) * 1000:.1f} ms"
                    + (f"; {mismatches} results differ from the baseline!" if mismatches else "")
                ),
            )
        )
    figures[-1].note += "; queries: " + ", ".join(heavy)
    detail = [(kind, ours[kind], raw_times[kind], fts_times[kind]) for kind in every_kind]
    return figures, detail


FTS_ALONE_SQL = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?"
