"""Bulk insertion of many person records (demo data, benchmarks, large imports).

Each batch is one transaction: a crash or a kill leaves every batch either wholly in the
vault or wholly absent. Rows are built directly as tuples (no transient ORM objects) and go
in through DB-API ``executemany`` on the transaction's own connection. What goes in is
exactly what ``PersonService.add`` stores for the same record, history snapshot included
(byte for byte); ``tests/persons/test_bulk.py`` compares the two paths.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, DateTime, Table

from migdesk.errors import ValidationFailed
from migdesk.identity.translit import fold, to_latin
from migdesk.models import (
    Citizenship,
    CitizenshipAct,
    IdentityDocument,
    Liability,
    MovementRestriction,
    Person,
    PersonMedia,
    PersonRevision,
    Registration,
    ResidencePermit,
)
from migdesk.persons import codec, search
from migdesk.persons.schema import SCHEMA_VERSION
from migdesk.vault import Vault

ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]


class BulkCancelled(Exception):
    """Raised between batches when the caller asked to stop; earlier batches stay."""


def _batches(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


# --- row layouts -------------------------------------------------------------------------------
# Column orders are spelled out here and checked against the models at import, so a column
# added to a model cannot be silently left NULL by the bulk path.

_PERSON_META = ("created_at", "created_by", "updated_at", "updated_by")
_PERSON_COLUMNS = (
    "pk",
    "id",
    *codec.SCALAR_FIELDS,
    "sort_key",
    "keep_until",
    "revision",
    *_PERSON_META,
)
_REVISION_COLUMNS = (
    "person_id",
    "revision",
    "action",
    "changed_at",
    "changed_by",
    "snapshot",
    "changed_fields",
)
# Child models in the order ``codec.apply_to_model`` fills them.
_CHILD_MODELS: tuple[type[Any], ...] = (
    Citizenship,
    IdentityDocument,
    Liability,
    Registration,
    ResidencePermit,
    CitizenshipAct,
    MovementRestriction,
    PersonMedia,
)
# Sub-record columns that ``codec.model_to_json`` leaves out of the JSON (``_row_dict``).
_JSON_HIDDEN = frozenset({"id", "person_pk", "position", "number_norm", "kind"})


def _columns(table: Table) -> tuple[str, ...]:
    return tuple(table.columns.keys())


def _check_layout(table: Table, expected: tuple[str, ...], skip: tuple[str, ...] = ()) -> None:
    actual = {c for c in _columns(table) if c not in skip}
    if actual != set(expected):  # pragma: no cover - guards future schema changes
        raise RuntimeError(
            f"bulk.py: columns of {table.name} changed ({sorted(actual ^ set(expected))})"
        )


_check_layout(Person.__table__, _PERSON_COLUMNS)  # type: ignore[arg-type]
_check_layout(PersonRevision.__table__, _REVISION_COLUMNS, skip=("id",))  # type: ignore[arg-type]


def _child_columns(model: type[Any]) -> tuple[str, ...]:
    """Columns of a sub-record table as inserted: ``person_pk`` first, no ``id``."""
    return ("person_pk", *(c for c in _columns(model.__table__) if c not in {"id", "person_pk"}))


_CHILD_LAYOUT: dict[str, tuple[str, ...]] = {
    model.__tablename__: _child_columns(model) for model in _CHILD_MODELS
}
_JSON_COLUMNS: dict[str, tuple[str, ...]] = {
    model.__tablename__: tuple(c for c in _columns(model.__table__) if c not in _JSON_HIDDEN)
    for model in _CHILD_MODELS
}


def _insert_sql(table: str, columns: Iterable[str]) -> str:
    names = tuple(columns)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


_PERSONS_SQL = _insert_sql("persons", _PERSON_COLUMNS)
_REVISIONS_SQL = _insert_sql("person_revisions", _REVISION_COLUMNS)
_FTS_SQL = "INSERT INTO person_fts(rowid, terms) VALUES (?, ?)"
_CHILD_SQL = {name: _insert_sql(name, cols) for name, cols in _CHILD_LAYOUT.items()}

_scalars = itemgetter(*codec.SCALAR_FIELDS)
# ``json.dumps`` with these options builds a new encoder per call; one shared encoder gives
# the same bytes (``PersonService._canonical``) without that cost.
_canonical = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
_CHANGED_FIELDS = json.dumps(sorted(codec.ALL_FIELDS))


# --- pure helpers, cached: synthetic and imported data repeat names a lot -------------------


@lru_cache(maxsize=65536)
def _latin(name: str) -> str:
    return to_latin(name)


@lru_cache(maxsize=65536)
def _folded_name(full_name: str) -> str:
    return fold(full_name)


def _sort_key(data: dict[str, Any]) -> str:
    """``codec.sort_key`` with the fold cached."""
    parts = [data.get(f"{n}_ru") or data.get(f"{n}_lat") or "" for n in codec.NAME_FIELDS]
    return _folded_name(" ".join(p for p in parts if p))


def _prepare_trusted(raw: dict[str, Any]) -> dict[str, Any]:
    """``codec.prepare_trusted`` with the Latin names filled from a cache beforehand (the
    same values it would compute: ``to_latin`` of the cleaned Russian name, or None)."""
    filled: dict[str, Any] | None = None
    for name in codec.NAME_FIELDS:
        lat_key = f"{name}_lat"
        ru = raw.get(f"{name}_ru")
        if isinstance(ru, str) and codec._clean(raw.get(lat_key)) is None:
            ru = codec._clean(ru)
            if ru is not None:
                if filled is None:
                    filled = dict(raw)
                filled[lat_key] = _latin(ru) or None
    return codec.prepare_trusted(raw if filled is None else filled)


# --- one batch -----------------------------------------------------------------------------


@dataclass
class _Prepared:
    """A batch as rows, with person keys as offsets: the keys are fixed inside the transaction
    that inserts it. ``persons`` rows lack pk and the trailing metadata columns."""

    count: int = 0
    persons: list[tuple[Any, ...]] = field(default_factory=list)
    children: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)  # (offset, ...)
    revisions: list[tuple[str, str]] = field(default_factory=list)  # (id, snapshot)
    terms: list[str] = field(default_factory=list)


def _child_rows(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The sub-record rows ``codec.apply_to_model`` creates, as (table, column values)."""
    rows: list[tuple[str, dict[str, Any]]] = []
    for i, country in enumerate(data["citizenship"]):
        rows.append(("person_citizenships", {"position": i, "country": country}))
    for i, d in enumerate(data["documents"]):
        row = {
            "position": i,
            "kind": d["kind"],
            "series": d.get("series"),
            "number": d["number"],
            "number_norm": codec.normalise_document_number(d.get("series"), d["number"]),
            "issuing_country": d.get("issuing_country"),
            "issued_on": d.get("issued_on"),
            "issued_by": d.get("issued_by"),
            "valid_until": d.get("valid_until"),
        }
        rows.append(("identity_documents", row))
    liabilities = [("administrative", x) for x in data["administrative_liability"]]
    liabilities += [("criminal", x) for x in data["criminal_liability"]]
    for i, (kind, x) in enumerate(liabilities):
        rows.append(
            ("person_liabilities", dict(position=i, kind=kind, **codec._pick(x, Liability)))
        )
    for list_name, model in (
        ("registrations", Registration),
        ("residence_permits", ResidencePermit),
        ("citizenship_acts", CitizenshipAct),
        ("restrictions", MovementRestriction),
    ):
        for i, x in enumerate(data[list_name]):
            rows.append((model.__tablename__, dict(position=i, **codec._pick(x, model))))
    media = [("photo", m) for m in data["photos"]]
    if data["fingerprint_card"] is not None:
        media.append(("fingerprint_card", data["fingerprint_card"]))
    for i, (kind, m) in enumerate(media):
        blob = base64.b64decode(m["data_base64"])
        row = {
            "position": i,
            "kind": kind,
            "mime": m["mime"],
            "sha256": hashlib.sha256(blob).hexdigest(),
            "size": len(blob),
            "captured_on": m.get("captured_on"),
            "description": m.get("description"),
            "data": blob,
        }
        rows.append(("person_media", row))
    return rows


