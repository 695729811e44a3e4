"""Matching a bundle as one pass in key order (``bundle_matching``) gives exactly what the
probe path gives: the same candidates, scores, reasons, names and order, on a real vault."""

from __future__ import annotations

import random
from typing import Any

import pytest

from migdesk.demo import synthetic_persons
from migdesk.persons import blocking, bundle_matching, link_fields, matching
from migdesk.persons.blocking import record_from_data
from migdesk.persons.bulk import bulk_add
from migdesk.persons.linkage import LinkRecord
from migdesk.persons.service import raw_connection
from migdesk.vault import Vault
from tests.persons.test_matching_batches import _retyped

_IDS = iter(f"00000000-0000-4000-8000-{i:012d}" for i in range(10**6))


@pytest.fixture
def registry(vault: Vault) -> list[dict[str, Any]]:
    """Varied persons, some retyped, some namesakes exactly alike (ties broken by pk)."""
    persons = list(synthetic_persons(300, 16, varied=True))
    rng = random.Random(16)
    persons += [{**_retyped(p, rng), "id": next(_IDS)} for p in persons[:100]]
    persons += [{**p, "id": next(_IDS), "documents": []} for p in persons[:40] for _ in (1, 2)]
    bulk_add(vault, persons, validate=False)
    return persons


def _incoming(stored: list[dict[str, Any]]) -> list[LinkRecord]:
    rng = random.Random(5)
    records = []
    for i, person in enumerate(stored[:260]):
        roll = i % 5
        if roll == 0:  # exactly as stored: the namesakes tie
            data = {**person, "id": f"in-{i}"}
        elif roll == 1:  # only a number in common (``p|`` and ``d|`` keys)
            data = {
                "id": f"in-{i}",
                "surname_ru": "Другой",
                "given_name_ru": "Человек",
                "birth_date": "1901-01-01",
                "personal_number": person.get("personal_number"),
                "documents": person.get("documents") or [],
            }
        elif roll == 2:  # a year only
            data = {**person, "id": f"in-{i}", "birth_date": person["birth_date"][:4]}
        else:
            data = {**_retyped(person, rng), "id": f"in-{i}"}
        records.append(record_from_data(data))
    records.append(record_from_data({**stored[0], "id": stored[0]["id"]}))  # itself: left out
    return records


def _both(raw: Any, records: list[LinkRecord], **kwargs: Any) -> tuple[Any, Any]:
    def run(merge_from: int) -> list[list[tuple[Any, ...]]]:
        matching.MERGE_FROM = merge_from
        found = matching.match_records(raw, records, **kwargs)
        return [[(c.pk, c.id, c.name, c.match) for c in f] for f in found]

    return run(10**9), run(1)


@pytest.mark.parametrize("limit", [1, 3, 100])
def test_merge_path_returns_what_the_probe_path_returns(
    vault: Vault, registry: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    monkeypatch.setattr(matching, "MERGE_FROM", 0)
    monkeypatch.setattr(bundle_matching, "BLOCK", 97)  # several blocks, the last one short
    records = _incoming(registry)
    with vault.read_session() as session:
        raw = raw_connection(session)
        pks = dict(raw.execute("SELECT id, pk FROM persons").fetchall())
        excluded = [pks.get(registry[i]["id"]) if i % 7 == 0 else None for i in range(len(records))]
        skipped = {p["id"] for p in registry[300:330]}
        probe, merged = _both(raw, records, limit=limit)
        assert merged == probe
        assert sum(map(bool, probe)) >= 200
        assert any(len({c[3].score for c in f}) < len(f) for f in probe) or limit == 1  # ties
        assert any("совпадает персональный номер" in c[3].reasons for f in probe for c in f)
        assert any("совпадает номер документа" in c[3].reasons for f in probe for c in f)
        probe, merged = _both(raw, records, limit=limit, exclude_pks=excluded)
        assert merged == probe
        probe, merged = _both(raw, records, limit=limit, skip=skipped.__contains__)
        assert merged == probe
        assert not any(c[1] in skipped for f in merged for c in f)


def test_merge_path_cuts_big_blocks_as_the_probe_path_does(
    vault: Vault, registry: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over ``MAX_CANDIDATES`` a record keeps the candidates sharing most keys: the same."""
    monkeypatch.setattr(matching, "MERGE_FROM", 0)
    monkeypatch.setattr(blocking, "MAX_CANDIDATES", 2)
    monkeypatch.setattr(bundle_matching, "MAX_CANDIDATES", 2)
    records = _incoming(registry)
    with vault.read_session() as session:
        raw = raw_connection(session)
        probe, merged = _both(raw, records, limit=100)
    assert merged == probe
    assert any(len(f) == 2 for f in probe)


def test_merge_path_reads_a_row_moved_since_its_keys_were_written(
    vault: Vault, registry: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stale position (the row rewritten without its keys) is read by the person's pk."""
    monkeypatch.setattr(matching, "MERGE_FROM", 0)
    records = _incoming(registry)
    with vault.read_session() as session:
        before, _merged = _both(raw_connection(session), records, limit=100)
    with vault.session() as session:
        raw = raw_connection(session)
        for pk in range(1, 400, 3):
            link_fields.refresh(raw, pk)
    with vault.read_session() as session:
        probe, merged = _both(raw_connection(session), records, limit=100)
    assert merged == probe == before


def test_merge_path_finds_persons_whose_keys_carry_no_position(
    vault: Vault, registry: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Key entries without a position (some of a key's, or all of them) still give their
    persons, read by pk: no position is asked for them."""
    monkeypatch.setattr(matching, "MERGE_FROM", 0)
    records = _incoming(registry)
    with vault.read_session() as session:
        before, _merged = _both(raw_connection(session), records, limit=100)
    with vault.session() as session:
        raw = raw_connection(session)
        raw.execute("UPDATE person_match_keys SET pos = NULL WHERE person_pk % 3 = 0")
        raw.execute(
            "UPDATE person_match_keys SET pos = NULL WHERE key IN "
            "(SELECT key FROM person_match_keys WHERE person_pk % 5 = 0)"
        )
        emptied = raw.execute(
            "SELECT count(*) FROM (SELECT key FROM person_match_keys GROUP BY key "
            "HAVING count(pos) = 0 AND count(*) > 1)"
        ).fetchone()[0]
    assert emptied > 0  # keys of several persons, none with a position
    with vault.read_session() as session:
        probe, merged = _both(raw_connection(session), records, limit=100)
    assert merged == probe == before
    assert sum(map(bool, merged)) >= 200
