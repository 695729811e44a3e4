"""acts of destruction (Art. 11.5)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "destruction_acts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("act_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("destroyed_by", sa.String(length=64), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("keep_until", sa.Date(), nullable=True),
        sa.Column("grounds", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_acts")),
        sa.UniqueConstraint("number", name=op.f("uq_destruction_acts_number")),
    )
    with op.batch_alter_table("destruction_acts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_destruction_acts_record_id"), ["record_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("destruction_acts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_destruction_acts_record_id"))
    op.drop_table("destruction_acts")
