"""our signing key on a PKCS#11 token: where to find it (the key itself never leaves it)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_own_keys") as batch:
        batch.add_column(sa.Column("token_library", sa.Text(), nullable=True))
        batch.add_column(sa.Column("token_label", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("token_key_label", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exchange_own_keys") as batch:
        batch.drop_column("token_key_label")
        batch.drop_column("token_label")
        batch.drop_column("token_library")
