"""Blocking for record linkage: which stored records are compared with a given one.

A record is compared only with records that share one of its blocking keys:

* ``nm`` / ``nd`` the sounds of surname and given name (in either order), the birth year and
  the month, or the day (a digit mistyped in the day, or in the month, still meets);
* ``sd`` the sound of the surname and the birth date, day and month unordered (so a swapped
  day and month meet, and a given name typed differently still does);
* ``gd`` the sound of the given name and the birth date (a surname typed differently);
* ``sg`` the sounds of both names and day and month without the year (a mistyped year);
* ``n`` / ``q`` both names' sounds and the year, for a record that gives only a year (or a
  year and month, or no date): such a record is stored under ``q`` and looks up ``n`` and
  ``q``; a record with a full date is stored under ``n`` and looks up ``q``. So a namesake
  born the same year with a full date is not read for every full-date record (those blocks
  are the largest: a common name in a common year);
* ``p``  the personal number; ``d`` each document number.

The keys a record is stored under (``blocking_keys``) are 64-bit hashes in
``person_match_keys`` (index on key, person, position), written with every save and import;
the keys it looks up (``probe_keys``) are the same except for ``n``/``q``. Two records meet
when one's probe keys hold one of the other's stored keys, which is symmetric. A check costs
one index lookup per key at any registry size; ``candidates`` does it for a whole batch in one
query.

Each key entry also carries the position of the person's compact row
(``person_link_fields.pos``, revision 0026): the candidates' rows are then read by position
directly. Through ``person_pk`` each candidate cost one more index page (a random one: a
person's pk says nothing of its name), about a third of reading the rows.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from migdesk.identity.partial_date import PartialDateError, format_partial_date_ru
from migdesk.persons import link_fields
from migdesk.persons.codec import normalise_document_number
from migdesk.persons.linkage import LinkRecord, link_record, make_record

# At most this many candidates are read and scored for one record: a block that large is
# a very common name with a common date, and the closest records come first anyway.
MAX_CANDIDATES = 2000


def _hash(key: str) -> int:
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def key_strings(rec: LinkRecord) -> tuple[set[str], set[str]]:
    """(keys the record is stored under, keys it looks up), as text."""
    both: set[str] = set()
    stored: set[str] = set()
    probed: set[str] = set()
    born = rec.birth_date or ""
    full = len(born) == 10
    year = born[:4] or "-"
    day_month = "".join(sorted((born[5:7], born[8:10]))) if full else ""
    surnames = rec.surname.sounds or frozenset({""})
    givens = rec.given_name.sounds or frozenset({""})
    for s in surnames:
        for g in givens:
            if s or g:
                names = "|".join(sorted((s, g)))
                if full:
                    both.add(f"nm|{names}|{year}|{born[5:7]}")
                    both.add(f"nd|{names}|{year}|{born[8:10]}")
                    stored.add(f"n|{names}|{year}")
                    probed.add(f"q|{names}|{year}")
                else:
                    stored.add(f"q|{names}|{year}")
                    probed.update((f"n|{names}|{year}", f"q|{names}|{year}"))
            if day_month:
                if s:
                    both.add(f"sd|{s}|{year}|{day_month}")
                if g:
                    both.add(f"gd|{g}|{year}|{day_month}")
                if s and g:
                    both.add(f"sg|{s}|{g}|{day_month}")
    if rec.personal_number:
        both.add(f"p|{rec.personal_number}")
    both.update(f"d|{doc}" for doc in rec.documents)
    return stored | both, probed | both


def blocking_keys(rec: LinkRecord) -> list[int]:
    """The keys a record is stored under in ``person_match_keys``."""
    return sorted({_hash(k) for k in key_strings(rec)[0]})


def probe_keys(rec: LinkRecord) -> list[int]:
    """The keys looked up to find a record's candidates."""
    return sorted({_hash(k) for k in key_strings(rec)[1]})


def blocked(a: LinkRecord, b: LinkRecord) -> bool:
    """Whether a check of ``a`` reads ``b`` (and the other way round)."""
    return bool(set(probe_keys(a)) & set(blocking_keys(b)))


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


def record_from_row(row: tuple[Any, ...]) -> tuple[int, LinkRecord]:
    """(pk, record) from a compact row (``link_fields.COLUMNS``)."""
    rec = make_record(
        row[1],
        (row[2], row[5]),
        (row[3], row[6]),
        (row[4], row[7]),
        row[8],
        row[9],
        row[10],
        (row[11] or "").split(),
        (row[12] or "").split(),
    )
    return row[0], rec


