"""unsaved person cards kept as drafts through an automatic lock

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "card_drafts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_card_drafts_user", "card_drafts", ["user"])
    op.create_index("ix_card_drafts_person_id", "card_drafts", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_card_drafts_person_id", table_name="card_drafts")
    op.drop_index("ix_card_drafts_user", table_name="card_drafts")
    op.drop_table("card_drafts")