def _json_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    return {c: row.get(c) for c in _JSON_COLUMNS[table]}


def _snapshot(data: dict[str, Any], rows: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """``codec.model_to_json(person, include_media=False)`` of the person these rows make."""
    snap: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "id": data["id"], "revision": 1}
    for name in codec.SCALAR_FIELDS:
        snap[name] = data[name]
    by_table: dict[str, list[dict[str, Any]]] = {}
    for table, row in rows:
        by_table.setdefault(table, []).append(row)
    snap["citizenship"] = [r["country"] for r in by_table.get("person_citizenships", ())]
    snap["documents"] = [
        {"kind": r["kind"], **_json_row("identity_documents", r)}
        for r in by_table.get("identity_documents", ())
    ]
    liabilities = by_table.get("person_liabilities", [])
    for kind in ("administrative", "criminal"):
        snap[f"{kind}_liability"] = [
            _json_row("person_liabilities", r) for r in liabilities if r["kind"] == kind
        ]
    for list_name, model in (
        ("registrations", Registration),
        ("residence_permits", ResidencePermit),
        ("citizenship_acts", CitizenshipAct),
        ("restrictions", MovementRestriction),
    ):
        table = model.__tablename__
        snap[list_name] = [
            {"kind": r["kind"], **_json_row(table, r)} for r in by_table.get(table, ())
        ]

    def media_json(r: dict[str, Any]) -> dict[str, Any]:
        return {
            "mime": r["mime"],
            "sha256": r["sha256"],
            "captured_on": r["captured_on"],
            "description": r["description"],
            "size": r["size"],
        }

    media = by_table.get("person_media", [])
    snap["photos"] = [media_json(r) for r in media if r["kind"] == "photo"]
    cards = [media_json(r) for r in media if r["kind"] == "fingerprint_card"]
    snap["fingerprint_card"] = cards[0] if cards else None
    return snap


