"""How person records lie in the tables a bulk insert fills: the column layouts, the
INSERT statements (one ``json_each`` parameter per table, or ``executemany``) and the JSON
the rows travel in. ``bulk_rows`` builds the rows, ``bulk`` writes them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table

from migdesk.models import Person
from migdesk.persons import codec

# --- row layouts -------------------------------------------------------------------------------

META = ("created_at", "created_by", "updated_at", "updated_by")
PERSON_TABLE = cast(Table, Person.__table__)
# Person columns filled from the record: everything but the key and who/when.
PERSON_DATA = tuple(c for c in PERSON_TABLE.columns.keys() if c not in {"pk", *META})
# Person relationships (sub-records) in mapper order: attribute name, table.
RELATIONS = tuple(
    (rel.key, cast(Table, rel.mapper.local_table)) for rel in Person.__mapper__.relationships
)
CHILD_TABLES = {table.name: table for _, table in RELATIONS}
# Sub-record columns as inserted, ``person_pk`` first.
CHILD_LAYOUT = {
    name: ("person_pk", *(c for c in table.columns.keys() if c not in {"id", "person_pk"}))
    for name, table in CHILD_TABLES.items()
}
REVISION_COLUMNS = (
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
FAST_PERSON = {*codec.SCALAR_FIELDS, "id", "sort_key", "keep_until", "revision"}
CITIZENSHIP = ("position", "country")
DOCUMENT = (
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
DOCUMENT_JSON = tuple(sorted(c for c in DOCUMENT if c not in {"position", "number_norm"}))
FAST_LAYOUT = (
    set(PERSON_DATA) <= FAST_PERSON
    and set(CHILD_LAYOUT.get("person_citizenships", ())[1:]) == set(CITIZENSHIP)
    and set(CHILD_LAYOUT.get("identity_documents", ())[1:]) == set(DOCUMENT)
)
FAST_LISTS = frozenset({"citizenship", "documents"})  # other sub-records: reference mapping
# Top-level keys of ``person_rows.model_to_json``, sorted: the snapshot is built in this order and
# encoded without sorting (the spot check compares it with the sorted reference).
SNAPSHOT_KEYS = tuple(
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
person_values = itemgetter(*PERSON_DATA)
citizenship_values = itemgetter(*CHILD_LAYOUT.get("person_citizenships", ("", "position"))[1:])
document_values = itemgetter(*CHILD_LAYOUT.get("identity_documents", ("", "position"))[1:])
NO_ITEMS: tuple[Any, ...] = ()

# ``json.dumps`` with options builds an encoder per call; shared ones give the same text.
canonical = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
presorted = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
CHANGED_FIELDS = json.dumps(sorted(codec.ALL_FIELDS))


def values_sql(table: str, columns: Iterable[str]) -> str:
    names = tuple(columns)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def json_sql(table: str, columns: Iterable[str], values: Iterable[str]) -> str:
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM json_each(?2)"
    )


def from_row(count: int, first: int = 0) -> list[str]:
    return [f"value ->> {i}" for i in range(first, count)]


# Every JSON row starts with the person's offset in the batch; ?1 is the batch's first pk.
PERSONS_VALUES_SQL = values_sql("persons", ("pk", *PERSON_DATA, *META))
PERSONS_JSON_SQL = json_sql(
    "persons",
    ("pk", *PERSON_DATA, *META),
    ["?1 + (value ->> 0)", *from_row(len(PERSON_DATA) + 1, 1), "?3", "?4", "?3", "?4"],
)
CHILD_VALUES_SQL = {name: values_sql(name, cols) for name, cols in CHILD_LAYOUT.items()}
CHILD_JSON_SQL = {
    name: json_sql(name, cols, ["?1 + (value ->> 0)", *from_row(len(cols), 1)])
    for name, cols in CHILD_LAYOUT.items()
}
REVISIONS_VALUES_SQL = values_sql("person_revisions", REVISION_COLUMNS)
REVISIONS_JSON_SQL = json_sql(
    "person_revisions",
    REVISION_COLUMNS,
    ["value ->> 1", "1", "'create'", "?3", "?4", "value ->> 2", "?5"],
)
FTS_VALUES_SQL = "INSERT INTO person_fts(rowid, terms) VALUES (?, ?)"
# The index rowid is the registry position placed for the person (``registry_order``).
FTS_JSON_SQL = (
    "INSERT INTO person_fts(rowid, terms) SELECT o.pos, value ->> 1 FROM json_each(?2) "
    "CROSS JOIN person_fts_order o ON o.pk = ?1 + (value ->> 0) ORDER BY o.pos"
)
# Written after the batch's compact rows: each key carries its person's row position.
KEYS_JSON_SQL = json_sql(
    "person_match_keys",
    ("person_pk", "key", "pos"),
    [
        "?1 + (value ->> 0)",
        "value ->> 1",
        "(SELECT f.pos FROM person_link_fields f WHERE f.person_pk = ?1 + (value ->> 0))",
    ],
)

# Values JSON carries exactly (text, integers, NULL); anything else takes ``executemany``.
PLAIN = frozenset({str, int, bool, type(None)})
rows_json = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":")).encode


def as_json(rows: list[tuple[Any, ...]]) -> str | None:
    for row in rows:
        if not PLAIN.issuperset(map(type, row)):
            return None
    return rows_json(rows)


# --- pure helpers, cached: synthetic and imported data repeat names a lot -------------------
