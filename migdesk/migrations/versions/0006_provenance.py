"""provenance, handling limits and transfer consents (Art. 11.1–11.3)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handling_limits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("provider_authority", sa.String(length=32), nullable=False),
        sa.Column("source_bundle_id", sa.String(length=36), nullable=True),
        sa.Column("source_request_id", sa.String(length=36), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("no_onward_transfer", sa.Boolean(), nullable=False),
        sa.Column("keep_until", sa.Date(), nullable=True),
        sa.Column("source_reliability", sa.String(length=1), nullable=True),
        sa.Column("information_accuracy", sa.String(length=1), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handling_limits")),
    )
    with op.batch_alter_table("handling_limits", schema=None) as batch_op:
        batch_op.create_index(
            "ix_handling_limits_record", ["record_kind", "record_id"], unique=True
        )
    op.create_table(
        "transfer_consents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("provider_authority", sa.String(length=32), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("document_ref", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_consents")),
    )
    with op.batch_alter_table("transfer_consents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transfer_consents_record_id"), ["record_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("transfer_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_consents_record_id"))
    op.drop_table("transfer_consents")
    with op.batch_alter_table("handling_limits", schema=None) as batch_op:
        batch_op.drop_index("ix_handling_limits_record")
    op.drop_table("handling_limits")
