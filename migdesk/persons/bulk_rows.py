"""Person records turned into rows for a bulk insert, two ways: the fast path builds
tuples and the snapshot straight from the normalised data; the reference mapping goes through
``migdesk.persons.person_rows`` on transient ORM objects and spot-checks the fast path (see
``bulk``). A batch of records becomes a ``Prepared`` set of tables.
"""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy.engine import Dialect

from migdesk.errors import ValidationFailed
from migdesk.identity.translit import fold, to_latin
from migdesk.messages import _
from migdesk.models import Person
from migdesk.persons import codec, person_rows, search_index
from migdesk.persons.blocking import blocking_keys, record_from_data
from migdesk.persons.bulk_layout import (
    CHILD_LAYOUT,
    CHILD_TABLES,
    DOCUMENT_JSON,
    FAST_LAYOUT,
    FAST_LISTS,
    NO_ITEMS,
    PERSON_DATA,
    PERSON_TABLE,
    RELATIONS,
    SNAPSHOT_KEYS,
    as_json,
    canonical,
    citizenship_values,
    document_values,
    person_values,
    presorted,
)
from migdesk.persons.linkage import LinkRecord
from migdesk.persons.schema import SCHEMA_VERSION


@lru_cache(maxsize=2048)
def _latin(name: str) -> str:
    return to_latin(name)


@lru_cache(maxsize=1024)
def _folded(full_name: str) -> str:
    return fold(full_name)


_NAME_KEYS = tuple((f"{n}_ru", f"{n}_lat") for n in codec.NAME_FIELDS)
_NOT_DATA = frozenset({"schema_version", "revision"})


def _sort_key(data: dict[str, Any]) -> str:
    """``person_rows.sort_key`` with the fold cached."""
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

_ChildRow = tuple[str, tuple[Any, ...]]  # table, values in CHILD_LAYOUT order but person_pk


@dataclass
class _Rows:
    person: tuple[Any, ...]  # PERSON_DATA values
    children: list[_ChildRow]
    snapshot: str


def _fast_eligible(data: dict[str, Any]) -> bool:
    return (
        not data.get("keep_until")
        and data.get("fingerprint_card") is None
        and not any(data[name] for name in codec.LIST_FIELDS if name not in FAST_LISTS)
    )


