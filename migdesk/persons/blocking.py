"""Blocking for record linkage: which stored records are compared with a given one.

A record is compared only with records that share one of its blocking keys:

* ``n``  the sounds of surname and given name (in either order) and the birth year;
* ``sd`` the sound of the surname and the birth date, day and month unordered (so a swapped
  day and month meet, and a given name typed differently still does);
* ``gd`` the sound of the given name and the birth date (a surname typed differently);
* ``sg`` the sounds of both names and day and month without the year (a mistyped year);
* ``p``  the personal number; ``d`` each document number.

The keys are stored as 64-bit hashes in ``person_match_keys`` (index on key, person), written
with every save and import, so a check costs a few index lookups at any registry size.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from migdesk.identity.partial_date import PartialDateError, format_partial_date_ru
from migdesk.persons.codec import normalise_document_number
from migdesk.persons.linkage import LinkRecord, link_record

# At most this many candidates are read and scored for one record: a block that large is
# a very common name with a common date, and the closest records come first anyway.
MAX_CANDIDATES = 2000


def _hash(key: str) -> int:
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def key_strings(rec: LinkRecord) -> set[str]:
    keys: set[str] = set()
    year = rec.birth_date[:4] if rec.birth_date else "-"
    day_month = ""
    if rec.birth_date and len(rec.birth_date) == 10:
        day_month = "".join(sorted((rec.birth_date[5:7], rec.birth_date[8:10])))
    surnames = rec.surname.sounds or frozenset({""})
    givens = rec.given_name.sounds or frozenset({""})
    for s in surnames:
        for g in givens:
            if s or g:
                first, second = sorted((s, g))
                keys.add(f"n|{first}|{second}|{year}")
            if day_month:
                if s:
                    keys.add(f"sd|{s}|{year}|{day_month}")
                if g:
                    keys.add(f"gd|{g}|{year}|{day_month}")
                if s and g:
                    keys.add(f"sg|{s}|{g}|{day_month}")
    if rec.personal_number:
        keys.add(f"p|{rec.personal_number}")
    keys.update(f"d|{doc}" for doc in rec.documents)
    return keys


def blocking_keys(rec: LinkRecord) -> list[int]:
    return sorted({_hash(k) for k in key_strings(rec)})


def record_from_data(data: dict[str, Any]) -> LinkRecord:
    """A ``LinkRecord`` of person JSON (as checked by the codec)."""
    docs = (
        normalise_document_number(d.get("series"), d.get("number") or "")
        for d in data.get("documents") or ()
        if d.get("number")
    )
    return link_record(
        data.get("id") or "",
        data,
        citizenship=data.get("citizenship") or (),
        documents=docs,
    )


_ROW_SQL = (
    "SELECT p.pk, p.id, p.surname_ru, p.given_name_ru, p.patronymic_ru, p.surname_lat, "
    "p.given_name_lat, p.patronymic_lat, p.birth_date, p.sex, p.personal_number, "
    "(SELECT group_concat(country, ' ') FROM person_citizenships c WHERE c.person_pk = p.pk), "
    "(SELECT group_concat(number_norm, ' ') FROM identity_documents d "
    " WHERE d.person_pk = p.pk) "
    "FROM persons p"
)
_FIELDS = (
    "surname_ru",
    "given_name_ru",
    "patronymic_ru",
    "surname_lat",
    "given_name_lat",
    "patronymic_lat",
    "birth_date",
    "sex",
    "personal_number",
)


def record_from_row(row: tuple[Any, ...]) -> tuple[int, LinkRecord]:
    """(pk, record) from a row of ``_ROW_SQL``."""
    names = dict(zip(_FIELDS, row[2:11], strict=True))
    rec = link_record(
        row[1],
        names,
        citizenship=(row[11] or "").split(),
        documents=(row[12] or "").split(),
    )
    return row[0], rec


def write_keys(raw: Any, pk: int, rec: LinkRecord) -> None:
    """Replace the stored keys of one person (``raw``: a DB-API connection or cursor)."""
    raw.execute("DELETE FROM person_match_keys WHERE person_pk = ?", (pk,))
    raw.executemany(
        "INSERT INTO person_match_keys(person_pk, key) VALUES (?, ?)",
        [(pk, key) for key in blocking_keys(rec)],
    )


def candidate_pks(raw: Any, keys: Iterable[int], *, exclude: int | None = None) -> list[int]:
    """Persons sharing a key, from the index alone, most shared keys first."""
    sql = (
        "SELECT person_pk FROM person_match_keys "
        "WHERE key IN (SELECT value FROM json_each(?)) "
        "GROUP BY person_pk ORDER BY count(*) DESC, person_pk LIMIT ?"
    )
    found = raw.execute(sql, (json.dumps(list(keys)), MAX_CANDIDATES + 1)).fetchall()
    return [pk for (pk,) in found if pk != exclude][:MAX_CANDIDATES]


def load_records(raw: Any, pks: list[int]) -> list[tuple[int, LinkRecord]]:
    return [(pk, rec) for pk, rec, _row in load_rows(raw, pks)]


def load_rows(raw: Any, pks: list[int]) -> list[tuple[int, LinkRecord, tuple[Any, ...]]]:
    """(pk, record, row of ``_ROW_SQL``) for the given persons: one query."""
    if not pks:
        return []
    sql = _ROW_SQL + " WHERE p.pk IN (SELECT value FROM json_each(?))"
    return [(*record_from_row(row), row) for row in raw.execute(sql, (json.dumps(pks),))]


def display_name(row: tuple[Any, ...]) -> str:
    """«Фамилия Имя Отчество, ДД.ММ.ГГГГ» of a row of ``_ROW_SQL`` (Cyrillic, else Latin)."""
    names = (row[2] or row[5], row[3] or row[6], row[4] or row[7])
    name = " ".join(n for n in names if n)
    born = row[8]
    if not born:
        return name
    try:
        return f"{name}, {format_partial_date_ru(born)}"
    except PartialDateError:
        return f"{name}, {born}"


def iter_records(
    raw: Any, *, after: int = 0, batch: int = 5000
) -> Iterator[tuple[int, LinkRecord]]:
    """Every person in key order, a batch at a time (flat memory at any size)."""
    while True:
        rows = raw.execute(_ROW_SQL + " WHERE p.pk > ? ORDER BY p.pk LIMIT ?", (after, batch))
        got = rows.fetchall()
        if not got:
            return
        for row in got:
            yield record_from_row(row)
        after = got[-1][0]
