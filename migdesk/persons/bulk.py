"""Bulk insertion of many person records (demo data, benchmarks, large imports).

Each batch is one transaction: a crash or a kill leaves every batch either wholly in the
vault or wholly absent. What goes in is what ``PersonService.add`` stores for the same record:
the same row values, the same history snapshot byte for byte, the same search index text
(``tests/persons/test_bulk.py`` compares the two paths).

How it is fast (figures in ``benchmarks/``):

* Rows are built as tuples straight from the normalised data, and the snapshot JSON from
  the same data, without transient ORM objects. The reference mapping (``apply_to_model`` and
  ``model_to_json`` of ``migdesk.persons.codec`` on transient ORM objects) still serves the
  records with rare sub-records (liabilities, registrations, permits, acts, restrictions,
  media, retention date), and it is the spot check: the first record of every batch goes
  through both ways, and should they ever disagree (the codec changed, this module did not
  follow) the rest of the run uses the reference mapping and a ``RuntimeWarning`` says so.
* Transliterations and folds of names are cached: names repeat a lot.
* Records are validated and turned into rows in a helper thread while the previous batch is
  written. Each table of a batch goes in as one ``INSERT … SELECT … FROM json_each(?)``: one
  parameter, so SQLite does all the work of a table in one step with the GIL released and
  the helper thread keeps running (``executemany`` takes the GIL back for every row and
  would stall both). Values that JSON does not carry as they are (blobs; anything but text,
  integers and NULL) go in through ``executemany``.
* The writing connection gets a larger page cache for the run (its size is restored
  afterwards), so index pages with random keys are not decrypted again and again.

Durability is untouched: WAL with ``synchronous = FULL`` (SQLite's default), so every
committed batch is on disk before the next one starts.
"""

from __future__ import annotations

import contextlib
import json
import queue
import threading
import uuid
import warnings
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, DateTime, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from migdesk.errors import ValidationFailed
from migdesk.identity.translit import fold, to_latin
from migdesk.models import Person
from migdesk.persons import codec, registry_order, search
from migdesk.persons.blocking import blocking_keys, record_from_data
from migdesk.persons.schema import SCHEMA_VERSION
from migdesk.progress import Cancelled
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault
from migdesk.vault.engine import WRITE_OPTION

ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]

# Page cache of the writing connection during a bulk run, KiB (SQLite's default: 8 MiB). At
# a million persons the indexes with random keys (ids, personal and document numbers, dates)
# outgrow the default and every insert would read and decrypt their pages anew.
BULK_CACHE_KIB = 256 * 1024


class BulkCancelled(Cancelled):
    """Raised between batches when the caller asked to stop; earlier batches stay."""


def _batches(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


# --- row layouts -------------------------------------------------------------------------------

_META = ("created_at", "created_by", "updated_at", "updated_by")
_PERSON_TABLE = cast(Table, Person.__table__)
# Person columns filled from the record: everything but the key and who/when.
_PERSON_DATA = tuple(c for c in _PERSON_TABLE.columns.keys() if c not in {"pk", *_META})
# Person relationships (sub-records) in mapper order: attribute name, table.
_RELATIONS = tuple(
    (rel.key, cast(Table, rel.mapper.local_table)) for rel in Person.__mapper__.relationships
)
_CHILD_TABLES = {table.name: table for _, table in _RELATIONS}
# Sub-record columns as inserted, ``person_pk`` first.
_CHILD_LAYOUT = {
    name: ("person_pk", *(c for c in table.columns.keys() if c not in {"id", "person_pk"}))
    for name, table in _CHILD_TABLES.items()
}
_REVISION_COLUMNS = (
    "person_id",
    "revision",
    "action",
    "changed_at",
    "changed_by",
    "snapshot",
    "changed_fields",
)

# What the fast path builds itself. Should the models gain a column it does not know, it
# stays off and every record takes the reference mapping.
_FAST_PERSON = {*codec.SCALAR_FIELDS, "id", "sort_key", "keep_until", "revision"}
_CITIZENSHIP = ("position", "country")
_DOCUMENT = (
    "position",
    "kind",
    "series",
    "number",
    "number_norm",
    "issuing_country",
    "issued_on",
    "issued_by",
    "valid_until",
)
_DOCUMENT_JSON = tuple(sorted(c for c in _DOCUMENT if c not in {"position", "number_norm"}))
_FAST_LAYOUT = (
    set(_PERSON_DATA) <= _FAST_PERSON
    and set(_CHILD_LAYOUT.get("person_citizenships", ())[1:]) == set(_CITIZENSHIP)
    and set(_CHILD_LAYOUT.get("identity_documents", ())[1:]) == set(_DOCUMENT)
)
_FAST_LISTS = frozenset({"citizenship", "documents"})  # other sub-records: reference mapping
# Top-level keys of ``codec.model_to_json``, sorted: the snapshot is built in this order and
# encoded without sorting (the spot check compares it with the sorted reference).
_SNAPSHOT_KEYS = tuple(
    sorted(
        {
            "schema_version",
            "id",
            "revision",
            *codec.SCALAR_FIELDS,
            *codec.LIST_FIELDS,
            "fingerprint_card",
            "keep_until",
        }
    )
)
_person_values = itemgetter(*_PERSON_DATA)
_citizenship_values = itemgetter(*_CHILD_LAYOUT.get("person_citizenships", ("", "position"))[1:])
_document_values = itemgetter(*_CHILD_LAYOUT.get("identity_documents", ("", "position"))[1:])
_NO_ITEMS: tuple[Any, ...] = ()

# ``json.dumps`` with options builds an encoder per call; shared ones give the same text.
_canonical = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
_presorted = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_CHANGED_FIELDS = json.dumps(sorted(codec.ALL_FIELDS))


def _values_sql(table: str, columns: Iterable[str]) -> str:
    names = tuple(columns)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def _json_sql(table: str, columns: Iterable[str], values: Iterable[str]) -> str:
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM json_each(?2)"
    )


