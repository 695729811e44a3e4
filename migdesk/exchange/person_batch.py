"""New persons of a bundle written together (issue #17): the rows ``PersonImporter._insert``
writes for each of them — person and sub-records, history, search index, linkage keys
(``persons.bulk.insert_batch``), handling limits and one audit entry per person (both with
one ``executemany``) — without an ORM object or a SELECT per person.
``tests/exchange/test_person_batch.py`` imports one bundle both ways and compares the tables.

Persons whose limits row already exists (a record destroyed here and received again) and
links to a probable local match take the per-record calls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, insert, select, update

from migdesk.exchange.items import ImportScope
from migdesk.exchange.keys import now_utc
from migdesk.exchange.preview import PersonMatch
from migdesk.models import HandlingLimits, Person
from migdesk.persons.bulk import insert_batch, write_held_keys
from migdesk.persons.bulk_rows import RecordRows
from migdesk.security import audit
from migdesk.security.handling import Received, check_received

# Fewer new persons than this in a bundle are written one by one (``_insert``).
BATCH_MIN = 2
# Ids per ``IN (…)`` list (SQLite allows 32,766 parameters).
CHUNK = 5000
# New persons whose linkage keys, registry positions and search-index rows are held back and
# then written together, in key and in registry order (``bulk.write_held_keys``; about 500
# bytes a person in memory meanwhile, in the import's temporary tables).
HOLD_KEYS = 20_000
_HELD = "person_keys_held"  # how many persons' keys are held now (``scope.extras``)


@dataclass
class NewPerson:
    data: dict[str, Any]
    handling: dict[str, Any]
    match: list[PersonMatch | None]  # the holder ``_match_later`` fills
    written: bool = False
    rows: RecordRows | None = None  # built ahead on the import's reading thread


def received_of(scope: ImportScope, person_id: str, handling: dict[str, Any]) -> Received:
    keep = handling.get("keep_until")
    return Received(
        record_kind="person",
        record_id=person_id,
        provider_authority=scope.sender,
        purpose=handling.get("purpose") or scope.purpose,
        source_bundle_id=scope.bundle_id,
        source_request_id=handling.get("request_id"),
        no_onward_transfer=handling.get("no_onward_transfer", True),
        keep_until=date.fromisoformat(keep) if keep else None,
        source_reliability=handling.get("source_reliability"),
        information_accuracy=handling.get("information_accuracy"),
    )


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def existing_person_ids(scope: ImportScope, ids: list[str]) -> set[str]:
    """Which of ``ids`` are stored persons: one query per ``CHUNK`` ids."""
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(scope.session.scalars(select(Person.id).where(Person.id.in_(chunk))))
    return found


def _limited(scope: ImportScope, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(
            scope.session.scalars(
                select(HandlingLimits.record_id).where(
                    HandlingLimits.record_kind == "person", HandlingLimits.record_id.in_(chunk)
                )
            )
        )
    return found


def write_new(
    scope: ImportScope,
    pending: list[NewPerson],
    one_by_one: Callable[[NewPerson], None],
    link: Callable[[NewPerson], None],
) -> None:
    """Write ``pending`` in the import's transaction. ``one_by_one`` is the per-record path
    (for too few persons, or a limits row already there); ``link`` records a chosen link."""
    if len(pending) < BATCH_MIN:
        for person in pending:
            one_by_one(person)
        return
    session = scope.session
    limited = _limited(scope, [p.data["id"] for p in pending])
    batch = [p for p in pending if p.data["id"] not in limited]
    received = [received_of(scope, p.data["id"], p.handling) for p in batch]
    for item in received:
        check_received(item)
    session.flush()
    built = [p.rows for p in batch if p.rows is not None]
    insert_batch(
        session.connection(),
        [p.data for p in batch],
        scope.user,
        checked=True,
        hold_keys=True,
        rows=built if len(built) == len(batch) else None,
    )
    scope.extras[_HELD] = scope.extras.get(_HELD, 0) + len(batch)
    if scope.extras[_HELD] >= HOLD_KEYS:
        write_keys_held(scope)
    now = now_utc()
    # Core, not the ORM's bulk insert: the same rows without its per-row bookkeeping.
    session.connection().execute(
        insert(cast(Table, HandlingLimits.__table__)),
        [{**vars(item), "received_at": now} for item in received],
    )
    for item in received:
        if item.keep_until is not None:  # the provider's limit (``record_received``)
            session.execute(
                update(Person).where(Person.id == item.record_id).values(keep_until=item.keep_until)
            )
    audit.append_many(
        session,
        scope.user,
        [
            audit.Entry(
                "person.import",
                record_kind="person",
                record_id=item.record_id,
                purpose=item.purpose,
                details={"bundle_id": scope.bundle_id, "from": scope.sender},
            )
            for item in received
        ],
    )
    for person in batch:
        link(person)
    for person in pending:
        if person.data["id"] in limited:
            one_by_one(person)


def write_keys_held(scope: ImportScope) -> None:
    """The linkage keys held back by ``write_new``, written in key order: after every
    ``HOLD_KEYS`` persons and when the import's persons are all written (``close``)."""
    if scope.extras.pop(_HELD, 0):
        write_held_keys(scope.session.connection())
