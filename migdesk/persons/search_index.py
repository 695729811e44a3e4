"""The person search index (``person_fts``, a contentless FTS5 trigram table): the folded
terms of a person (names in both scripts and their transliterations, personal number,
document numbers, birth date «YYYY-MM-DD»), writing and removing a person's row, and
rebuilding the index in registry order (``registry_order``). ``search`` queries it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

from migdesk.identity.name_keys import skeleton_words
from migdesk.identity.translit import fold, to_latin_variants
from migdesk.persons import registry_order
from migdesk.progress import ReportProgress

TRIGRAM = 3
DATE_OPEN, DATE_CLOSE = "«", "»"
DATE_DMY = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$")
DATE_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
YEAR = re.compile(r"^(\d{4})$")


_NOT_DOC_CHAR = re.compile(r"[^0-9A-Za-zА-Яа-яЁё]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)
def _name_terms(name_ru: str) -> tuple[str, ...]:
    """A Russian name and its transliterations, folded (cached: names repeat a lot)."""
    return tuple(fold(w) for w in (name_ru, *to_latin_variants(name_ru)) if w)


@lru_cache(maxsize=8192)
def _fold_name(name: str) -> str:
    return fold(name)


# Skeleton words (``identity.name_keys``) go into the index after this mark, and a query word
# is also looked up by its skeleton after it: HARUTYUNYAN finds Арутюнян, JUMABEKOV finds
# Жұмабеков. The mark anchors the lookup at the start of a name word (a skeleton drops an
# initial H: «asanov» must not be found inside «kasanov»).
SKELETON_MARK = "~"


@lru_cache(maxsize=12288)
def skeleton_terms(name: str) -> tuple[str, ...]:
    return tuple(SKELETON_MARK + w for w in skeleton_words(name) if len(w) >= TRIGRAM)


def _fold_code(text: str) -> str:
    """``fold`` for numbers; for ASCII it reduces to lower case and collapsed spaces."""
    if text.isascii():
        return _SPACES.sub(" ", text.lower()).strip()
    return fold(text)


def date_term(birth_date: str) -> str:
    """A birth date as an index word: «1985-04-12». The marks exist nowhere else in the
    index, so «1985 finds exactly the dates that start with 1985 and «1985» only the year."""
    return f"{DATE_OPEN}{birth_date}{DATE_CLOSE}"


def index_terms(data: dict[str, Any]) -> str:
    """Everything a search may match for one person, folded, space separated.

    The date and the numbers come first: their digit trigrams have the longest lists in the
    index, and each entry stores the trigram's position in this text as a varint, which
    takes one byte below 126 (after the names it took two). The order changes no match."""
    words: list[str] = []
    if data.get("birth_date"):
        words.append(date_term(data["birth_date"]))
    if data.get("personal_number"):
        words.append(_fold_code(data["personal_number"]))
    for doc in data.get("documents") or []:
        number = _NOT_DOC_CHAR.sub("", f"{doc.get('series') or ''}{doc.get('number') or ''}")
        if number:
            words.append(_fold_code(number))
    for name in ("surname", "given_name", "patronymic"):
        ru, lat = data.get(f"{name}_ru"), data.get(f"{name}_lat")
        if ru:
            words.extend(_name_terms(ru))
            words.extend(skeleton_terms(ru))
        if lat:
            words.append(_fold_name(lat))
            words.extend(skeleton_terms(lat))
    # A word repeated (a Latin name equal to its ICAO form) adds nothing a search could find:
    # query words never hold white space, so no match spans the " | " between two words.
    return " | ".join(dict.fromkeys(words))


def index_person(conn: Connection, pk: int, data: dict[str, Any]) -> None:
    """(Re)index a person whose row is written: same position if the name still sorts
    there, else a new one."""
    cur = dbapi_connection(conn)
    pos = registry_order.position_of(cur, pk)
    if pos is not None:
        cur.execute("DELETE FROM person_fts WHERE rowid = ?", (pos,))
        if not registry_order.still_in_order(cur, pk, pos):
            registry_order.forget(cur, pk)
            pos = None
    if pos is None:
        sort_key = cur.execute("SELECT sort_key FROM persons WHERE pk = ?", (pk,)).fetchone()[0]
        pos = registry_order.place(cur, [(pk, sort_key)], lambda pks: stored_terms(conn, pks))[pk]
    cur.execute("INSERT INTO person_fts(rowid, terms) VALUES (?, ?)", (pos, index_terms(data)))


def unindex_person(conn: Connection, pk: int) -> None:
    cur = dbapi_connection(conn)
    pos = registry_order.forget(cur, pk)
    if pos is not None:
        cur.execute("DELETE FROM person_fts WHERE rowid = ?", (pos,))


def stored_terms(conn: Connection, pks: list[int]) -> dict[int, str]:
    """``index_terms`` of stored persons, read back from their rows (for index rows that
    move to another position, and for rebuilding the index)."""
    cur = dbapi_connection(conn)
    data: dict[int, dict[str, Any]] = {}
    for start in range(0, len(pks), 500):
        chunk = pks[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in cur.execute(
            f"SELECT {', '.join(_STORED)} FROM persons WHERE pk IN ({marks})", chunk
        ):
            data[row[0]] = {**dict(zip(_STORED[1:], row[1:], strict=True)), "documents": []}
        for pk, series, number in cur.execute(
            "SELECT person_pk, series, number FROM identity_documents "
            f"WHERE person_pk IN ({marks}) ORDER BY person_pk, position",
            chunk,
        ):
            data[pk]["documents"].append({"series": series, "number": number})
    return {pk: index_terms(record) for pk, record in data.items()}


_STORED = (
    "pk",
    "surname_ru",
    "given_name_ru",
    "patronymic_ru",
    "surname_lat",
    "given_name_lat",
    "patronymic_lat",
    "personal_number",
    "birth_date",
)


# Page cache while the index is rebuilt, KiB: the FTS segments and the tables being read.
REBUILD_CACHE_KIB = 256 * 1024


def rebuild_index(
    conn: Connection, progress: ReportProgress | None = None, *, lay_out: bool = True
) -> int:
    """Lay every person out afresh in registry order (unless ``lay_out`` is false: the
    positions stay) and rebuild ``person_fts`` from the stored records (migrations; a
    changed ``index_terms``). Returns the number indexed.

    Persons are read in key order (their rows and documents lie in that order on disk);
    the index takes its rows in any order."""
    cur = dbapi_connection(conn)
    cache = cur.execute("PRAGMA cache_size").fetchone()[0]
    cur.execute(f"PRAGMA cache_size = -{REBUILD_CACHE_KIB}")
    try:
        if lay_out:
            total = registry_order.lay_out(cur)
        else:
            total = int(cur.execute("SELECT count(*) FROM person_fts_order").fetchone()[0])
        cur.execute("INSERT INTO person_fts(person_fts) VALUES ('delete-all')")
        done, last = 0, 0
        while True:
            chunk = cur.execute(
                "SELECT o.pk, o.pos FROM persons p CROSS JOIN person_fts_order o "
                "ON o.pk = p.pk WHERE p.pk > ? ORDER BY p.pk LIMIT 20000",
                (last,),
            ).fetchall()
            if not chunk:
                break
            terms = stored_terms(conn, [pk for pk, _ in chunk])
            # Ascending rowids: FTS5 flushes its pending segment whenever a rowid goes down.
            cur.executemany(
                "INSERT INTO person_fts(rowid, terms) VALUES (?, ?)",
                sorted((pos, terms[pk]) for pk, pos in chunk),
            )
            last = chunk[-1][0]
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        compact_index(conn)
    finally:
        cur.execute(f"PRAGMA cache_size = {int(cache)}")
    return total


def compact_index(conn: Connection) -> None:
    """Merge the index into one segment. Rows written batch by batch leave a dozen or more
    segments, and a query looks each of its trigrams up in every one: at a million persons
    that was most of a cold search's page reads. FTS5 streams the segments' pages into the
    new one, so memory stays bounded by the page cache (the process peaked at 130 MB merging
    the 800 MB index of a million persons)."""
    dbapi_connection(conn).execute("INSERT INTO person_fts(person_fts) VALUES ('optimize')")


def dbapi_connection(conn: Connection) -> Any:
    """The DB-API connection: key lists of 10⁵ rows come back without a Row object each."""
    raw = conn.connection.driver_connection
    assert raw is not None
    return raw
