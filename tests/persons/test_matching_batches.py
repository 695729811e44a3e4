"""The batched matching and the person-walking registry scan give exactly what comparing
every pair of a small real vault gives (restricted to pairs that meet in a blocking key)."""

from __future__ import annotations

import functools
import random
from typing import Any

import pytest

from migdesk.demo import synthetic_persons
from migdesk.persons import link_fields, matching
from migdesk.persons.blocking import (
    blocking_keys,
    candidates,
    iter_records,
    load_rows,
    probe_keys,
    record_from_data,
    record_from_row,
)
from migdesk.persons.bulk import bulk_add
from migdesk.persons.duplicates import DuplicateService
from migdesk.persons.linkage import LinkRecord, compare
from migdesk.persons.matching import match_record, match_records, scan_registry, worth_scoring
from migdesk.persons.service import raw_connection
from migdesk.vault import Vault


@functools.cache
def _keys(rec: LinkRecord) -> tuple[frozenset[int], frozenset[int]]:
    return frozenset(blocking_keys(rec)), frozenset(probe_keys(rec))


def _meet(a: LinkRecord, b: LinkRecord) -> bool:
    """``blocking.blocked`` with the keys computed once per record (hundreds of pairs)."""
    met = bool(_keys(a)[1] & _keys(b)[0])
    assert met == bool(_keys(b)[1] & _keys(a)[0])  # meeting is symmetric
    return met


_KAZAKH_AS_RUSSIAN = str.maketrans("ӘәҒғҚқҰұҮүІі", "АаГгКкУуУуИи")


