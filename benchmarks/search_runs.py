"""How the search figures run one query: ours (``search_pks`` and one results page) and the
baselines on a bare cursor (the best single statement, the plain statement, the trigram MATCH
alone), and where their times are kept."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from benchmarks.reference_search import reference_sql
from migdesk.persons import search

SEARCH_LIMIT = 50
FTS_ALONE_SQL = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?"


def plain_search_sql(query: str) -> tuple[str, dict[str, Any]]:
    """The search as one plain statement (how ``search_pks`` was written before it was
    tuned): every match joined to its person and sorted by name."""
    return reference_sql(query, SEARCH_LIMIT)


def rows_sql(pks: list[int]) -> tuple[str, dict[str, int]]:
    """The same results page as ``search.fetch_rows`` reads, as one statement: its short rows
    in ``registry_rows`` (migration 0027) are part of the schema the best statement uses."""
    return search.fetch_rows_statement(pks)


@dataclass
class KindTimes:
    """One kind of query: seconds per run of ours (wall and CPU) and of the baselines, with
    the vault's pages in the OS cache (each first run on the connection included), and cold
    (the first run only, on a fresh connection, the vault dropped from the OS cache)."""

    kind: str
    ours: list[float] = field(default_factory=list)
    ours_cpu: list[float] = field(default_factory=list)
    best: list[float] = field(default_factory=list)  # the best single statement, raw cursor
    plain: list[float] = field(default_factory=list)  # the plain statement (sort every match)
    fts: list[float] = field(default_factory=list)  # the trigram MATCH alone
    cold_ours: list[float] = field(default_factory=list)
    cold_ours_cpu: list[float] = field(default_factory=list)
    cold_best: list[float] = field(default_factory=list)
    cold_plain: list[float] = field(default_factory=list)
    cold_fts: list[float] = field(default_factory=list)
    # Pages each cold first run fetched from the OS (read calls), ours and the best statement.
    cold_ours_reads: list[int] = field(default_factory=list)
    cold_best_reads: list[int] = field(default_factory=list)


def timed(run: Callable[..., list[int]], *args: Any) -> tuple[float, float, list[int]]:
    started, started_cpu = time.perf_counter(), time.process_time()
    result = run(*args)
    return time.perf_counter() - started, time.process_time() - started_cpu, result


def our_page(conn: Connection, query: str) -> list[int]:
    """What one results page needs: the keys and their rows."""
    pks = search.search_pks(conn, query, limit=SEARCH_LIMIT)
    search.fetch_rows(conn, pks)
    return pks


def fts_alone(raw: Any, fts: str) -> list[int]:
    return [int(r[0]) for r in raw.execute(FTS_ALONE_SQL, (fts,))]


def raw_page(raw: Any, sql: str, params: dict[str, Any]) -> list[int]:
    """A statement's keys and their results page, on the raw cursor."""
    pks = [int(r[0]) for r in raw.execute(sql, params)]
    if pks:
        raw.execute(*rows_sql(pks)).fetchall()
    return pks


@dataclass(frozen=True)
class Statements:
    """One query as each side runs it."""

    query: str
    best: tuple[str, dict[str, Any]]
    plain: tuple[str, dict[str, Any]]
    fts: str | None

    @classmethod
    def of(cls, query: str) -> Statements:
        return cls(
            query,
            search.search_statement(query, SEARCH_LIMIT),
            plain_search_sql(query),
            search.search_statement(query, None)[1].get("fts"),
        )

    def best_run(self, raw: Any) -> list[int]:
        return raw_page(raw, *self.best)

    def plain_run(self, raw: Any) -> list[int]:
        return raw_page(raw, *self.plain)

    def fts_run(self, raw: Any) -> list[int]:
        """The trigram MATCH alone: every match, no order (only for queries that have one)."""
        assert self.fts is not None
        return fts_alone(raw, self.fts)

    def baselines(self) -> list[Callable[[Any], list[int]]]:
        """Every baseline run, the best statement last."""
        found = [self.plain_run]
        if self.fts is not None:
            found.append(self.fts_run)
        return [*found, self.best_run]