def _fast_rows(data: dict[str, Any]) -> _Rows:
    """Rows and snapshot of a record whose only sub-records are citizenships and documents."""
    values = person_values({**data, "sort_key": _sort_key(data), "keep_until": None, "revision": 1})
    children: list[_ChildRow] = [
        ("person_citizenships", citizenship_values({"position": i, "country": country}))
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
        children.append(("identity_documents", document_values(row)))
        documents.append({c: row[c] for c in DOCUMENT_JSON})
    snapshot: dict[str, Any] = dict.fromkeys(SNAPSHOT_KEYS, NO_ITEMS)
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
    return _Rows(values, children, presorted(snapshot))


class _Binder:
    """Python values of ORM attributes → the parameters SQLAlchemy would bind for them."""

    def __init__(self, dialect: Dialect) -> None:
        self._processors: dict[tuple[str, str], Callable[[Any], Any] | None] = {}
        for table in (PERSON_TABLE, *CHILD_TABLES.values()):
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
    person_rows.apply_to_model(person, data)
    values = binder.values("persons", person, PERSON_DATA)
    children: list[_ChildRow] = []
    for relation, table in RELATIONS:
        layout = CHILD_LAYOUT[table.name][1:]
        for child in getattr(person, relation):
            children.append((table.name, binder.values(table.name, child, layout)))
    snapshot = canonical(person_rows.model_to_json(person, include_media=False))
    return _Rows(values, children, snapshot)


# --- batches -------------------------------------------------------------------------------


def _key_then_person(row: tuple[int, int]) -> tuple[int, int]:
    return row[1], row[0]


@dataclass
class TableRows:
    """One table's rows of a batch, each starting with the person's offset in the batch
    (keys are only fixed inside the transaction that inserts them); ``text`` is the rows as
    JSON when every value is plain."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    text: str | None = None

    def seal(self) -> None:
        self.text = as_json(self.rows)
        if self.text is not None:
            self.rows = []


@dataclass
class Prepared:
    count: int = 0
    persons: TableRows = field(default_factory=TableRows)
    children: dict[str, TableRows] = field(default_factory=dict)
    revisions: TableRows = field(default_factory=TableRows)  # (offset, person id, snapshot)
    terms: TableRows = field(default_factory=TableRows)
    match_keys: TableRows = field(default_factory=TableRows)  # (offset, blocking key)

    def tables(self) -> list[TableRows]:
        return [self.persons, *self.children.values(), self.revisions, self.terms, self.match_keys]


class Preparer:
    """Turns batches of records into rows; keeps the spot-check state of one run."""

    def __init__(self, dialect: Dialect, *, validate: bool, checked: bool = False) -> None:
        self.validate = validate
        self.checked = checked  # records are ``codec.check_person`` data already (imports)
        self.binder = _Binder(dialect)
        self.fast_prepare = not validate
        self.fast_rows = FAST_LAYOUT

    def _disable(self, what: str) -> None:
        warnings.warn(
            f"bulk insert: the fast {what} disagrees with migdesk.persons.codec; "
            "using the slower reference path for the rest of this run",
            RuntimeWarning,
            stacklevel=3,
        )

    def _data(self, raw: dict[str, Any], check: bool) -> dict[str, Any]:
        if self.checked:
            return raw
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

    def record(
        self, raw: dict[str, Any], check: bool, link: LinkRecord | None = None
    ) -> RecordRows:
        """One record's rows (``check``: spot-check it against the reference mapping). Needs
        no database: a bundle import builds them on its reading thread (``records_ahead``).
        ``link``: ``raw``'s linkage record, if the caller has it (used if ``raw`` is kept)."""
        data = self._data(raw, check)
        rows = self._rows(data, check)
        keys = blocking_keys(link if link is not None and data is raw else record_from_data(data))
        return RecordRows(rows, data["id"], search_index.index_terms(data), keys)

    def prepare(self, batch: list[dict[str, Any]]) -> Prepared:
        out = []
        for index, raw in enumerate(batch):
            try:
                out.append(self.record(raw, index == 0))
            except ValidationFailed as exc:
                raise ValidationFailed(
                    {_("запись № {number}").format(number=index + 1): str(exc)}
                ) from exc
        return assemble(out)


@dataclass(frozen=True)
class RecordRows:
    """What one record puts into the tables, before its person has a key."""

    rows: _Rows
    person_id: str
    terms: str
    keys: list[int]  # blocking keys


def assemble(records: list[RecordRows], *, sort_keys: bool = True) -> Prepared:
    """The tables of a batch from its records' rows (offsets in the batch's order);
    ``sort_keys=False`` when the keys are held and sorted later (``bulk.write_held_keys``)."""
    out = Prepared(count=len(records))
    persons, revisions, terms = out.persons.rows, out.revisions.rows, out.terms.rows
    keys = out.match_keys.rows
    for index, record in enumerate(records):
        rows = record.rows
        persons.append((index, *rows.person))
        for table, values in rows.children:
            if table not in out.children:
                out.children[table] = TableRows()
            out.children[table].rows.append((index, *values))
        revisions.append((index, record.person_id, rows.snapshot))
        terms.append((index, record.terms))
        keys.extend((index, key) for key in record.keys)
    # The batch's keys go into the (key, person) index in its order: neighbouring keys
    # share a leaf page, which is then read and decrypted once, not once per person.
    if sort_keys:
        keys.sort(key=_key_then_person)
    for rows_of_table in out.tables():
        rows_of_table.seal()
    return out