def _from_row(count: int, first: int = 0) -> list[str]:
    return [f"value ->> {i}" for i in range(first, count)]


# Every JSON row starts with the person's offset in the batch; ?1 is the batch's first pk.
_PERSONS_VALUES_SQL = _values_sql("persons", ("pk", *_PERSON_DATA, *_META))
_PERSONS_JSON_SQL = _json_sql(
    "persons",
    ("pk", *_PERSON_DATA, *_META),
    ["?1 + (value ->> 0)", *_from_row(len(_PERSON_DATA) + 1, 1), "?3", "?4", "?3", "?4"],
)
_CHILD_VALUES_SQL = {name: _values_sql(name, cols) for name, cols in _CHILD_LAYOUT.items()}
_CHILD_JSON_SQL = {
    name: _json_sql(name, cols, ["?1 + (value ->> 0)", *_from_row(len(cols), 1)])
    for name, cols in _CHILD_LAYOUT.items()
}
_REVISIONS_VALUES_SQL = _values_sql("person_revisions", _REVISION_COLUMNS)
_REVISIONS_JSON_SQL = _json_sql(
    "person_revisions",
    _REVISION_COLUMNS,
    ["value ->> 1", "1", "'create'", "?3", "?4", "value ->> 2", "?5"],
)
_FTS_VALUES_SQL = "INSERT INTO person_fts(rowid, terms) VALUES (?, ?)"
# The index rowid is the registry position placed for the person (``registry_order``).
_FTS_JSON_SQL = (
    "INSERT INTO person_fts(rowid, terms) SELECT o.pos, value ->> 1 FROM json_each(?2) "
    "CROSS JOIN person_fts_order o ON o.pk = ?1 + (value ->> 0) ORDER BY o.pos"
)
_KEYS_JSON_SQL = _json_sql(
    "person_match_keys", ("person_pk", "key"), ["?1 + (value ->> 0)", "value ->> 1"]
)

# Values JSON carries exactly (text, integers, NULL); anything else takes ``executemany``.
_PLAIN = frozenset({str, int, bool, type(None)})
_rows_json = json.JSONEncoder(
    ensure_ascii=False, check_circular=False, separators=(",", ":")
).encode


def _as_json(rows: list[tuple[Any, ...]]) -> str | None:
    for row in rows:
        if not _PLAIN.issuperset(map(type, row)):
            return None
    return _rows_json(rows)


# --- pure helpers, cached: synthetic and imported data repeat names a lot -------------------


@lru_cache(maxsize=65536)
def _latin(name: str) -> str:
    return to_latin(name)


@lru_cache(maxsize=65536)
def _folded(full_name: str) -> str:
    return fold(full_name)


