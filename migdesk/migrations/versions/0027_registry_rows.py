"""registry_rows: the registry list's row of every person in one short row, kept by triggers

A cold results page of 50 persons read 50 wide ``persons`` rows and, for each, a person's
citizenships, first document and handling limits: 115–230 pages read and decrypted, about
half of a cold search at a million persons (issue #17). ``registry_rows`` holds exactly what
the list shows (``search.fetch_rows``), some 150 bytes a person keyed by ``persons.pk``.

Triggers on ``persons``, ``person_citizenships``, ``identity_documents`` and
``handling_limits`` write it, so every write path (a save, ``bulk_add``, a bundle import, a
merge, a destruction, a raw baseline replaying the same tables) keeps it in step without
knowing of it; the person's deletion takes its row along (ON DELETE CASCADE). The rows of
the persons already stored are copied by one INSERT … SELECT in key order, which SQLite
streams (no Python objects per person, memory bounded by the page cache: 11 s and 127 MB
peak for a million persons). The statements are the ones ``persons/registry_rows.py``
checks against, copied here so that this revision stays as it is.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

_NAMES = ("id", "surname_ru", "given_name_ru", "patronymic_ru", "surname_lat", "given_name_lat")
_FROM_PERSON = (*_NAMES, "sex", "birth_date")


def _citizenship(pk: str) -> str:
    # The covering index (person_pk, position, country) yields them in position order.
    return (
        f"(SELECT group_concat(country, ', ') FROM person_citizenships c WHERE c.person_pk = {pk})"
    )


def _document(pk: str) -> str:
    return (
        "(SELECT trim(coalesce(series, '') || ' ' || number) FROM identity_documents d "
        f"WHERE d.person_pk = {pk} ORDER BY position LIMIT 1)"
    )


def _provider(person_id: str) -> str:
    return (
        "(SELECT provider_authority FROM handling_limits h "
        f"WHERE h.record_kind = 'person' AND h.record_id = {person_id})"
    )


_COLUMNS = ", ".join(("pk", *_FROM_PERSON, "citizenship", "document", "provider"))
_FILL_SQL = (
    f"INSERT INTO registry_rows({_COLUMNS}) SELECT p.pk, "
    + ", ".join(f"p.{c}" for c in _FROM_PERSON)
    + f", {_citizenship('p.pk')}, {_document('p.pk')}, {_provider('p.id')} "
    "FROM persons p ORDER BY p.pk"
)


def _sub_rows(table: str, column: str, value: str) -> list[tuple[str, str]]:
    """Triggers that recompute one column of a person's row when a child row changes."""

    def update(key: str) -> str:
        return f"UPDATE registry_rows SET {column} = {value.format(pk=key)} WHERE pk = {key};"

    name = f"trg_registry_rows_{table}"
    return [
        (f"{name}_insert", f"AFTER INSERT ON {table} BEGIN {update('new.person_pk')} END"),
        (f"{name}_delete", f"AFTER DELETE ON {table} BEGIN {update('old.person_pk')} END"),
        (
            f"{name}_update",
            f"AFTER UPDATE ON {table} BEGIN "
            f"{update('old.person_pk')} {update('new.person_pk')} END",
        ),
    ]


def _limits(event: str, row: str) -> tuple[str, str]:
    return (
        f"trg_registry_rows_handling_limits_{event.lower()}",
        f"AFTER {event} ON handling_limits WHEN {row}.record_kind = 'person' BEGIN "
        f"UPDATE registry_rows SET provider = {_provider(f'{row}.record_id')} "
        f"WHERE pk = (SELECT pk FROM persons WHERE id = {row}.record_id); END",
    )


TRIGGERS: list[tuple[str, str]] = [
    (
        "trg_registry_rows_persons_insert",
        f"AFTER INSERT ON persons BEGIN INSERT INTO registry_rows({_COLUMNS}) VALUES (new.pk, "
        + ", ".join(f"new.{c}" for c in _FROM_PERSON)
        + f", {_citizenship('new.pk')}, {_document('new.pk')}, {_provider('new.id')}); END",
    ),
    (
        "trg_registry_rows_persons_update",
        f"AFTER UPDATE OF {', '.join(_FROM_PERSON)} ON persons BEGIN UPDATE registry_rows SET "
        + ", ".join(f"{c} = new.{c}" for c in _FROM_PERSON)
        + f", provider = {_provider('new.id')} WHERE pk = new.pk; END",
    ),
    *_sub_rows("person_citizenships", "citizenship", _citizenship("{pk}")),
    *_sub_rows("identity_documents", "document", _document("{pk}")),
    _limits("INSERT", "new"),
    _limits("UPDATE", "new"),
    _limits("DELETE", "old"),
]
# A handling limit moved to another record leaves the old one's marker: UPDATE sees only new.
TRIGGERS.append(
    (
        "trg_registry_rows_handling_limits_update_old",
        "AFTER UPDATE ON handling_limits WHEN old.record_kind = 'person' BEGIN "
        f"UPDATE registry_rows SET provider = {_provider('old.record_id')} "
        "WHERE pk = (SELECT pk FROM persons WHERE id = old.record_id); END",
    )
)


def upgrade() -> None:
    op.create_table(
        "registry_rows",
        sa.Column("pk", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        *(sa.Column(c, sa.String(length=100), nullable=True) for c in _NAMES[1:]),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("birth_date", sa.String(length=10), nullable=True),
        sa.Column("citizenship", sa.Text(), nullable=True),
        sa.Column("document", sa.Text(), nullable=True),
        sa.Column("provider", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["pk"], ["persons.pk"], name=op.f("fk_registry_rows_pk_persons"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_registry_rows")),
    )
    op.execute(_FILL_SQL)
    for name, body in TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name, _body in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("registry_rows")