def _retyped(person: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same person typed again: Kazakh letters as Russian, sometimes a year only, a
    swapped day and month, or a digit of the day mistyped."""
    data = {**person, "id": None, "documents": [], "personal_number": None}
    data["surname_ru"] = (person["surname_ru"] or "").translate(_KAZAKH_AS_RUSSIAN)
    born = person["birth_date"]
    roll = rng.random()
    if len(born) == 10 and roll < 0.2:
        data["birth_date"] = born[:4]
    elif len(born) == 10 and roll < 0.4 and int(born[8:10]) <= 12:
        data["birth_date"] = f"{born[:4]}-{born[8:10]}-{born[5:7]}"
    elif len(born) == 10 and roll < 0.6:
        data["birth_date"] = f"{born[:8]}{'1' if born[8] != '1' else '2'}{born[9]}"
    return data


@pytest.fixture
def stored(vault: Vault) -> list[tuple[int, LinkRecord]]:
    persons = list(synthetic_persons(300, 16, varied=True))
    rng = random.Random(16)
    persons += [_retyped(p, rng) for p in persons[:120]]
    for i, person in enumerate(persons[300:]):
        person["id"] = f"00000000-0000-4000-8000-{i:012d}"
    bulk_add(vault, persons, validate=False)
    # Plainly from ``persons`` and its child rows, in key order: what matching reads from
    # the compact rows must be what is stored.
    rows = vault.raw_execute(link_fields.FROM_PERSONS_SQL + " ORDER BY p.pk")
    stored = [record_from_row(tuple(row)) for row in rows]
    with vault.read_session() as session:
        assert sorted(iter_records(raw_connection(session), batch=57)) == stored
    return stored


def _everything(
    rec: LinkRecord, stored: list[tuple[int, LinkRecord]], exclude: int | None
) -> list[tuple[str, float]]:
    """What scoring the whole registry finds for ``rec`` (only records it meets)."""
    found = []
    for pk, other in stored:
        if pk == exclude or other.id == rec.id:
            continue
        if _meet(rec, other) and worth_scoring(rec, other):
            match = compare(rec, other)
            if match.level is not None:
                found.append((other.id, round(match.score, 9)))
    return sorted(found)


def test_batched_matching_finds_what_comparing_everything_finds(
    vault: Vault, stored: list[tuple[int, LinkRecord]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "BATCH", 37)  # several batches, the last one short
    rng = random.Random(3)
    incoming = [
        record_from_data({**_retyped(p, rng), "id": f"in-{i}"})
        for i, p in enumerate(synthetic_persons(150, 16, varied=True))
    ]
    with vault.read_session() as session:
        raw = raw_connection(session)
        batched = match_records(raw, incoming, limit=100)
        one_by_one = [match_record(raw, rec, limit=100) for rec in incoming]
    expected = [_everything(rec, stored, None) for rec in incoming]
    got = [sorted((c.id, round(c.match.score, 9)) for c in found) for found in batched]
    assert got == expected
    assert sum(map(bool, got)) >= 100  # the retyped persons are found
    assert [[c.id for c in f] for f in batched] == [[c.id for c in f] for f in one_by_one]
    for found in batched:  # best first
        scores = [c.match.score for c in found]
        assert scores == sorted(scores, reverse=True)


def test_rows_read_by_position_are_the_rows_read_by_person(
    vault: Vault, stored: list[tuple[int, LinkRecord]]
) -> None:
    """The positions the key entries carry lead to the persons' own rows; a position gone
    stale (the row rewritten without its keys) is read by the person's pk instead."""
    records = [rec for _pk, rec in stored[::7]]
    with vault.read_session() as session:
        raw = raw_connection(session)
        at: dict[int, int] = {}
        found = candidates(raw, [probe_keys(rec) for rec in records], positions=at)
        pks = sorted({pk for pks in found for pk in pks})
        assert len(pks) > 50 and set(at) == set(pks)
        by_pk = load_rows(raw, pks)
        assert sorted(load_rows(raw, pks, at)) == sorted(by_pk)
        before = match_records(raw, records, limit=100)
    moved = pks[::3]
    with vault.session() as session:  # rows rewritten: new positions, the keys left as they were
        raw = raw_connection(session)
        for pk in moved:
            link_fields.refresh(raw, pk)
    with vault.read_session() as session:
        raw = raw_connection(session)
        assert all(link_fields.position(raw, pk) != at[pk] for pk in moved)
        unplaced = sorted((pk, rec, row[:-1]) for pk, rec, row in by_pk)  # (the position last)
        assert sorted((pk, rec, row[:-1]) for pk, rec, row in load_rows(raw, pks, at)) == unplaced
        after = match_records(raw, records, limit=100)
    assert [[(c.id, c.match) for c in f] for f in after] == [
        [(c.id, c.match) for c in f] for f in before
    ]


def test_a_stored_record_is_not_its_own_duplicate(
    vault: Vault, stored: list[tuple[int, LinkRecord]]
) -> None:
    pk, rec = stored[5]
    with vault.read_session() as session:
        found = match_record(raw_connection(session), rec, exclude_pk=pk, limit=100)
    assert sorted((c.id, round(c.match.score, 9)) for c in found) == _everything(rec, stored, pk)


def test_scan_finds_every_pair_once(
    vault: Vault, stored: list[tuple[int, LinkRecord]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "BATCH", 41)
    expected = set()
    for i, (pk_a, a) in enumerate(stored):
        for pk_b, b in stored[i + 1 :]:
            if _meet(a, b) and worth_scoring(a, b) and compare(a, b).level is not None:
                expected.add((pk_a, pk_b, round(compare(a, b).score, 9)))
    with vault.read_session() as session:
        found = [(a, b, round(m.score, 9)) for a, b, m in scan_registry(raw_connection(session))]
    assert len(found) == len(set(found))
    assert set(found) == expected
    assert len(expected) >= 120

    pairs = DuplicateService(vault).scan()
    assert len(pairs) == len(expected)
    scores = [p.b.score for p in pairs]
    assert scores == sorted(scores, reverse=True)
    assert [p.to_json() for p in DuplicateService(vault).scan(limit=7)] == [
        p.to_json() for p in pairs[:7]
    ]