_NAME_KEYS = tuple((f"{n}_ru", f"{n}_lat") for n in codec.NAME_FIELDS)
_NOT_DATA = frozenset({"schema_version", "revision"})


def _sort_key(data: dict[str, Any]) -> str:
    """``codec.sort_key`` with the fold cached."""
    parts = [data.get(ru) or data.get(lat) or "" for ru, lat in _NAME_KEYS]
    return _folded(" ".join(p for p in parts if p))


def _clean(value: Any) -> Any:
    """``codec._clean`` without a regex (``str.split`` and ``\\s`` agree on white space)."""
    if isinstance(value, str):
        return " ".join(value.split()) or None
    return value


def _prepare_trusted(raw: dict[str, Any]) -> dict[str, Any]:
    """``codec.prepare_trusted`` with Latin names from a cache (spot-checked against it)."""
    data = codec.empty_person()
    for key, value in raw.items():
        if key not in _NOT_DATA:
            data[key] = _clean(value)
    data["id"] = data.get("id") or str(uuid.uuid4())
    for ru, lat in _NAME_KEYS:
        if data[lat] is None and data[ru] is not None:
            data[lat] = _latin(data[ru]) or None
    return data


# --- one record, two ways ------------------------------------------------------------------

_ChildRow = tuple[str, tuple[Any, ...]]  # table, values in _CHILD_LAYOUT order but person_pk


@dataclass
class _Rows:
    person: tuple[Any, ...]  # _PERSON_DATA values
    children: list[_ChildRow]
    snapshot: str


def _fast_eligible(data: dict[str, Any]) -> bool:
    return (
        not data.get("keep_until")
        and data.get("fingerprint_card") is None
        and not any(data[name] for name in codec.LIST_FIELDS if name not in _FAST_LISTS)
    )


def _fast_rows(data: dict[str, Any]) -> _Rows:
    """Rows and snapshot of a record whose only sub-records are citizenships and documents."""
    values = _person_values(
        {**data, "sort_key": _sort_key(data), "keep_until": None, "revision": 1}
    )
    children: list[_ChildRow] = [
        ("person_citizenships", _citizenship_values({"position": i, "country": country}))
        for i, country in enumerate(data["citizenship"])
    ]
    documents = []
    for i, d in enumerate(data["documents"]):
        series, number = d.get("series"), d["number"]
        row = {
            "position": i,
            "kind": d["kind"],
            "series": series,
            "number": number,
            "number_norm": codec.normalise_document_number(series, number),
            "issuing_country": d.get("issuing_country"),
            "issued_on": d.get("issued_on"),
            "issued_by": d.get("issued_by"),
            "valid_until": d.get("valid_until"),
        }
        children.append(("identity_documents", _document_values(row)))
        documents.append({c: row[c] for c in _DOCUMENT_JSON})
    snapshot: dict[str, Any] = dict.fromkeys(_SNAPSHOT_KEYS, _NO_ITEMS)
    for name in codec.SCALAR_FIELDS:
        snapshot[name] = data[name]
    snapshot.update(
        schema_version=SCHEMA_VERSION,
        id=data["id"],
        revision=1,
        citizenship=data["citizenship"],
        documents=documents,
        fingerprint_card=None,
        keep_until=None,
    )
    return _Rows(values, children, _presorted(snapshot))


class _Binder:
    """Python values of ORM attributes → the parameters SQLAlchemy would bind for them."""

    def __init__(self, dialect: Dialect) -> None:
        self._processors: dict[tuple[str, str], Callable[[Any], Any] | None] = {}
        for table in (_PERSON_TABLE, *_CHILD_TABLES.values()):
            for column in table.columns:
                processor = dialect.type_descriptor(column.type).bind_processor(dialect)
                self._processors[(table.name, column.key)] = processor

    def values(self, table: str, obj: Any, columns: Iterable[str]) -> tuple[Any, ...]:
        out = []
        for name in columns:
            value = getattr(obj, name)
            processor = self._processors[(table, name)]
            out.append(value if processor is None or value is None else processor(value))
        return tuple(out)