def write_keys(raw: Any, pk: int, rec: LinkRecord) -> None:
    """Replace the stored keys and the compared fields of one person, as flushed (``raw``: a
    DB-API connection or cursor). The compact row is rewritten first: it gets a new position,
    which the keys carry."""
    pos = link_fields.refresh(raw, pk)  # its new position: no query of its own
    raw.execute("DELETE FROM person_match_keys WHERE person_pk = ?", (pk,))
    raw.executemany(
        "INSERT INTO person_match_keys(person_pk, key, pos) VALUES (?, ?, ?)",
        [(pk, key, pos) for key in blocking_keys(rec)],
    )


def candidate_pks(raw: Any, keys: Iterable[int], *, exclude: int | None = None) -> list[int]:
    """Persons stored under one of the probe keys, most shared keys first."""
    return candidates(raw, [list(keys)], exclude=[exclude])[0]


def candidates(
    raw: Any,
    probes: Sequence[Sequence[int]],
    *,
    exclude: Sequence[int | None] | None = None,
    above: Sequence[int] | None = None,
    positions: dict[int, int] | None = None,
) -> list[list[int]]:
    """The candidates of each of many records (their probe keys) in one index read: persons
    sharing a key, most shared keys first (then by pk), at most ``MAX_CANDIDATES``; without
    ``exclude[i]``, and only persons with a pk over ``above[i]`` if given. ``positions``, if
    given, receives pk → position of the compact row, as the key entries carry it."""
    wanted = sorted({key for keys in probes for key in keys})
    members = key_members(raw, wanted, positions if positions is not None else {})
    found: list[list[int]] = []
    for i, keys in enumerate(probes):
        shared: Counter[int] = Counter()
        for key in keys:
            shared.update(members.get(key, ()))
        skip = exclude[i] if exclude is not None else None
        floor = above[i] if above is not None else None
        if skip is not None:
            shared.pop(skip, None)
        ranked = sorted(
            (pk for pk in shared if floor is None or pk > floor),
            key=lambda pk: (-shared[pk], pk),
        )
        found.append(ranked[:MAX_CANDIDATES])
    return found


def key_members(raw: Any, keys: list[int], positions: dict[int, int]) -> dict[int, list[int]]:
    """key → persons stored under it, for the sorted ``keys`` in one statement (SQLite seeks
    them in key order: neighbouring keys share index pages); ``positions`` receives pk →
    position of the compact row, as the key entries carry it."""
    members: dict[int, list[int]] = {}
    for key, pk, pos in raw.execute(
        "SELECT key, person_pk, pos FROM person_match_keys "
        "WHERE key IN (SELECT value FROM json_each(?))",
        (json.dumps(keys),),
    ):
        listed = members.get(key)
        if listed is None:
            members[key] = [pk]
        else:
            listed.append(pk)
        if pos is not None:
            positions[pk] = pos
    return members


def load_records(raw: Any, pks: list[int]) -> list[tuple[int, LinkRecord]]:
    return [(pk, rec) for pk, rec, _row in load_rows(raw, pks)]


def load_rows(
    raw: Any, pks: list[int], positions: dict[int, int] | None = None
) -> list[tuple[int, LinkRecord, tuple[Any, ...]]]:
    """(pk, record, compact row) for the given persons: one short row each. With
    ``positions`` (from ``candidates``) the rows are read by position; a person whose row is
    not at its position (none known, or the row rewritten since) is read by its pk."""
    if not pks:
        return []
    rows: list[tuple[Any, ...]] = []
    missing = pks
    if positions:
        wanted = sorted({positions[pk] for pk in pks if pk in positions})
        asked = set(pks)
        rows = [
            row
            for row in raw.execute(link_fields.AT_POSITIONS_SQL, (json.dumps(wanted),))
            if row[0] in asked
        ]
        if len(rows) < len(asked):
            got = {row[0] for row in rows}
            missing = [pk for pk in pks if pk not in got]
        else:
            missing = []
    if missing:
        rows += raw.execute(link_fields.OF_PERSONS_SQL, (json.dumps(missing),)).fetchall()
    return [(*record_from_row(row), row) for row in rows]


def display_name(row: tuple[Any, ...]) -> str:
    """«Фамилия Имя Отчество, ДД.ММ.ГГГГ» of a compact row (Cyrillic, else Latin)."""
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
    """Every person, a batch at a time (flat memory at any size), in the order of their
    compact rows: namesakes come together, so their candidates are read from the same pages.
    ``after``: a position (``person_link_fields.pos``) to go on from."""
    while True:
        rows = raw.execute(
            link_fields.SELECT_SQL + " WHERE pos > ? ORDER BY pos LIMIT ?", (after, batch)
        )
        got = rows.fetchall()
        if not got:
            return
        for row in got:
            yield record_from_row(row)
        after = got[-1][-1]
