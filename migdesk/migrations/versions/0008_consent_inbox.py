"""consent requests received from other authorities (Art. 11.2, 11.3)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent_inbox",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("requester_authority", sa.String(length=40), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=True),
        sa.Column("source_bundle_id", sa.String(length=36), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_by", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("document_ref", sa.String(length=200), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answered_by", sa.String(length=64), nullable=True),
        sa.Column("answer_bundle_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_inbox")),
    )
    with op.batch_alter_table("consent_inbox", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_inbox_requester_authority"),
            ["requester_authority"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("consent_inbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_inbox_requester_authority"))
    op.drop_table("consent_inbox")
