"""card_drafts.kind: the draft store keeps thematic information items too, not only person
cards (what an officer typed survives the automatic lock and a crash in both forms)

Existing rows are person cards: the column's default says so.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In place, as 0030 added added_at: no table rebuild.
    op.add_column(
        "card_drafts",
        sa.Column("kind", sa.String(length=16), nullable=False, server_default="person"),
    )


def downgrade() -> None:
    # Only person cards were kept before: the other kinds' drafts cannot be told apart there.
    op.execute("DELETE FROM card_drafts WHERE kind != 'person'")
    with op.batch_alter_table("card_drafts") as batch:
        batch.drop_column("kind")
