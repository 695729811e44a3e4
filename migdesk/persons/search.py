"""Person search: case-insensitive, ё=е, substring, across Cyrillic and Latin, by names,
document and personal numbers and birth date.

The index is a contentless FTS5 trigram table (``person_fts``) whose rowid is ``persons.pk``.
For every person it holds one folded text: names in both scripts plus the transliterations
of the Russian names in several schemes, personal number and document numbers. A Cyrillic
query is also transliterated, so each script finds the other.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, text

from migdesk.identity.translit import fold, has_cyrillic, to_latin, to_latin_variants

TRIGRAM = 3
_DATE_DMY = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_YEAR = re.compile(r"^(\d{4})$")


_NOT_DOC_CHAR = re.compile(r"[^0-9A-Za-zА-Яа-яЁё]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def _name_terms(name_ru: str) -> tuple[str, ...]:
    """A Russian name and its transliterations, folded (cached: names repeat a lot)."""
    return tuple(fold(w) for w in (name_ru, *to_latin_variants(name_ru)) if w)


@lru_cache(maxsize=65536)
def _fold_name(name: str) -> str:
    return fold(name)


def _fold_code(text: str) -> str:
    """``fold`` for numbers; for ASCII it reduces to lower case and collapsed spaces."""
    if text.isascii():
        return _SPACES.sub(" ", text.lower()).strip()
    return fold(text)


def index_terms(data: dict[str, Any]) -> str:
    """Everything a search may match for one person, folded, space separated."""
    words: list[str] = []
    for name in ("surname", "given_name", "patronymic"):
        ru, lat = data.get(f"{name}_ru"), data.get(f"{name}_lat")
        if ru:
            words.extend(_name_terms(ru))
        if lat:
            words.append(_fold_name(lat))
    if data.get("personal_number"):
        words.append(_fold_code(data["personal_number"]))
    for doc in data.get("documents") or []:
        number = _NOT_DOC_CHAR.sub("", f"{doc.get('series') or ''}{doc.get('number') or ''}")
        if number:
            words.append(_fold_code(number))
    # A word repeated (a Latin name equal to its ICAO form) adds nothing a search could find:
    # query words never hold white space, so no match spans the " | " between two words.
    return " | ".join(dict.fromkeys(words))


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


# Reading one person row by key costs a random page (read and decrypted) when it is not in
# the page cache; stepping over one entry of the sort_key index in order costs about 1/40 of
# that (measured at a million persons: ~8 µs against ~0.2 µs).
_LOOKUP_VS_SCAN = 40


def _raw(conn: Connection) -> Any:
    """The DB-API connection: key lists of 10⁵ rows come back without a Row object each."""
    raw = conn.connection.driver_connection
    assert raw is not None
    return raw


def _date_condition(values: tuple[str, ...], column: str, name: str) -> tuple[str, dict[str, str]]:
    """SQL for one date word: a range on the birth_date index (LIKE would not use it)."""
    prefix, *coarser = values
    params = {name: prefix, f"{name}_end": prefix + "\uffff"}
    condition = f"({column} >= :{name} AND {column} < :{name}_end"
    for j, value in enumerate(coarser):
        condition += f" OR {column} = :{name}_{j}"
        params[f"{name}_{j}"] = value
    return condition + ")", params


def _matching_keys(conn: Connection, parsed: ParsedQuery, *, dates: bool) -> list[int] | None:
    """Keys that satisfy the FTS part of a query (and its dates if ``dates``); None when
    there is nothing to resolve. Both come from indexes alone (the FTS index,
    ``ix_persons_birth_date``): no person row is read for a candidate ruled out here."""
    raw = _raw(conn)
    keys: list[int] | None = None
    if parsed.fts:
        sql = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?"
        keys = [row[0] for row in raw.execute(sql, (parsed.fts,))]
    for values in parsed.birth_dates if dates else ():
        if keys is not None and not keys:
            break
        condition, args = _date_condition(values, "birth_date", "d")
        born = {row[0] for row in raw.execute(f"SELECT pk FROM persons WHERE {condition}", args)}
        keys = sorted(born) if keys is None else [pk for pk in keys if pk in born]
    return keys


def _walk_registry_order(keys: int, total: int, limit: int | None, *, spread: bool) -> bool:
    """Whether walking the sort_key index beats reading every candidate row and sorting.

    The walk stops at ``limit`` matches. Name matches cluster (one surname sorts together),
    so the walk is priced as if it went through the whole index; matches by date alone are
    spread evenly, and ``limit`` of them turn up after about limit × total / keys entries."""
    walk = total
    if spread and limit is not None:
        walk = min(total, limit * total // keys)
    return walk < keys * _LOOKUP_VS_SCAN


# Before reading every candidate, a page of results is first looked for in the first
# ``candidates × _LOOKUP_VS_SCAN / _PROBE_SHARE`` entries of the registry order: when the
# matches sort early (a fragment of a surname beginning with «А»), that finds them at a
# fraction of the cost; when not, at most 1/_PROBE_SHARE of the read is spent in vain.
_PROBE_SHARE = 4
# Fewer candidates than this are read at once: the probe could save too little.
_PROBE_MIN_KEYS = 500


def _bounded_walk(
    sql_from_where: str, params: dict[str, Any], raw: Any, budget: int, limit: int
) -> list[int] | None:
    """The first ``limit`` matches among the first ``budget`` entries of the registry order,
    or None when there are fewer (then only a full evaluation can tell the page).

    CROSS JOIN keeps the walk of the ``sort_key`` index the outer loop: SQLite then needs no
    sort for the ORDER BY and stops at ``limit`` matches; a person row is read only for an
    entry whose key is a candidate."""
    sql = (
        "SELECT p.pk FROM (SELECT pk, sort_key FROM persons ORDER BY sort_key, pk "
        "LIMIT :budget) w CROSS JOIN persons p ON p.pk = w.pk"
        + sql_from_where
        + " ORDER BY w.sort_key, w.pk LIMIT :limit"
    )
    found = [row[0] for row in raw.execute(sql, {**params, "budget": budget, "limit": limit})]
    return found if len(found) == limit else None


def search_pks(
    conn: Connection, query: str, *, limit: int | None = 200, filters: SearchFilters | None = None
) -> list[int]:
    """Primary keys of matching persons, in registry order (folded full name).

    Name words (FTS) and dates are first resolved to candidate keys from their indexes. Then
    either every candidate row is read and the candidates sorted, or, when that would cost
    more, the ``sort_key`` index is walked in order picking up candidates until ``limit``.
    Before reading every candidate, a bounded walk looks for the page among the first entries
    of the order (``_bounded_walk``). The result is the same every way (the ORDER BY fixes
    it: the first ``limit`` matches of a prefix of the order are the first of the whole),
    only the time differs."""
    parsed = parse_query(query)
    filters = filters or SearchFilters()
    where: list[str] = []
    params: dict[str, Any] = {}
    # The first statement opens the read transaction: every later one sees the same data.
    total = int(conn.execute(text("SELECT coalesce(max(pk), 0) FROM persons")).scalar_one())
    # A short word alone is a surname prefix, a narrow range already: dates stay conditions.
    dates_as_keys = bool(parsed.fts) or not parsed.short_words
    keys = _matching_keys(conn, parsed, dates=dates_as_keys)
    probe_budget = 0
    if keys is not None:
        if not keys:
            return []
        walk = _walk_registry_order(len(keys), total, limit, spread=not parsed.fts)
        # "+p.pk" keeps SQLite from reading the keys one by one: it walks sort_key instead.
        where.append(f"{'+p.pk' if walk else 'p.pk'} IN (SELECT value FROM json_each(:keys))")
        params["keys"] = json.dumps(keys)
        if not walk and limit is not None and len(keys) >= max(_PROBE_MIN_KEYS, limit):
            probe_budget = min(total, len(keys) * _LOOKUP_VS_SCAN // _PROBE_SHARE)
    if not dates_as_keys:
        for i, values in enumerate(parsed.birth_dates):
            condition, args = _date_condition(values, "p.birth_date", f"d{i}")
            where.append(condition)
            params.update(args)
    for i, word in enumerate(parsed.short_words):
        if not parsed.fts and i == 0:
            # Alone, a short word is a surname prefix: a range scan on the sort_key index.
            where.append(f"p.sort_key >= :s{i} AND p.sort_key < :s{i}_end")
            params[f"s{i}_end"] = word + "\uffff"
        else:
            where.append(f"instr(p.sort_key, :s{i}) > 0")
        params[f"s{i}"] = word
    if filters.sex:
        where.append("p.sex = :sex")
        params["sex"] = filters.sex
    if filters.citizenship:
        where.append(
            "EXISTS (SELECT 1 FROM person_citizenships c WHERE c.person_pk = p.pk "
            "AND c.country = :cit)"
        )
        params["cit"] = filters.citizenship
    if probe_budget and limit is not None:
        # The key test reads only the index entry (w.pk): a row is read for a candidate only.
        probe_where = [
            "w.pk IN (SELECT value FROM json_each(:keys))",
            *(c.replace("p.sort_key", "w.sort_key") for c in where[1:]),
        ]
        found = _bounded_walk(
            " WHERE " + " AND ".join(probe_where), params, _raw(conn), probe_budget, limit
        )
        if found is not None:
            return found
    sql = "SELECT p.pk FROM persons p"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY p.sort_key, p.pk"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [row[0] for row in _raw(conn).execute(sql, params)]


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
        " WHERE d.person_pk = p.pk ORDER BY position LIMIT 1), "
        "(SELECT provider_authority FROM handling_limits h "
        " WHERE h.record_kind = 'person' AND h.record_id = p.id) "
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
            provider=row[11] or "",
        )
        for row in conn.execute(sql, {f"k{i}": pk for i, pk in enumerate(pks)})
    }
    return [found[pk] for pk in pks if pk in found]
