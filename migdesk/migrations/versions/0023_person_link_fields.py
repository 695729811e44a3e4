"""person_link_fields: one short row per person with exactly what record linkage compares
(issue #16), so that a candidate is read by its key, not from its wide persons row and two
sub-queries

The rows of the persons already stored are copied by one INSERT … SELECT in name order (the
``persons.sort_key`` index): SQLite streams it (no Python objects per person, memory bounded
by the page cache), and namesakes, who are each other's candidates, end up on the same pages.
The statement is the one the application writes the rows with
(``migdesk/persons/link_fields.py``), copied here so that this revision stays as it is.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

_FILL_SQL = (
    "INSERT INTO person_link_fields(person_pk, id, surname_ru, given_name_ru, patronymic_ru, "
    "surname_lat, given_name_lat, patronymic_lat, birth_date, sex, personal_number, "
    "citizenship, documents) "
    "SELECT p.pk, p.id, p.surname_ru, p.given_name_ru, p.patronymic_ru, p.surname_lat, "
    "p.given_name_lat, p.patronymic_lat, p.birth_date, p.sex, p.personal_number, "
    "(SELECT group_concat(country, ' ') FROM person_citizenships c WHERE c.person_pk = p.pk), "
    "(SELECT group_concat(number_norm, ' ') FROM identity_documents d "
    " WHERE d.person_pk = p.pk) "
    "FROM persons p ORDER BY p.sort_key, p.pk"
)


def upgrade() -> None:
    op.create_table(
        "person_link_fields",
        sa.Column("pos", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("surname_ru", sa.String(length=100), nullable=True),
        sa.Column("given_name_ru", sa.String(length=100), nullable=True),
        sa.Column("patronymic_ru", sa.String(length=100), nullable=True),
        sa.Column("surname_lat", sa.String(length=100), nullable=True),
        sa.Column("given_name_lat", sa.String(length=100), nullable=True),
        sa.Column("patronymic_lat", sa.String(length=100), nullable=True),
        sa.Column("birth_date", sa.String(length=10), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("personal_number", sa.String(length=32), nullable=True),
        sa.Column("citizenship", sa.Text(), nullable=True),
        sa.Column("documents", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_person_link_fields_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pos", name=op.f("pk_person_link_fields")),
        sa.UniqueConstraint("person_pk", name=op.f("uq_person_link_fields_person_pk")),
    )
    op.execute(_FILL_SQL)


def downgrade() -> None:
    op.drop_table("person_link_fields")
