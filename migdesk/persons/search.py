"""Person search: case-insensitive, ё=е, substring, across Cyrillic and Latin, by names,
document and personal numbers and birth date.

The index is a contentless FTS5 trigram table (``person_fts``). For every person it holds one
folded text: names in both scripts plus the transliterations of the Russian names in several
schemes, personal number, document numbers and the birth date as «YYYY-MM-DD». A Cyrillic
query is also transliterated, so each script finds the other. Its rowid is the person's
registry position (``registry_order``), so a query's matches come out of the index already in
registry order and the first page is read without the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from migdesk.identity.translit import fold, has_cyrillic, to_latin
from migdesk.persons.search_index import (
    DATE_CLOSE,
    DATE_DMY,
    DATE_ISO,
    DATE_OPEN,
    TRIGRAM,
    YEAR,
    dbapi_connection,
    skeleton_terms,
)


@dataclass(frozen=True)
class ParsedQuery:
    fts: str | None  # FTS5 MATCH expression, AND of per-word alternatives
    short_words: tuple[str, ...]  # words below trigram length: matched against sort_key
    birth_dates: tuple[tuple[str, ...], ...]  # per date word: (prefix, *coarser exact values)


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _birth_date_values(word: str) -> tuple[str, ...] | None:
    """A date word matches the stored values it is compatible with.

    Returned as (prefix, *exact): every stored date starting with ``prefix`` matches, and so
    do the coarser partial dates in ``exact`` ("1985" stored matches a query 12.04.1985)."""
    if m := DATE_DMY.match(word):
        day, month, year = m.groups()
    elif m := DATE_ISO.match(word):
        year, month, day = m.groups()
    elif (m := YEAR.match(word)) and 1900 <= int(word) <= date.today().year:
        return (word,)
    else:
        return None
    if day:
        return (f"{year}-{month}-{day}", year, f"{year}-{month}")
    return (f"{year}-{month}", year)


def parse_query(query: str) -> ParsedQuery:
    alternatives: list[str] = []
    short: list[str] = []
    dates: list[tuple[str, ...]] = []
    for raw in query.split():
        if (values := _birth_date_values(raw)) is not None:
            dates.append(values)
            continue
        word = fold(raw)
        if any(ch.isdigit() for ch in word):
            word = re.sub(r"[^0-9a-zа-яё]", "", word)
        word = word.strip("\"'.,;:()")
        if not word:
            continue
        if len(word) < TRIGRAM:
            short.append(word)
            continue
        forms = {word}
        if has_cyrillic(word):
            latin = fold(to_latin(word))
            if len(latin) >= TRIGRAM:
                forms.add(latin)
        if not any(ch.isdigit() for ch in word):
            forms.update(skeleton_terms(word)[:1])
        alternatives.append("(" + " OR ".join(_phrase(f) for f in sorted(forms)) + ")")
    return ParsedQuery(
        fts=" AND ".join(alternatives) or None,
        short_words=tuple(short),
        birth_dates=tuple(dates),
    )


@dataclass(frozen=True)
class SearchFilters:
    citizenship: str | None = None
    sex: str | None = None


def _date_condition(values: tuple[str, ...], column: str, name: str) -> tuple[str, dict[str, str]]:
    """SQL for one date word: a range on the birth_date index (LIKE would not use it)."""
    prefix, *coarser = values
    params = {name: prefix, f"{name}_end": prefix + "\uffff"}
    condition = f"({column} >= :{name} AND {column} < :{name}_end"
    for j, value in enumerate(coarser):
        condition += f" OR {column} = :{name}_{j}"
        params[f"{name}_{j}"] = value
    return condition + ")", params


def _date_match(values: tuple[str, ...]) -> str:
    """The same date word as an FTS expression over the «YYYY-MM-DD» index words.

    A whole value (a full date's prefix is the whole date; the coarser values are exact) is
    matched by its end, «1985-04-12» as 1985-04-12», not by its start: stored dates are
    canonical (YYYY[-MM[-DD]]) and » ends nothing but a date word, so 1985» ends only the
    year word «1985» (a month or day is two digits after a hyphen) and 1985-04» only
    «1985-04» — the same persons. The start's trigram «19 is in every dated person's entry,
    the longest list in the index; without it a cold full-date search reads ~30 % fewer
    pages (1M vaults, basic and varied). A year or month prefix keeps its start: it must
    also find the longer dates beginning with it."""
    prefix, *coarser = values
    whole = len(prefix) == len("YYYY-MM-DD")
    forms = [prefix + DATE_CLOSE if whole else DATE_OPEN + prefix]
    forms += [value + DATE_CLOSE for value in coarser]
    return "(" + " OR ".join(_phrase(form) for form in forms) + ")"


def _filter_conditions(filters: SearchFilters, params: dict[str, Any]) -> list[str]:
    where = []
    if filters.sex:
        where.append("p.sex = :sex")
        params["sex"] = filters.sex
    if filters.citizenship:
        where.append(
            "EXISTS (SELECT 1 FROM person_citizenships c WHERE c.person_pk = p.pk "
            "AND c.country = :cit)"
        )
        params["cit"] = filters.citizenship
    return where


def search_pks(
    conn: Connection, query: str, *, limit: int | None = 200, filters: SearchFilters | None = None
) -> list[int]:
    """Primary keys of matching persons, in registry order (see ``search_statement``)."""
    sql, params = search_statement(query, limit, filters)
    return [row[0] for row in dbapi_connection(conn).execute(sql, params)]


def uses_index(parsed: ParsedQuery) -> bool:
    """Whether a query is matched in the search index (else on the ``sort_key`` index): a
    short word first and no name word make a surname prefix; with dates, the dates are
    matched in the index within the positions of that prefix."""
    return bool(parsed.fts) or bool(parsed.birth_dates)


# The registry position of the first person whose sort key is at least the bound: the
# persons of a surname prefix hold the positions from one such bound to the next.
_POSITION_FROM = (
    "(SELECT o2.pos FROM persons p2 CROSS JOIN person_fts_order o2 ON o2.pk = p2.pk "
    "WHERE p2.sort_key >= {bound} ORDER BY p2.sort_key, p2.pk LIMIT 1)"
)
_AFTER_LAST = (1 << 63) - 1


def search_statement(
    query: str, limit: int | None, filters: SearchFilters | None = None
) -> tuple[str, dict[str, Any]]:
    """The statement that finds the keys of matching persons, in registry order (folded
    full name, then key).

    Names, numbers and dates are matched in the search index, whose rowids run in registry
    order: SQLite steps through the matches in that order, checks what the index cannot
    (words under three letters, filters) on the person row, and stops at ``limit``. A short
    word with dates (no name word) matches the dates in the index within the positions of the
    surname prefix, without reading a row. A short word alone walks the ``sort_key`` index.
    Either way the result is the one ``benchmarks/reference_search.py`` gives as one plain
    statement (``tests/persons/test_search_plans.py``)."""
    parsed = parse_query(query)
    filters = filters or SearchFilters()
    params: dict[str, Any] = {}
    where: list[str] = []  # conditions on the person row
    in_index: list[str] = []  # conditions on the index row
    by_index = uses_index(parsed)
    if by_index:
        matches = [parsed.fts] if parsed.fts else []
        matches.extend(_date_match(values) for values in parsed.birth_dates)
        params["fts"] = " AND ".join(m for m in matches if m)
    else:
        for i, values in enumerate(parsed.birth_dates):
            condition, args = _date_condition(values, "p.birth_date", f"d{i}")
            where.append(condition)
            params.update(args)
    for i, word in enumerate(parsed.short_words):
        if not parsed.fts and i == 0 and by_index:
            start = _POSITION_FROM.format(bound=f":s{i}")
            end = _POSITION_FROM.format(bound=f":s{i}_end")
            in_index.append(
                f"person_fts.rowid >= {start} AND person_fts.rowid < coalesce({end}, {_AFTER_LAST})"
            )
            params[f"s{i}_end"] = word + "\uffff"
        elif not parsed.fts and i == 0:
            where.append(f"p.sort_key >= :s{i} AND p.sort_key < :s{i}_end")
            params[f"s{i}_end"] = word + "\uffff"
        else:
            where.append(f"instr(p.sort_key, :s{i}) > 0")
        params[f"s{i}"] = word
    where.extend(_filter_conditions(filters, params))
    if by_index:
        # CROSS JOIN keeps the index the outer loop: no sort, and a row is read only when
        # a condition needs it.
        sql = (
            "SELECT o.pk FROM person_fts CROSS JOIN person_fts_order o ON o.pos = person_fts.rowid"
        )
        if where:
            sql += " CROSS JOIN persons p ON p.pk = o.pk"
        sql += " WHERE " + " AND ".join(["person_fts MATCH :fts", *in_index, *where])
        sql += " ORDER BY person_fts.rowid"
    elif not where:
        # The whole registry: the positions table is a few times smaller than sort_key's index.
        sql = "SELECT pk FROM person_fts_order ORDER BY pos"
    else:
        sql = "SELECT p.pk FROM persons p WHERE " + " AND ".join(where)
        sql += " ORDER BY p.sort_key, p.pk"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return sql, params


def all_pks(conn: Connection, filters: SearchFilters | None = None) -> list[int]:
    return search_pks(conn, "", limit=None, filters=filters)


@dataclass(frozen=True)
class RegistryRow:
    """What the registry list shows for one person."""

    pk: int
    id: str
    surname_ru: str | None
    given_name_ru: str | None
    patronymic_ru: str | None
    surname_lat: str | None
    given_name_lat: str | None
    sex: str | None
    birth_date: str | None
    citizenship: str
    document: str
    # Authority that provided the record (Art. 11 handling limits); empty for own records.
    provider: str = ""


_ROW_COLUMNS = (
    "pk, id, surname_ru, given_name_ru, patronymic_ru, surname_lat, given_name_lat, sex, "
    "birth_date, citizenship, document, provider"
)


def _key_marks(pks: list[int]) -> tuple[str, dict[str, int]]:
    return ", ".join(f":k{i}" for i in range(len(pks))), {f"k{i}": pk for i, pk in enumerate(pks)}


def fetch_rows_statement(pks: list[int]) -> tuple[str, dict[str, int]]:
    """The statement that reads the registry rows of the given keys: from ``registry_rows``
    (migration 0027), one short row a person that triggers keep equal to what
    ``plain_rows_statement`` computes. A cold page of 50 reads some 50 table pages, not the
    wide ``persons`` rows and three sub-queries each."""
    marks, params = _key_marks(pks)
    return f"SELECT {_ROW_COLUMNS} FROM registry_rows WHERE pk IN ({marks})", params


def plain_rows_statement(pks: list[int]) -> tuple[str, dict[str, int]]:
    """The same rows computed from ``persons`` and its child rows (the tests' oracle)."""
    marks, params = _key_marks(pks)
    sql = (
        "SELECT p.pk, p.id, p.surname_ru, p.given_name_ru, p.patronymic_ru, p.surname_lat, "
        "p.given_name_lat, p.sex, p.birth_date, "
        "(SELECT group_concat(country, ', ') FROM person_citizenships c "
        " WHERE c.person_pk = p.pk), "
        "(SELECT trim(coalesce(series, '') || ' ' || number) FROM identity_documents d "
        " WHERE d.person_pk = p.pk ORDER BY position LIMIT 1), "
        "(SELECT provider_authority FROM handling_limits h "
        " WHERE h.record_kind = 'person' AND h.record_id = p.id) "
        f"FROM persons p WHERE p.pk IN ({marks})"
    )
    return sql, params


def fetch_rows(conn: Connection, pks: list[int]) -> list[RegistryRow]:
    """Rows for the given keys, in the order asked (one query per page of the list), read on
    the DB-API cursor: through SQLAlchemy a warm page of 50 cost 0.5 ms of CPU, here 0.13."""
    if not pks:
        return []
    sql, params = fetch_rows_statement(pks)
    found = {
        row[0]: RegistryRow(
            pk=row[0],
            id=row[1],
            surname_ru=row[2],
            given_name_ru=row[3],
            patronymic_ru=row[4],
            surname_lat=row[5],
            given_name_lat=row[6],
            sex=row[7],
            birth_date=row[8],
            citizenship=row[9] or "",
            document=row[10] or "",
            provider=row[11] or "",
        )
        for row in dbapi_connection(conn).execute(sql, params)
    }
    return [found[pk] for pk in pks if pk in found]
