"""thematic items (Art. 4) linked to the requests they concern

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "thematic_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_pk", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_pk"],
            ["thematic_items.pk"],
            name=op.f("fk_thematic_requests_item_pk_thematic_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thematic_requests")),
    )
    with op.batch_alter_table("thematic_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_thematic_requests_item_pk"), ["item_pk"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_thematic_requests_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("thematic_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_thematic_requests_request_id"))
        batch_op.drop_index(batch_op.f("ix_thematic_requests_item_pk"))
    op.drop_table("thematic_requests")
