"""distinct numbers for incoming and outgoing documents; users' position and phone

Both journals defaulted to ``{seq}``, so an incoming and an outgoing document of one
authority could carry the same number. Journals still on that default get the distinct
defaults (the sequence goes on, numbers already given stay). Users get the position and
phone that the executor mark and the documents they sign print.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for direction, pattern in (("incoming", "{seq}-вх"), ("outgoing", "{seq}-исх")):
        op.execute(
            sa.text(
                "UPDATE registration_journals SET pattern = :pattern "
                "WHERE direction = :direction AND pattern = '{seq}'"
            ).bindparams(pattern=pattern, direction=direction)
        )
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("position", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("phone", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("phone")
        batch.drop_column("position")
