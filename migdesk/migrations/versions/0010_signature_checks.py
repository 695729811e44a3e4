"""stored results of signature checks on PDFs and request attachments

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signature_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("request_pk", sa.Integer(), nullable=True),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=255), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("signer", sa.String(length=500), nullable=True),
        sa.Column("serial", sa.String(length=64), nullable=True),
        sa.Column("signing_time", sa.DateTime(), nullable=True),
        sa.Column("authorised", sa.Boolean(), nullable=False),
        sa.Column("signatory_id", sa.Integer(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("checked_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["request_attachments.id"],
            name=op.f("fk_signature_checks_attachment_id_request_attachments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_pk"],
            ["requests.pk"],
            name=op.f("fk_signature_checks_request_pk_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"],
            ["signatories.id"],
            name=op.f("fk_signature_checks_signatory_id_signatories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature_checks")),
    )
    with op.batch_alter_table("signature_checks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signature_checks_attachment_id"), ["attachment_id"], unique=False
        )
        batch_op.create_index("ix_signature_checks_file_sha256", ["file_sha256"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_signature_checks_request_pk"), ["request_pk"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("signature_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signature_checks_request_pk"))
        batch_op.drop_index("ix_signature_checks_file_sha256")
        batch_op.drop_index(batch_op.f("ix_signature_checks_attachment_id"))
    op.drop_table("signature_checks")
