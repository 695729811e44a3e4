"""``person_link_fields``: exactly what linkage compares of each person, one short row each.

Reading a candidate from ``persons`` meant its wide row plus two sub-queries (citizenships,
documents), on pages spread over the whole file: about 50 µs of CPU per candidate at a
million persons, most of the matching time. The compact row is read by its key alone.

The row is copied from what is stored (``persons`` and its child rows, after the ORM has
flushed them) by the same statement everywhere: the person service, the bundle importer,
merge (``blocking.write_keys``), and ``bulk_add`` for a whole batch. A deleted person's row
goes with it by foreign key (ON DELETE CASCADE): destruction and merge need no step of their
own. Revision 0023 fills it for the persons already stored, with the same statement.
"""

from __future__ import annotations

from typing import Any

# Column order of a compact row; ``blocking.record_from_row`` reads rows in this order.
COLUMNS = (
    "person_pk",
    "id",
    "surname_ru",
    "given_name_ru",
    "patronymic_ru",
    "surname_lat",
    "given_name_lat",
    "patronymic_lat",
    "birth_date",
    "sex",
    "personal_number",
    "citizenship",
    "documents",
)

# The compact rows of persons as stored (revision 0023 holds a copy of this statement).
FROM_PERSONS_SQL = (
    "SELECT p.pk, p.id, p.surname_ru, p.given_name_ru, p.patronymic_ru, p.surname_lat, "
    "p.given_name_lat, p.patronymic_lat, p.birth_date, p.sex, p.personal_number, "
    "(SELECT group_concat(country, ' ') FROM person_citizenships c WHERE c.person_pk = p.pk), "
    "(SELECT group_concat(number_norm, ' ') FROM identity_documents d "
    " WHERE d.person_pk = p.pk) "
    "FROM persons p"
)
# A rewritten row goes to the end of the table (a new ``pos``): only the bulk fill lays
# rows out in name order.
_WRITE_SQL = f"INSERT OR REPLACE INTO person_link_fields({', '.join(COLUMNS)}) {FROM_PERSONS_SQL}"
# Compact rows, then their position (the walk of the registry-wide scan goes by position).
SELECT_SQL = f"SELECT {', '.join(COLUMNS)}, pos FROM person_link_fields"
# The rows of the persons in a JSON array, read in position order: the positions come from
# the index on ``person_pk`` alone, then each page of the table is decrypted once.
OF_PERSONS_SQL = (
    SELECT_SQL + " WHERE pos IN (SELECT pos FROM person_link_fields "
    "WHERE person_pk IN (SELECT value FROM json_each(?)))"
)

# The rows at the positions in a JSON array (the positions the blocking keys carry).
AT_POSITIONS_SQL = SELECT_SQL + " WHERE pos IN (SELECT value FROM json_each(?))"


def position(raw: Any, pk: int) -> int | None:
    """Where one person's compact row is now (``None`` if it has none)."""
    found = raw.execute("SELECT pos FROM person_link_fields WHERE person_pk = ?", (pk,))
    row = found.fetchone()
    return None if row is None else int(row[0])


def refresh(raw: Any, pk: int) -> int | None:
    """Copy one person's compared fields as stored now (``raw``: DB-API connection/cursor);
    returns the row's new position (``pos`` is the rowid), ``None`` if no row was written."""
    written = raw.execute(_WRITE_SQL + " WHERE p.pk = ?", (pk,))
    # One row inserted: the last rowid is its position (with none, it would be an older one).
    return int(written.lastrowid) if written.rowcount == 1 else None


def refresh_from(raw: Any, first_pk: int) -> None:
    """Copy the compared fields of every person from ``first_pk`` on (a bulk batch), in name
    order as revision 0023 lays them out. The unary plus keeps the planner off the
    ``sort_key`` index (it walked all of it, a million entries, to skip the old persons):
    the batch's keys are a range of ``pk``, and its rows are sorted by themselves."""
    raw.execute(_WRITE_SQL + " WHERE p.pk >= ? ORDER BY +p.sort_key, p.pk", (first_pk,))
