"""record linkage: blocking keys of every person, links between records, merges; the search
index gains the name skeletons (HARUTYUNYAN finds Арутюнян) and is rebuilt

The keys of the persons already stored are computed here: rows go into the table first and
its indexes are built afterwards, one sort each, instead of updating two B-trees at random
for every row.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def _backfill() -> None:
    from migdesk.persons.blocking import blocking_keys, iter_records

    raw = op.get_bind().connection.driver_connection
    assert raw is not None
    reader = raw.cursor()
    writer = raw.cursor()
    rows: list[tuple[int, int]] = []
    for pk, rec in iter_records(reader, batch=20000):
        rows.extend((pk, key) for key in blocking_keys(rec))
        if len(rows) >= 100000:
            writer.executemany("INSERT INTO person_match_keys(person_pk, key) VALUES (?, ?)", rows)
            rows.clear()
    if rows:
        writer.executemany("INSERT INTO person_match_keys(person_pk, key) VALUES (?, ?)", rows)


def upgrade() -> None:
    op.create_table(
        "person_match_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_person_match_keys_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_match_keys")),
    )
    _backfill()
    op.create_index(
        "ix_person_match_keys_key_person", "person_match_keys", ["key", "person_pk"], unique=False
    )
    op.create_index(
        op.f("ix_person_match_keys_person_pk"), "person_match_keys", ["person_pk"], unique=False
    )
    from migdesk.persons import search_index

    search_index.rebuild_index(op.get_bind())  # index_terms now hold the name skeletons
    op.create_table(
        "person_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_links")),
    )
    op.create_index("ix_person_links_pair", "person_links", ["person_id", "other_id"], unique=True)
    op.create_index("ix_person_links_other", "person_links", ["other_id"], unique=False)
    op.create_table(
        "person_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("absorbed_id", sa.String(length=36), nullable=False),
        sa.Column("survivor_id", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merges")),
    )
    op.create_index(
        op.f("ix_person_merges_absorbed_id"), "person_merges", ["absorbed_id"], unique=True
    )
    op.create_index(
        op.f("ix_person_merges_survivor_id"), "person_merges", ["survivor_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("person_merges")
    op.drop_table("person_links")
    op.drop_table("person_match_keys")
