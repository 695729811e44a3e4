"""Matching records against the registry, and the whole registry against itself.

Both read only through the blocking index (``person_match_keys``): a record is compared with
the few records sharing one of its keys, never with the whole registry. Records are matched a
batch at a time: one index read for the candidates of the whole batch and one read of their
short rows in ``person_link_fields`` (laid out in name order, so namesakes share pages), by
the positions the index entries carry. Each
pair is weighed first (``weigh``); only the best candidates get their reasons written.
A bundle's many new persons are matched as one pass in key order (``bundle_matching``), with
exactly the same results.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from migdesk.persons import bundle_matching
from migdesk.persons.blocking import (
    MAX_CANDIDATES,
    candidates,
    display_name,
    iter_records,
    load_rows,
    probe_keys,
)
from migdesk.persons.bundle_matching import SkipId, worth_scoring
from migdesk.persons.linkage import (
    LinkRecord,
    Match,
    compare,
    match_level,
    quick_level,
    weigh,
)

# Records matched together: one index read and one row read per batch.
BATCH = 500
# From this many records on, they are matched as one pass in key order (``bundle_matching``).
# Measured at 1M (CPU, persons/s, pass against batches of 500): 500 records 1,960 / 2,025,
# 1,000: 2,286 / 2,052, 2,000: 2,412 / 1,999, 5,000: 2,677 / 1,858, 20,000: ~2,500 / 1,475.
MERGE_FROM = 1000


@dataclass(frozen=True)
class Candidate:
    pk: int
    id: str
    name: str
    match: Match


@dataclass(frozen=True)
class Pair:
    """Two records of the registry that may be one person."""

    a: Candidate
    b: Candidate

    @property
    def match(self) -> Match:
        return self.b.match


def display_names(raw: Any, pks: list[int]) -> dict[int, tuple[str, str]]:
    """pk → (id, «Фамилия Имя Отчество, дата рождения») for the lists."""
    return {pk: (rec.id, display_name(row)) for pk, rec, row in load_rows(raw, pks)}


def _ranked(
    rec: LinkRecord,
    found: Iterator[tuple[int, LinkRecord, tuple[Any, ...]]],
    limit: int,
    skip: SkipId | None,
) -> list[Candidate]:
    """The best ``limit`` candidates at a level, best first; only they get their reasons."""
    weighed: list[tuple[float, float, int, LinkRecord, tuple[Any, ...]]] = []
    for pk, other, row in found:
        if other.id == rec.id or not worth_scoring(rec, other):
            continue
        score, weight, identifier = weigh(rec, other)
        if match_level(score, identifier=identifier) is None:
            continue
        if skip is None or not skip(other.id):  # asked last: a few µs a call
            weighed.append((-score, -weight, pk, other, row))
    best = heapq.nsmallest(limit, weighed, key=lambda w: (w[0], w[1], w[2]))
    return [
        Candidate(pk, other.id, display_name(row), compare(rec, other))
        for *_, pk, other, row in best
    ]


def match_records(
    raw: Any,
    records: Sequence[LinkRecord],
    *,
    exclude_pks: Sequence[int | None] | None = None,
    limit: int = 10,
    skip: SkipId | None = None,
) -> list[list[Candidate]]:
    """For each record, the stored records that may be the same person, best first; never
    the persons whose id ``skip`` says (before ranking: they take no place of ``limit``).

    A few records (an entry check, an officer's small bundle) are matched in batches of
    ``BATCH``; from ``MERGE_FROM`` on, in blocks of ``bundle_matching.BLOCK`` as one pass in
    key order. Both give exactly the same candidates."""
    if len(records) >= MERGE_FROM:
        return _merged(raw, records, exclude_pks, limit, skip)
    results: list[list[Candidate]] = []
    for start in range(0, len(records), BATCH):
        batch = records[start : start + BATCH]
        excluded = exclude_pks[start : start + BATCH] if exclude_pks is not None else None
        at: dict[int, int] = {}
        found = candidates(raw, [probe_keys(rec) for rec in batch], exclude=excluded, positions=at)
        rows = {pk: (other, row) for pk, other, row in load_rows(raw, _union(found), at)}
        for rec, pks in zip(batch, found, strict=True):
            loaded = ((pk, *rows[pk]) for pk in pks if pk in rows)
            results.append(_ranked(rec, loaded, limit, skip))
    return results


def _merged(
    raw: Any,
    records: Sequence[LinkRecord],
    exclude_pks: Sequence[int | None] | None,
    limit: int,
    skip: SkipId | None,
) -> list[list[Candidate]]:
    results: list[list[Candidate]] = []
    size = bundle_matching.BLOCK
    for start in range(0, len(records), size):
        excluded = exclude_pks[start : start + size] if exclude_pks is not None else None
        for found in bundle_matching.match_block(
            raw, records[start : start + size], excluded, limit, skip
        ):
            results.append([Candidate(*c) for c in found])
    return results


def match_record(
    raw: Any, rec: LinkRecord, *, exclude_pk: int | None = None, limit: int = 10
) -> list[Candidate]:
    """Stored records that may be the person of ``rec``, best first."""
    return match_records(raw, [rec], exclude_pks=[exclude_pk], limit=limit)[0]


def _union(found: list[list[int]]) -> list[int]:
    return sorted({pk for pks in found for pk in pks})


ScanProgress = Callable[[int, int], None]  # (done, total) persons
ScanCancelled = Callable[[], bool]


def scan_registry(
    raw: Any,
    *,
    progress: ScanProgress | None = None,
    cancelled: ScanCancelled | None = None,
) -> Iterator[tuple[int, int, Match]]:
    """(pk, pk, match) for every pair of the registry worth a look, each pair once.

    Walks the persons in key order, a batch at a time, and compares each with its
    candidates of a higher key: a pair is met once, from its lower key, so nothing found is
    remembered and memory stays flat (the pairs are streamed to the caller)."""
    total = int(raw.execute("SELECT count(*) FROM persons").fetchone()[0])
    reader = raw.cursor()
    step = max(total // 200, 1)
    done, last_report = 0, 0
    walk = iter_records(reader, batch=BATCH)
    while True:
        batch = [item for _, item in zip(range(BATCH), walk, strict=False)]
        if not batch:
            break
        if cancelled is not None and cancelled():
            return
        at: dict[int, int] = {}
        found = candidates(
            raw,
            [probe_keys(rec) for _pk, rec in batch],
            above=[pk for pk, _rec in batch],
            positions=at,
        )
        rows = dict(load_rows_records(raw, _union(found), at))
        for (pk_a, a), pks in zip(batch, found, strict=True):
            for pk_b in pks:
                b = rows.get(pk_b)
                if b is None or not worth_scoring(a, b) or not quick_level(a, b):
                    continue
                yield pk_a, pk_b, compare(a, b)
        done += len(batch)
        if progress is not None and done - last_report >= step:
            progress(done, total)
            last_report = done
    if progress is not None:
        progress(total, total)


def load_rows_records(
    raw: Any, pks: list[int], positions: dict[int, int] | None = None
) -> Iterator[tuple[int, LinkRecord]]:
    return ((pk, rec) for pk, rec, _row in load_rows(raw, pks, positions))


__all__ = [
    "BATCH",
    "MAX_CANDIDATES",
    "Candidate",
    "Pair",
    "display_names",
    "match_record",
    "match_records",
    "scan_registry",
    "worth_scoring",
]