def _reference_rows(data: dict[str, Any], binder: _Binder) -> _Rows:
    """Rows and snapshot through the ORM mapping, as ``PersonService.add`` builds them."""
    person = Person(id=data["id"], revision=1)
    codec.apply_to_model(person, data)
    values = binder.values("persons", person, _PERSON_DATA)
    children: list[_ChildRow] = []
    for relation, table in _RELATIONS:
        layout = _CHILD_LAYOUT[table.name][1:]
        for child in getattr(person, relation):
            children.append((table.name, binder.values(table.name, child, layout)))
    snapshot = _canonical(codec.model_to_json(person, include_media=False))
    return _Rows(values, children, snapshot)


# --- batches -------------------------------------------------------------------------------


@dataclass
class _Table:
    """One table's rows of a batch, each starting with the person's offset in the batch
    (keys are only fixed inside the transaction that inserts them); ``text`` is the rows as
    JSON when every value is plain."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    text: str | None = None

    def seal(self) -> None:
        self.text = _as_json(self.rows)
        if self.text is not None:
            self.rows = []


@dataclass
class _Prepared:
    count: int = 0
    persons: _Table = field(default_factory=_Table)
    children: dict[str, _Table] = field(default_factory=dict)
    revisions: _Table = field(default_factory=_Table)  # (offset, person id, snapshot)
    terms: _Table = field(default_factory=_Table)
    match_keys: _Table = field(default_factory=_Table)  # (offset, blocking key)

    def tables(self) -> list[_Table]:
        return [self.persons, *self.children.values(), self.revisions, self.terms, self.match_keys]


class _Preparer:
    """Turns batches of records into rows; keeps the spot-check state of one run."""

    def __init__(self, dialect: Dialect, *, validate: bool) -> None:
        self.validate = validate
        self.binder = _Binder(dialect)
        self.fast_prepare = not validate
        self.fast_rows = _FAST_LAYOUT

    def _disable(self, what: str) -> None:
        warnings.warn(
            f"bulk insert: the fast {what} disagrees with migdesk.persons.codec; "
            "using the slower reference path for the rest of this run",
            RuntimeWarning,
            stacklevel=3,
        )

    def _data(self, raw: dict[str, Any], check: bool) -> dict[str, Any]:
        if self.validate:
            return codec.check_person(raw).data
        if not self.fast_prepare:
            return codec.prepare_trusted(raw)
        data = _prepare_trusted(raw)
        if check:
            reference = codec.prepare_trusted(raw)
            if not _clean(raw.get("id")):  # both made up a new id
                reference["id"] = data["id"]
            if reference != data:
                self._disable("normalisation")
                self.fast_prepare = False
                return reference
        return data

    def _rows(self, data: dict[str, Any], check: bool) -> _Rows:
        if not (self.fast_rows and _fast_eligible(data)):
            return _reference_rows(data, self.binder)
        rows = _fast_rows(data)
        if check:
            reference = _reference_rows(data, self.binder)
            if reference != rows:
                self._disable("row mapping")
                self.fast_rows = False
                return reference
        return rows

    def prepare(self, batch: list[dict[str, Any]]) -> _Prepared:
        out = _Prepared(count=len(batch))
        persons, revisions, terms = out.persons.rows, out.revisions.rows, out.terms.rows
        for index, raw in enumerate(batch):
            try:
                data = self._data(raw, index == 0)
            except ValidationFailed as exc:
                raise ValidationFailed({f"запись № {index + 1}": str(exc)}) from exc
            rows = self._rows(data, index == 0)
            persons.append((index, *rows.person))
            for table, values in rows.children:
                if table not in out.children:
                    out.children[table] = _Table()
                out.children[table].rows.append((index, *values))
            revisions.append((index, data["id"], rows.snapshot))
            terms.append((index, search.index_terms(data)))
            out.match_keys.rows.extend(
                (index, key) for key in blocking_keys(record_from_data(data))
            )
        for rows_of_table in out.tables():
            rows_of_table.seal()
        return out


def _write(conn: Connection, prepared: _Prepared, user: str) -> int:
    """Insert a prepared batch inside the caller's transaction on ``conn``."""
    if not prepared.count:
        return 0
    dialect = conn.dialect
    stamp = datetime.now(UTC).replace(tzinfo=None)
    to_param = dialect.type_descriptor(DateTime()).bind_processor(dialect)
    now = stamp if to_param is None else to_param(stamp)
    base = int(conn.exec_driver_sql("SELECT coalesce(max(pk), 0) + 1 FROM persons").scalar_one())
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        persons = prepared.persons
        if persons.text is not None:
            cursor.execute(_PERSONS_JSON_SQL, (base, persons.text, now, user))
        else:
            meta = (now, user, now, user)
            cursor.executemany(
                _PERSONS_VALUES_SQL, [(base + r[0], *r[1:], *meta) for r in persons.rows]
            )
        for name, table in prepared.children.items():
            if table.text is not None:
                cursor.execute(_CHILD_JSON_SQL[name], (base, table.text))
            else:
                cursor.executemany(
                    _CHILD_VALUES_SQL[name], [(base + r[0], *r[1:]) for r in table.rows]
                )
        revisions = prepared.revisions
        if revisions.text is not None:
            cursor.execute(_REVISIONS_JSON_SQL, (base, revisions.text, now, user, _CHANGED_FIELDS))
        else:
            cursor.executemany(
                _REVISIONS_VALUES_SQL,
                [(i, 1, "create", now, user, s, _CHANGED_FIELDS) for _, i, s in revisions.rows],
            )
        new = cursor.execute("SELECT pk, sort_key FROM persons WHERE pk >= ?", (base,))
        positions = registry_order.place(
            cursor, new.fetchall(), lambda pks: search.stored_terms(conn, pks)
        )
        terms = prepared.terms
        if terms.text is not None:
            cursor.execute(_FTS_JSON_SQL, (base, terms.text))
        else:
            # Ascending rowids: FTS5 flushes its pending segment whenever a rowid goes down.
            rows = sorted((positions[base + o], t) for o, t in terms.rows)
            cursor.executemany(_FTS_VALUES_SQL, rows)
        # Keys are integers only: their JSON text is always there.
        cursor.execute(_KEYS_JSON_SQL, (base, prepared.match_keys.text or "[]"))
    finally:
        cursor.close()
    return prepared.count


