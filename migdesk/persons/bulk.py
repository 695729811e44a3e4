"""Bulk insertion of many person records (demo data, benchmarks, large imports).

Each batch is one transaction: a crash or a kill leaves every batch either wholly in the
vault or wholly absent. Rows go in through SQLAlchemy Core ``executemany``; the ORM only
builds the same snapshot JSON as a normal save, so history stays identical.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, insert, text

from migdesk.errors import ValidationFailed
from migdesk.models import Base, Person
from migdesk.persons import codec, search
from migdesk.vault import Vault

ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]


class BulkCancelled(Exception):
    """Raised between batches when the caller asked to stop; earlier batches stay."""


def _batches(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def _child_rows(person: Person, pk: int) -> dict[Any, list[dict[str, Any]]]:
    rows: dict[Any, list[dict[str, Any]]] = {}
    for relation in (
        "citizenships",
        "documents",
        "liabilities",
        "registrations",
        "residence_permits",
        "citizenship_acts",
        "restrictions",
        "media",
    ):
        for child in getattr(person, relation):
            table = child.__table__
            row = {c: getattr(child, c) for c in table.columns.keys() if c != "id"}
            row["person_pk"] = pk
            rows.setdefault(table, []).append(row)
    return rows


def insert_batch(
    conn: Connection, batch: list[dict[str, Any]], user: str, *, validate: bool = True
) -> int:
    now = datetime.now(UTC).replace(tzinfo=None)
    next_pk = int(conn.execute(text("SELECT coalesce(max(pk), 0) FROM persons")).scalar_one()) + 1
    persons: list[dict[str, Any]] = []
    revisions: list[dict[str, Any]] = []
    fts: list[dict[str, Any]] = []
    children: dict[Any, list[dict[str, Any]]] = {}
    for index, raw in enumerate(batch):
        try:
            data = codec.check_person(raw).data if validate else codec.prepare_trusted(raw)
        except ValidationFailed as exc:
            raise ValidationFailed({f"запись № {index + 1}": str(exc)}) from exc
        pk = next_pk + index
        person = Person(
            id=data["id"],
            revision=1,
            created_at=now,
            created_by=user,
            updated_at=now,
            updated_by=user,
        )
        codec.apply_to_model(person, data)
        persons.append(
            {c: getattr(person, c) for c in Person.__table__.columns.keys()} | {"pk": pk}
        )
        for table, rows in _child_rows(person, pk).items():
            children.setdefault(table, []).extend(rows)
        snapshot = codec.model_to_json(person, include_media=False)
        revisions.append(
            {
                "person_id": person.id,
                "revision": 1,
                "action": "create",
                "changed_at": now,
                "changed_by": user,
                "snapshot": json.dumps(
                    snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":")
                ),
                "changed_fields": json.dumps(sorted(codec.ALL_FIELDS)),
            }
        )
        fts.append({"pk": pk, "terms": search.index_terms(data)})
    conn.execute(insert(Base.metadata.tables["persons"]), persons)
    for table, rows in children.items():
        conn.execute(insert(table), rows)
    conn.execute(insert(Base.metadata.tables["person_revisions"]), revisions)
    conn.execute(text("INSERT INTO person_fts(rowid, terms) VALUES (:pk, :terms)"), fts)
    return len(batch)


def bulk_add(
    vault: Vault,
    records: Iterable[dict[str, Any]],
    *,
    batch_size: int = 5000,
    validate: bool = True,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Insert ``records`` in transactions of ``batch_size``; returns how many went in."""
    done = 0
    for batch in _batches(records, batch_size):
        if cancelled is not None and cancelled():
            raise BulkCancelled(done)
        with vault.engine.begin() as conn:
            done += insert_batch(conn, batch, vault.user, validate=validate)
        if progress is not None:
            progress(done)
    return done
