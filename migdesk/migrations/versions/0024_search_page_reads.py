"""search reads fewer pages: the search index merged into one segment, and the registry
row's citizenship and first document read from covering indexes

A cold search pays for every page it touches (each one is read and decrypted): the index
built batch by batch had some twenty segments, so every trigram of a query was looked up in
each; and the registry row looked a person's citizenships and documents up in an index on
``person_pk`` and then in the table. The covering indexes replace those ``person_pk``
indexes (the foreign keys and every ``person_pk`` lookup still use them).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

# (table, columns after person_pk) of the covering indexes; each keeps the old index's name.
COVERING = (
    ("person_citizenships", ("position", "country")),
    ("identity_documents", ("position", "series", "number")),
)


def upgrade() -> None:
    from migdesk.persons import search_index

    for table, columns in COVERING:
        op.drop_index(f"ix_{table}_person_pk", table_name=table)
        op.create_index(f"ix_{table}_person_pk", table, ["person_pk", *columns], unique=False)
    search_index.compact_index(op.get_bind())


def downgrade() -> None:
    for table, _columns in COVERING:
        op.drop_index(f"ix_{table}_person_pk", table_name=table)
        op.create_index(f"ix_{table}_person_pk", table, ["person_pk"], unique=False)
