"""request_attachments.added_at: when each file was stored in this vault (UTC)

Before, a file's time was read off the step it came with, or the request's creation for one
that came with the request itself; a file added to a draft later (``update_draft``) was then
shown at the draft's creation. Each row now carries its own time, written with it.

Existing rows get the best honest value, never an invented one: a step's files were written
in the step's own transaction, so they take the step's time; files without a step take the
request's creation time when the request was never updated (they can only have come with
it: created, or received from a bundle); the others stay NULL, shown as «—».

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In place, as 0022 added blob_id: rebuilding the table would trip the checks on it.
    op.add_column("request_attachments", sa.Column("added_at", sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE request_attachments SET added_at = "
        "(SELECT s.at FROM request_steps s WHERE s.id = request_attachments.step_id) "
        "WHERE step_id IS NOT NULL"
    )
    op.execute(
        "UPDATE request_attachments SET added_at = "
        "(SELECT r.created_at FROM requests r WHERE r.pk = request_attachments.request_pk) "
        "WHERE step_id IS NULL AND NOT EXISTS ("
        "SELECT 1 FROM requests r JOIN audit_log a "
        "ON a.record_kind = 'request' AND a.record_id = r.id AND a.action = 'request.update' "
        "WHERE r.pk = request_attachments.request_pk)"
    )


def downgrade() -> None:
    op.drop_column("request_attachments", "added_at")
