"""family links between persons; a work permit's employer (Art. 1, Art. 3.1(4))

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_family",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("relative_id", sa.String(length=36), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_family")),
    )
    op.create_index(
        "ix_person_family_pair", "person_family", ["person_id", "relative_id"], unique=True
    )
    op.create_index("ix_person_family_relative_id", "person_family", ["relative_id"], unique=False)
    with op.batch_alter_table("person_residence_permits") as batch:
        batch.add_column(sa.Column("employer_name", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("employer_number", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("employer_address", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person_residence_permits") as batch:
        batch.drop_column("employer_address")
        batch.drop_column("employer_number")
        batch.drop_column("employer_name")
    op.drop_index("ix_person_family_relative_id", table_name="person_family")
    op.drop_index("ix_person_family_pair", table_name="person_family")
    op.drop_table("person_family")
