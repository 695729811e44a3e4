"""person_match_keys carry the position of the person's compact row (issue #16: matching on
bundle import)

Matching read each candidate's compact row (``person_link_fields``) through the unique index
on ``person_pk``: one more page per candidate, a random one (a person's pk says nothing of
its name), about a third of the time spent reading rows. Each key entry now carries
``person_link_fields.pos`` as well, in a covering index (key, person, position), so the rows
are read by position. The positions are filled by one UPDATE that SQLite streams (memory
bounded by its page cache); the index is built afresh after it.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

_FILL_SQL = (
    "UPDATE person_match_keys SET pos = (SELECT f.pos FROM person_link_fields f "
    "WHERE f.person_pk = person_match_keys.person_pk)"
)


def upgrade() -> None:
    op.execute("DROP INDEX ix_person_match_keys_key_person")
    op.execute("ALTER TABLE person_match_keys ADD COLUMN pos INTEGER")
    op.execute(_FILL_SQL)
    op.execute(
        "CREATE INDEX ix_person_match_keys_key_person_pos "
        "ON person_match_keys (key, person_pk, pos)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_person_match_keys_key_person_pos")
    op.execute("ALTER TABLE person_match_keys DROP COLUMN pos")
    op.execute("CREATE INDEX ix_person_match_keys_key_person ON person_match_keys (key, person_pk)")
