"""Matching one record against the registry, and the whole registry against itself.

Both read only through the blocking index (``person_match_keys``): a record is compared with
the few records sharing one of its keys, never with the whole registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from migdesk.persons.blocking import (
    MAX_CANDIDATES,
    blocking_keys,
    candidate_pks,
    display_name,
    load_records,
    load_rows,
)
from migdesk.persons.linkage import LinkRecord, Match, compare, date_level

# The scan never scores more than this many pairs in one block (a key shared by thousands
# is not evidence of anything; the other keys of the same records still meet).
MAX_BLOCK = 400


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


def _identifier_shared(a: LinkRecord, b: LinkRecord) -> bool:
    return bool(
        (a.personal_number and a.personal_number == b.personal_number) or a.documents & b.documents
    )


def worth_scoring(a: LinkRecord, b: LinkRecord) -> bool:
    """False for birth dates that no typo explains: such a pair cannot reach «возможный
    дубликат» whatever the names (the date outweighs all names together; checked in
    ``tests/persons/test_linkage.py``), unless a number agrees. Saves most of the scoring."""
    return _identifier_shared(a, b) or date_level(a.birth_date, b.birth_date) != "differ"


def match_record(
    raw: Any, rec: LinkRecord, *, exclude_pk: int | None = None, limit: int = 10
) -> list[Candidate]:
    """Stored records that may be the person of ``rec``, best first."""
    pks = candidate_pks(raw, blocking_keys(rec), exclude=exclude_pk)
    scored: list[Candidate] = []
    for pk, other, row in load_rows(raw, pks):
        if other.id == rec.id or not worth_scoring(rec, other):
            continue
        found = compare(rec, other)
        if found.level is not None:
            scored.append(Candidate(pk, other.id, display_name(row), found))
    scored.sort(key=lambda c: (-c.match.score, -c.match.weight, c.pk))
    return scored[:limit]


ScanProgress = Callable[[int, int], None]  # (done, total) key entries
ScanCancelled = Callable[[], bool]


def _blocks(raw: Any) -> Iterator[tuple[int, list[int], int]]:
    """(key, persons, entries walked so far) for every key shared by two or more persons,
    walking the (key, person) index in order: flat memory at any size."""
    cursor = raw.execute("SELECT key, person_pk FROM person_match_keys ORDER BY key, person_pk")
    current: int | None = None
    members: list[int] = []
    walked = 0
    while rows := cursor.fetchmany(20000):
        for key, pk in rows:
            walked += 1
            if key != current:
                if len(members) > 1 and current is not None:
                    yield current, members, walked
                current, members = key, []
            members.append(pk)
    if len(members) > 1 and current is not None:
        yield current, members, walked


def scan_registry(
    raw: Any,
    *,
    progress: ScanProgress | None = None,
    cancelled: ScanCancelled | None = None,
) -> Iterator[tuple[int, int, Match]]:
    """(pk, pk, match) for every pair of the registry worth a look, each pair once.

    A pair sharing several keys meets in several blocks; only the pairs found are
    remembered to report each once (they are few), so memory grows with the findings alone.
    """
    total = int(raw.execute("SELECT count(*) FROM person_match_keys").fetchone()[0])
    reader = raw.cursor()
    step = max(total // 200, 1)
    last_report = 0
    reported: set[tuple[int, int]] = set()
    for _key, members, walked in _blocks(reader):
        if cancelled is not None and cancelled():
            return
        if progress is not None and walked - last_report >= step:
            progress(walked, total)
            last_report = walked
        records = load_records(raw, members[:MAX_BLOCK])
        for i, (pk_a, a) in enumerate(records):
            for pk_b, b in records[i + 1 :]:
                pair = (pk_a, pk_b) if pk_a < pk_b else (pk_b, pk_a)
                if pair in reported or not worth_scoring(a, b):
                    continue
                found = compare(a, b)
                if found.level is not None:
                    reported.add(pair)
                    yield (*pair, found)
    if progress is not None:
        progress(total, total)


__all__ = [
    "MAX_BLOCK",
    "MAX_CANDIDATES",
    "Candidate",
    "Pair",
    "display_names",
    "match_record",
    "scan_registry",
    "worth_scoring",
]
