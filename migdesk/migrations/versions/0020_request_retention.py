"""retention of requests (Art. 11.5): closed requests are found by the day they closed

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.create_index(batch.f("ix_requests_closed_on"), ["closed_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.drop_index(batch.f("ix_requests_closed_on"))