def insert_batch(
    conn: Connection, batch: list[dict[str, Any]], user: str, *, validate: bool = True
) -> int:
    """Insert ``batch`` inside the caller's transaction on ``conn``; returns how many."""
    prepared = _Preparer(conn.dialect, validate=validate).prepare(batch)
    return _write(conn, prepared, user)


# --- the run -------------------------------------------------------------------------------

_END = object()


def _ahead(items: Iterator[_Prepared]) -> Generator[_Prepared, None, None]:
    """``items``, produced by a helper thread one item ahead of the consumer. An exception
    there is raised here when its turn comes; closing this generator stops the thread."""
    slot: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def put(item: Any) -> bool:
        while not stop.is_set():
            with contextlib.suppress(queue.Full):
                slot.put(item, timeout=0.1)
                return True
        return False

    def work() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(_END)
        except BaseException as exc:  # noqa: BLE001 — handed over, raised in the consumer
            put(exc)

    worker = threading.Thread(target=work, name="migdesk-bulk-prepare", daemon=True)
    worker.start()
    try:
        while (item := slot.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


@contextlib.contextmanager
def _bulk_cache(conn: Connection) -> Iterator[None]:
    """A larger page cache on ``conn`` for the run, then its previous size again."""
    raw = conn.connection.driver_connection
    assert raw is not None
    previous = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            raw.execute(f"PRAGMA cache_size = {previous}")


def bulk_add(
    vault: Vault,
    records: Iterable[dict[str, Any]],
    *,
    batch_size: int = 5000,
    validate: bool = True,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Insert ``records`` in transactions of ``batch_size``; returns how many went in.

    Records are read and prepared up to one batch ahead of the batch being written; when the
    run stops early (cancelled, an error) that batch is dropped, never half-written."""
    require(vault.current_roles(), Permission.PERSON_WRITE)
    preparer = _Preparer(vault.engine.dialect, validate=validate)
    prepared = _ahead(preparer.prepare(batch) for batch in _batches(records, batch_size))
    done = 0
    with vault.engine.connect() as conn, _bulk_cache(conn), contextlib.closing(prepared):
        conn.execution_options(**{WRITE_OPTION: True})  # BEGIN IMMEDIATE: wait, don't fail
        for batch in prepared:
            if cancelled is not None and cancelled():
                raise BulkCancelled(done)
            with conn.begin():
                written = _write(conn, batch, vault.user)
                # One audit entry per batch, in the batch's own transaction.
                with Session(bind=conn) as session:
                    audit.append(
                        session, vault.user, "person.bulk_create", details={"count": written}
                    )
                done += written
            if progress is not None:
                progress(done)
    return done
