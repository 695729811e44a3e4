"""search index leaves of one page each: FTS5's leaf size (``pgsz``) set to 3,900 bytes

FTS5 writes its leaves 4,050 bytes long by default, sized for a plain 4,096-byte SQLite page.
A vault's pages keep 80 bytes for SQLCipher's IV and HMAC, so a table row holds at most 3,981
bytes on its page (the usable 4,016 less 35): 98 % of the index's leaves (130,087 of 132,633
at a million persons) spilled their last 70-odd bytes into an overflow page of their own, and
a cold search read and decrypted two pages for every leaf it walked. At 3,900 bytes a leaf
with its record header fits its page; FTS5 overshoots ``pgsz`` by a few bytes at most (4,055
seen at 4,050). The setting is stored with the index, so every later write keeps it; the
index is rebuilt from the stored records with the registry positions kept
(``search_index.rebuild_index``: memory bounded by its page cache; at a million persons
57 s CPU, 387 MB peak).

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

LEAF_BYTES = 3900


def upgrade() -> None:
    from migdesk.persons import search_index

    op.execute(f"INSERT INTO person_fts(person_fts, rank) VALUES ('pgsz', {LEAF_BYTES})")
    search_index.rebuild_index(op.get_bind(), lay_out=False)


def downgrade() -> None:
    # Only the setting goes (FTS5's default again): leaves of any size read the same, and
    # rewriting them would cost the rebuild again for nothing.
    op.execute("DELETE FROM person_fts_config WHERE k = 'pgsz'")
