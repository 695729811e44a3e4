"""request_attachments.signed_letter: the signed PDF of a step's own letter (Art. 10)

A step's files were all enclosures of its letter. The letter itself, signed by the
signatory (answer, request for more, notice of obstacles, postponement, refusal, the
additional information we send), is now kept with its step too; this mark tells it from the
enclosures: it is the letter, signed once, listed apart and checked by the partner.

Existing rows are enclosures (0): no step letter was kept before.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In place, as 0022 and 0030 added theirs: rebuilding the table would trip its checks.
    op.add_column(
        "request_attachments",
        sa.Column("signed_letter", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("request_attachments", "signed_letter")
