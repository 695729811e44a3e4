"""four eyes for destruction: proposals approved by a second user; who proposed, on the act

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "destruction_proposals",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("grounds", sa.Text(), nullable=False),
        sa.Column("early", sa.Boolean(), nullable=False),
        sa.Column("proposed_by", sa.String(length=64), nullable=False),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("act_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_proposals")),
    )
    op.create_index(
        op.f("ix_destruction_proposals_record_id"),
        "destruction_proposals",
        ["record_id"],
        unique=False,
    )
    with op.batch_alter_table("destruction_acts") as batch:
        batch.add_column(sa.Column("proposed_by", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("destruction_acts") as batch:
        batch.drop_column("proposed_by")
    op.drop_index(op.f("ix_destruction_proposals_record_id"), table_name="destruction_proposals")
    op.drop_table("destruction_proposals")
