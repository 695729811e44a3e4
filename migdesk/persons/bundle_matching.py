"""Matching many records at once (a bundle's new persons) as one pass in key order.

The probe path (``matching.match_records`` in batches of ``matching.BATCH``) reads, per
batch, the blocking keys of 500 records and then their candidates' compact rows: at a
million persons both are spread over the whole index and table, so nearly every entry costs
a page of its own. Here a block of up to ``BLOCK`` records is matched together: its probe
keys, sorted, are read in one statement (SQLite walks the key index in order, each page
decrypted once), and its candidates' compact rows in position order in one more. (Sorted
seeks cost what a scan does at this density: a quarter of the rows at 1M, 1.1 s CPU by
position against 1.2 s for a scan filtering them; so no scan is needed.) Each row
is decoded once, when it streams by, and weighed against every record that wants it; each
record keeps only its best ``limit`` (a small heap), so memory does not grow with the
candidates. A row no record can use (a birth date no typo explains, and no number to share)
is not decoded at all.

The results are exactly the probe path's: the same candidates (``blocking.candidates``' set,
its ``MAX_CANDIDATES`` cut included), scores, reasons and order
(``tests/persons/test_bundle_matching.py``).
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import json
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from migdesk.persons import link_fields
from migdesk.persons.blocking import (
    MAX_CANDIDATES,
    display_name,
    key_members,
    probe_keys,
    record_from_row,
)
from migdesk.persons.link_bounds import (
    POSSIBLE_WEIGHT,
    date_weight,
    row_names,
    weigh_row,
    weight_ceiling,
)
from migdesk.persons.link_dates import quick_date_level
from migdesk.persons.linkage import (
    LinkRecord,
    NameForms,
    compare,
    match_level,
)

# Records matched in one pass: about 5 probe keys and 15 candidates each. 10,000, not
# 20,000: the import window of 20,000 persons into the 1M vault peaked at 254 MB with a
# block of 20,000 and 237 MB with 10,000 (goal 250; issue #17), CPU 57.3 s and 54.6 s.
BLOCK = 10_000

# Whether a candidate's id is to be left out (the persons a bundle carries itself).
SkipId = Callable[[str], bool]

# (score, weight, -pk, compact row): the largest ``limit`` of a record are its best, in the
# probe path's order (score, then weight, then the lower pk first).
_Entry = tuple[float, float, int, tuple[Any, ...]]


def match_block(
    raw: Any,
    records: Sequence[LinkRecord],
    exclude_pks: Sequence[int | None] | None,
    limit: int,
    skip: SkipId | None = None,
) -> list[list[tuple[int, str, str, Any]]]:
    """For each record, (pk, id, display name, match) of its best ``limit`` candidates."""
    if limit <= 0:
        return [[] for _ in records]
    with _collector_paused():
        return _match_block(raw, records, exclude_pks, limit, skip)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for one block. A block makes no reference cycles,
    but it allocates a million short-lived objects beside the ~300,000 lists it keeps, and
    the collector kept walking those: 15 % of the block's CPU at 1M (measured)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _match_block(
    raw: Any,
    records: Sequence[LinkRecord],
    exclude_pks: Sequence[int | None] | None,
    limit: int,
    skip: SkipId | None,
) -> list[list[tuple[int, str, str, Any]]]:
    wants, positions = _candidates(raw, records, exclude_pks)
    best: list[list[_Entry]] = [[] for _ in records]
    ceilings = [weight_ceiling(rec) for rec in records]
    # Below ``POSSIBLE_WEIGHT`` only an agreeing number makes a candidate worth a look.
    bars = [
        -math.inf if rec.personal_number or rec.documents else POSSIBLE_WEIGHT for rec in records
    ]

    def take(rows: Iterable[tuple[Any, ...]]) -> None:
        for row in rows:
            pk = row[0]
            # Taken out as it is met: what is left was not at its position (and memory
            # goes down as the pass goes on).
            wanting = wants.pop(pk, None)
            if wanting is None:  # a stale position: another person's row, or met already
                continue
            _weigh_row(records, wanting, pk, row, best, limit, skip, ceilings, bars)

    take(raw.execute(link_fields.AT_POSITIONS_SQL, (json.dumps(positions),)))
    del positions
    if wants:  # no position known, or the row rewritten since: read by the person
        take(raw.execute(link_fields.OF_PERSONS_SQL, (json.dumps(sorted(wants)),)))
    results = []
    for rec, heap in zip(records, best, strict=True):
        ranked = sorted(heap, reverse=True)
        results.append(
            [
                (-neg_pk, row[1], display_name(row), compare(rec, record_from_row(row)[1]))
                for _score, _weight, neg_pk, row in ranked
            ]
        )
    return results


def _candidates(
    raw: Any, records: Sequence[LinkRecord], exclude_pks: Sequence[int | None] | None
) -> tuple[dict[int, int | list[int]], list[int]]:
    """(pk → index of the record it is a candidate of, or the list of them; the compact
    rows' positions, sorted): the candidates ``blocking.candidates`` gives, read with one
    statement for the whole block. Their order does not matter here (the best are picked by
    score), so a record is ranked by shared keys only when it has more than
    ``MAX_CANDIDATES``. Most candidates are wanted by one record: an int, not a list."""
    probes = [probe_keys(rec) for rec in records]
    at: dict[int, int] = {}
    members = key_members(raw, sorted({key for keys in probes for key in keys}), at)
    # Every position the keys carry (a row no record wants after all is read and passed
    # over): the map is let go before the candidates are gathered, a lower peak.
    positions = sorted(set(at.values()))
    del at
    wants: dict[int, int | list[int]] = {}
    for i, keys in enumerate(probes):
        found: set[int] = set()
        for key in keys:
            found.update(members.get(key, ()))
        skip = exclude_pks[i] if exclude_pks is not None else None
        if skip is not None:
            found.discard(skip)
        if len(found) > MAX_CANDIDATES:
            found = set(_most_shared(keys, members, found))
        for pk in found:
            listed = wants.get(pk)
            if listed is None:
                wants[pk] = i
            elif isinstance(listed, int):
                wants[pk] = [listed, i]
            else:
                listed.append(i)
    return wants, positions


def _most_shared(keys: list[int], members: dict[int, list[int]], found: set[int]) -> list[int]:
    """The ``MAX_CANDIDATES`` of ``found`` sharing most keys (then the lower pk), as
    ``blocking.candidates`` cuts them."""
    shared: dict[int, int] = dict.fromkeys(found, 0)
    for key in keys:
        for pk in members.get(key, ()):
            if pk in shared:
                shared[pk] += 1
    return sorted(found, key=lambda pk: (-shared[pk], pk))[:MAX_CANDIDATES]


def _weigh_row(
    records: Sequence[LinkRecord],
    wanting: int | list[int],
    pk: int,
    row: tuple[Any, ...],
    best: list[list[_Entry]],
    limit: int,
    skip: SkipId | None,
    ceilings: list[float],
    bars: list[float],
) -> None:
    """Weigh one stored row against each record that wants it (``matching._ranked``'s tests),
    decoding the row only if one of them may use it; ``skip`` is asked only of a row that
    would be kept (it costs a few µs: most rows are never kept)."""
    names: tuple[NameForms, NameForms, NameForms] | None = None
    skipped: bool | None = None
    born = row[8] or None
    for i in (wanting,) if isinstance(wanting, int) else wanting:
        rec = records[i]
        date = quick_date_level(rec.birth_date, born)
        if date == "differ" and rec.personal_number is None and not rec.documents:
            continue  # ``worth_scoring`` is False: no number of ``rec`` can agree
        heap = best[i]
        # What this candidate must exceed: the weakest kept, or the level at all. A
        # candidate whose ceiling is below it cannot be kept: not decoded, not weighed.
        bar = heap[0][1] if len(heap) >= limit else bars[i]
        room = ceilings[i] + date_weight(date) - bar
        if room < 0:
            continue
        if names is None:
            names = row_names((row[2], row[5]), (row[3], row[6]), (row[4], row[7]))
        weighed = weigh_row(rec, row, names, date, room)
        if weighed is None:
            continue
        score, weight, identifier = weighed
        if match_level(score, identifier=identifier) is None:
            continue
        entry = (score, weight, -pk, row)
        if len(heap) >= limit and entry < heap[0]:
            continue
        if skipped is None:
            skipped = skip is not None and skip(row[1])
        if skipped:
            return
        if len(heap) < limit:
            heapq.heappush(heap, entry)
        else:
            heapq.heapreplace(heap, entry)


def _identifier_shared(a: LinkRecord, b: LinkRecord) -> bool:
    return bool(
        (a.personal_number and a.personal_number == b.personal_number) or a.documents & b.documents
    )


def worth_scoring(a: LinkRecord, b: LinkRecord) -> bool:
    """False for birth dates that no typo explains: such a pair cannot reach «возможный
    дубликат» whatever the names (the date outweighs all names together; checked in
    ``tests/persons/test_linkage.py``), unless a number agrees. Saves most of the scoring."""
    return _identifier_shared(a, b) or quick_date_level(a.birth_date, b.birth_date) != "differ"
