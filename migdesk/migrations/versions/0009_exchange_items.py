"""requests and step letters exchanged in bundles

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("peer", sa.String(length=40), nullable=False),
        sa.Column("item_type", sa.String(length=32), nullable=False),
        sa.Column("item_key", sa.String(length=80), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_items")),
    )
    with op.batch_alter_table("exchange_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_exchange_items_key",
            ["direction", "peer", "item_type", "item_key"],
            unique=True,
        )


def downgrade() -> None:
    with op.batch_alter_table("exchange_items", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_items_key")
    op.drop_table("exchange_items")
