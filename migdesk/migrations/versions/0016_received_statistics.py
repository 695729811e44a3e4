"""statistical information received from a partner (Art. 3.1)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_statistics",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("provider", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("source_bundle_id", sa.String(length=36), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_statistics")),
    )
    with op.batch_alter_table("received_statistics", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_received_statistics_provider"), ["provider"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("received_statistics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_statistics_provider"))
    op.drop_table("received_statistics")