def _prepare(batch: list[dict[str, Any]], *, validate: bool) -> _Prepared:
    """Everything that does not need the database: validation, rows, snapshots, index terms."""
    out = _Prepared(count=len(batch))
    for index, raw in enumerate(batch):
        try:
            data = codec.check_person(raw).data if validate else _prepare_trusted(raw)
        except ValidationFailed as exc:
            raise ValidationFailed({f"запись № {index + 1}": str(exc)}) from exc
        out.persons.append((data["id"], *_scalars(data), _sort_key(data), None, 1))
        rows = _child_rows(data)
        for table, row in rows:
            layout = _CHILD_LAYOUT[table]
            out.children.setdefault(table, []).append((index, *[row.get(c) for c in layout[1:]]))
        out.revisions.append((data["id"], _canonical(_snapshot(data, rows))))
        out.terms.append(search.index_terms(data))
    return out


def _datetime_param(conn: Connection, value: datetime) -> Any:
    """``value`` as SQLAlchemy binds it for a DateTime column on this dialect."""
    processor = conn.dialect.type_descriptor(DateTime()).bind_processor(conn.dialect)
    return value if processor is None else processor(value)


def _write(conn: Connection, prepared: _Prepared, user: str) -> int:
    """Insert a prepared batch inside the caller's transaction."""
    if not prepared.count:
        return 0
    now = _datetime_param(conn, datetime.now(UTC).replace(tzinfo=None))
    base = int(conn.exec_driver_sql("SELECT coalesce(max(pk), 0) + 1 FROM persons").scalar_one())
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        meta = (now, user, now, user)
        cursor.executemany(
            _PERSONS_SQL,
            [(base + i, *row, *meta) for i, row in enumerate(prepared.persons)],
        )
        for table, rows in prepared.children.items():
            cursor.executemany(_CHILD_SQL[table], [(base + r[0], *r[1:]) for r in rows])
        cursor.executemany(
            _REVISIONS_SQL,
            [
                (person_id, 1, "create", now, user, snapshot, _CHANGED_FIELDS)
                for person_id, snapshot in prepared.revisions
            ],
        )
        cursor.executemany(_FTS_SQL, [(base + i, terms) for i, terms in enumerate(prepared.terms)])
    finally:
        cursor.close()
    return prepared.count


def insert_batch(
    conn: Connection, batch: list[dict[str, Any]], user: str, *, validate: bool = True
) -> int:
    """Insert ``batch`` inside the caller's transaction on ``conn``; returns how many."""
    return _write(conn, _prepare(batch, validate=validate), user)


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
