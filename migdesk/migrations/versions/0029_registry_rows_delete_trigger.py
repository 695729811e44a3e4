"""registry_rows: a person's row goes with the person also where foreign keys are off

0027 left the row's removal to ON DELETE CASCADE, which SQLite applies only on connections
with ``PRAGMA foreign_keys = ON``. A bare connection without it (the save benchmark's raw
baseline, a repair session) deleted the person and left the row behind, and the next person
given that key could not be saved (UNIQUE constraint failed: registry_rows.pk). A trigger
removes the row whatever the connection; rows left behind so far are removed.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

TRIGGER = "trg_registry_rows_persons_delete"


def upgrade() -> None:
    op.execute(
        f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON persons BEGIN "
        "DELETE FROM registry_rows WHERE pk = old.pk; END"
    )
    op.execute(
        "DELETE FROM registry_rows WHERE NOT EXISTS "
        "(SELECT 1 FROM persons p WHERE p.pk = registry_rows.pk)"
    )


def downgrade() -> None:
    op.execute(f"DROP TRIGGER {TRIGGER}")
