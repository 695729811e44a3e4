"""Person search: case-insensitive, ё=е, substring, across Cyrillic and Latin, by names,
document and personal numbers and birth date.

The index is a contentless FTS5 trigram table (``person_fts``) whose rowid is ``persons.pk``.
For every person it holds one folded text: names in both scripts plus the transliterations
of the Russian names in several schemes, personal number and document numbers. A Cyrillic
query is also transliterated, so each script finds the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from migdesk.identity.translit import fold, has_cyrillic, to_latin, to_latin_variants

TRIGRAM = 3
_DATE_DMY = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_YEAR = re.compile(r"^(\d{4})$")


def index_terms(data: dict[str, Any]) -> str:
    """Everything a search may match for one person, folded, space separated."""
    words: list[str] = []
    for name in ("surname", "given_name", "patronymic"):
        ru, lat = data.get(f"{name}_ru"), data.get(f"{name}_lat")
        if ru:
            words.append(ru)
            words.extend(to_latin_variants(ru))
        if lat:
            words.append(lat)
    if data.get("personal_number"):
        words.append(data["personal_number"])
    for doc in data.get("documents") or []:
        words.append(
            re.sub(
                r"[^0-9A-Za-zА-Яа-яЁё]", "", f"{doc.get('series') or ''}{doc.get('number') or ''}"
            )
        )
    return " | ".join(fold(w) for w in words if w)


def index_person(conn: Connection, pk: int, data: dict[str, Any]) -> None:
    conn.execute(text("DELETE FROM person_fts WHERE rowid = :pk"), {"pk": pk})
    conn.execute(
        text("INSERT INTO person_fts(rowid, terms) VALUES (:pk, :terms)"),
        {"pk": pk, "terms": index_terms(data)},
    )


def unindex_person(conn: Connection, pk: int) -> None:
    conn.execute(text("DELETE FROM person_fts WHERE rowid = :pk"), {"pk": pk})


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
    if m := _DATE_DMY.match(word):
        day, month, year = m.groups()
    elif m := _DATE_ISO.match(word):
        year, month, day = m.groups()
    elif (m := _YEAR.match(word)) and 1900 <= int(word) <= date.today().year:
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


def search_pks(
    conn: Connection, query: str, *, limit: int | None = 200, filters: SearchFilters | None = None
) -> list[int]:
    """Primary keys of matching persons, in registry order (folded full name)."""
    parsed = parse_query(query)
    filters = filters or SearchFilters()
    where: list[str] = []
    params: dict[str, Any] = {}
    source = "persons p"
    if parsed.fts:
        source = "person_fts f JOIN persons p ON p.pk = f.rowid"
        where.append("person_fts MATCH :fts")
        params["fts"] = parsed.fts
    for i, word in enumerate(parsed.short_words):
        if not parsed.fts and i == 0:
            # Alone, a short word is a surname prefix: a range scan on the sort_key index.
            where.append(f"p.sort_key >= :s{i} AND p.sort_key < :s{i}_end")
            params[f"s{i}_end"] = word + "\uffff"
        else:
            where.append(f"instr(p.sort_key, :s{i}) > 0")
        params[f"s{i}"] = word
    for i, (prefix, *coarser) in enumerate(parsed.birth_dates):
        # A range on the birth_date index instead of LIKE, which SQLite would not index.
        condition = f"(p.birth_date >= :d{i} AND p.birth_date < :d{i}_end"
        params[f"d{i}"], params[f"d{i}_end"] = prefix, prefix + "\uffff"
        for j, value in enumerate(coarser):
            condition += f" OR p.birth_date = :d{i}_{j}"
            params[f"d{i}_{j}"] = value
        where.append(condition + ")")
    if filters.sex:
        where.append("p.sex = :sex")
        params["sex"] = filters.sex
    if filters.citizenship:
        where.append(
            "EXISTS (SELECT 1 FROM person_citizenships c WHERE c.person_pk = p.pk "
            "AND c.country = :cit)"
        )
        params["cit"] = filters.citizenship
    sql = f"SELECT p.pk FROM {source}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY p.sort_key, p.pk"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [int(row[0]) for row in conn.execute(text(sql), params)]


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


def fetch_rows(conn: Connection, pks: list[int]) -> list[RegistryRow]:
    """Rows for the given keys, in the order asked (one query per page of the list)."""
    if not pks:
        return []
    marks = ", ".join(f":k{i}" for i in range(len(pks)))
    sql = text(
        "SELECT p.pk, p.id, p.surname_ru, p.given_name_ru, p.patronymic_ru, p.surname_lat, "
        "p.given_name_lat, p.sex, p.birth_date, "
        "(SELECT group_concat(country, ', ') FROM person_citizenships c "
        " WHERE c.person_pk = p.pk), "
        "(SELECT trim(coalesce(series, '') || ' ' || number) FROM identity_documents d "
        " WHERE d.person_pk = p.pk ORDER BY position LIMIT 1) "
        f"FROM persons p WHERE p.pk IN ({marks})"
    )
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
        )
        for row in conn.execute(sql, {f"k{i}": pk for i, pk in enumerate(pks)})
    }
    return [found[pk] for pk in pks if pk in found]
