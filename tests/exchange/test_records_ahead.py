"""A bundle's person records are read back, checked and made into rows on a helper thread
while the import plans and writes the batches before them (``exchange.records_ahead``,
issue #17): the rows written are the ones built there, and whatever fails there — or on the
import's own thread while that one reads ahead — fails the whole import with nothing
written and no thread left behind."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from migdesk.exchange import import_bundle, import_plan, person_batch, records_ahead
from migdesk.exchange.person_import import PersonImporter
from migdesk.persons import bulk_rows
from migdesk.persons.bulk import insert_batch
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station, audit_head, person_record, state, write_raw

BATCH = 4  # small batches here, so that a few records make several
MANY = 3 * BATCH + 1
READER = "migdesk-import-read"


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_plan, "PLAN_BATCH", BATCH)
    monkeypatch.setattr(person_batch, "BATCH_MIN", 2)


def _persons(count: int) -> list[dict[str, Any]]:
    return [person_record(sample_person(surname_ru=f"Читаев{i}")) for i in range(count)]


def _readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == READER]


def test_rows_are_built_on_the_reading_thread_and_written_from_there(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: set[str] = set()
    real_record = bulk_rows.Preparer.record

    def record(self: bulk_rows.Preparer, raw: dict[str, Any], check: bool, **kw: Any) -> Any:
        threads.add(threading.current_thread().name)
        return real_record(self, raw, check, **kw)

    given: list[bool] = []
    real_insert = insert_batch

    def insert(*args: Any, rows: Any = None, **kwargs: Any) -> int:
        given.append(rows is not None)
        return real_insert(*args, rows=rows, **kwargs)

    monkeypatch.setattr(bulk_rows.Preparer, "record", record)
    monkeypatch.setattr(person_batch, "insert_batch", insert)
    path = write_raw(kz, AM, stick, _persons(MANY))
    with am.open() as vault:
        assert import_bundle(vault, path).status == "imported"
        assert vault.raw_execute("SELECT count(*) FROM persons") == [(MANY,)]
    assert threads == {READER}  # never on the import's thread
    assert given and all(given)
    assert not _readers()


def test_a_failure_on_the_reading_thread_fails_the_import_with_nothing_written(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches were written before the reading thread failed: they are rolled back."""
    real_ahead = PersonImporter.ahead
    written: list[int] = []
    real_insert = insert_batch

    def insert(*args: Any, **kwargs: Any) -> int:
        written.append(real_insert(*args, **kwargs))
        return written[-1]

    def ahead(self: PersonImporter, number: int, record: dict[str, Any], run: Any) -> Any:
        if number == MANY:
            raise OSError("the disk went away")
        return real_ahead(self, number, record, run)

    monkeypatch.setattr(PersonImporter, "ahead", ahead)
    monkeypatch.setattr(person_batch, "insert_batch", insert)
    path = write_raw(kz, AM, stick, _persons(MANY))
    with am.open() as vault:
        before, head = state(vault), audit_head(vault)
        with pytest.raises(OSError, match="the disk went away"):
            import_bundle(vault, path)
        assert sum(written) >= 2 * BATCH  # written in the transaction, then rolled back
        assert state(vault) == before and audit_head(vault) == head
        assert vault.raw_execute("SELECT count(*) FROM person_match_keys") == [(0,)]
        assert vault.raw_execute("SELECT count(*) FROM attachment_blobs") == [(0,)]
    assert not _readers()


def test_a_failure_on_the_import_thread_stops_the_reading_thread(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reading thread, one record a chunk and waiting to hand over the next, stops
    when the import gives up; the import is rolled back."""
    monkeypatch.setattr(records_ahead, "CHUNK_RECORDS", 1)
    monkeypatch.setattr(records_ahead, "CHUNKS", 1)
    real_plan = PersonImporter.plan_prepared

    def plan(self: PersonImporter, scope: Any, number: int, record: Any, prepared: Any) -> Any:
        if number == BATCH + 2:
            raise RuntimeError("planning failed")
        return real_plan(self, scope, number, record, prepared)

    monkeypatch.setattr(PersonImporter, "plan_prepared", plan)
    path = write_raw(kz, AM, stick, _persons(MANY))
    with am.open() as vault:
        before = state(vault)
        with pytest.raises(RuntimeError, match="planning failed"):
            import_bundle(vault, path)
        assert state(vault) == before
    assert not _readers()


def test_the_preview_reads_ahead_without_building_rows(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    real_record = bulk_rows.Preparer.record

    def record(self: bulk_rows.Preparer, raw: dict[str, Any], check: bool, **kw: Any) -> Any:
        built.append(1)
        return real_record(self, raw, check, **kw)

    monkeypatch.setattr(bulk_rows.Preparer, "record", record)
    bad = person_record(sample_person(birth_date="1985-13-45"))
    path = write_raw(kz, AM, stick, _persons(MANY))
    with am.open() as vault:
        preview = import_bundle(vault, path, dry_run=True).preview
    assert len(preview.new_persons) == MANY and not built
    refused = write_raw(kz, AM, stick, [*_persons(MANY), bad], sequence=2)
    with am.open() as vault, pytest.raises(Exception, match=f"Запись № {MANY + 1}"):
        import_bundle(vault, refused, dry_run=True)
    assert not _readers()


def test_the_reading_connection_lets_its_page_cache_go(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #17: the reading thread's pooled connection kept its page cache (SQLCipher's
    8 MiB default) after the import, beside the import's own; it is let go when the records
    are read (``PRAGMA shrink_memory``), on that thread, and the import goes on."""
    shrunk: list[str] = []
    real_shrink = records_ahead._shrink

    def shrink(session: Any) -> None:
        shrunk.append(threading.current_thread().name)
        real_shrink(session)

    monkeypatch.setattr(records_ahead, "_shrink", shrink)
    path = write_raw(kz, AM, stick, _persons(MANY))
    with am.open() as vault:
        assert import_bundle(vault, path).status == "imported"
        assert vault.raw_execute("SELECT count(*) FROM persons") == [(MANY,)]
    assert shrunk and set(shrunk) == {READER}
    assert not _readers()
