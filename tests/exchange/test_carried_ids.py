"""The compact set of (type, id) a bundle carries (``exchange.carried_ids``), and the survey
made while ``records.json`` is decrypted: planning is the only pass that reads the records
back (issue #14: they were parsed once decrypting, once surveying, once planning)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from migdesk.bundles.records_stream import iter_records
from migdesk.exchange import (
    ExchangeReason,
    ExchangeRefused,
    apply_staged,
    import_bundle,
    import_records,
    stage_import,
)
from migdesk.exchange.carried_ids import CarriedIds
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station, person_record, write_raw


def test_membership_order_and_other_ids() -> None:
    ids = [str(uuid.uuid4()) for _ in range(3000)]
    carried = CarriedIds()
    for number, person_id in enumerate(ids, start=1):
        carried.add("person", person_id, number)
    carried.add("request", ids[0], 3001)  # the same id under another type is no duplicate
    carried.add("statistics", "Q1-2026", 3002)  # not a UUID: kept as it is
    assert carried.freeze() is None
    assert len(carried) == 3002
    assert all(carried.contains("person", i) for i in ids)
    assert carried.contains("request", ids[0]) and not carried.contains("request", ids[1])
    assert not carried.contains("person", str(uuid.uuid4()))
    assert not carried.contains("person", ids[0].upper())  # one spelling
    assert not carried.contains("family", ids[0])  # a type the bundle does not carry
    assert carried.contains("statistics", "Q1-2026")
    assert sorted(carried.ids("person")) == sorted(ids)
    assert list(carried.ids("statistics")) == ["Q1-2026"]
    assert list(CarriedIds.empty().ids("person")) == []


def test_the_first_duplicate_in_bundle_order_is_named() -> None:
    a, b = str(uuid.UUID(int=7)), str(uuid.UUID(int=7 + (1 << 64)))  # same last byte
    carried = CarriedIds()
    for number, (kind, record_id) in enumerate(
        [("person", a), ("person", b), ("x", "n"), ("person", b), ("x", "n"), ("person", a)],
        start=1,
    ):
        carried.add(kind, record_id, number)
    assert carried.freeze() == (2, 4, "person", b)
    other = CarriedIds()
    for number, (kind, record_id) in enumerate([("x", "n"), ("person", a), ("x", "n")], 1):
        other.add(kind, record_id, number)
    assert other.freeze() == (1, 3, "x", "n")


def _persons(count: int) -> list[dict[str, Any]]:
    return [person_record(sample_person()) for _ in range(count)]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    reads: list[int] = []
    real = iter_records

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_records, "iter_records", counted)
    return reads


def test_records_are_read_back_only_to_plan(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Surveyed while decrypted: the preview and the apply each read the staged records
    once (before: twice each — a survey pass, then the planning pass)."""
    path = write_raw(kz, AM, stick, _persons(5))
    reads = _counting(monkeypatch)
    with am.open() as vault:
        staged = stage_import(vault, path)
        assert len(reads) == 1
        assert apply_staged(vault, staged).status == "imported"
        assert len(reads) == 2


def test_a_duplicate_found_while_decrypting_is_refused_after_verification(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = _persons(4)
    records.append({**records[1]})
    reads = _counting(monkeypatch)
    with am.open() as vault, pytest.raises(ExchangeRefused) as caught:
        import_bundle(vault, write_raw(kz, AM, stick, records))
    assert caught.value.reason is ExchangeReason.INVALID_RECORD
    assert "№ 2 и № 5" in str(caught.value)
    assert reads == []  # refused by the survey: nothing read back
