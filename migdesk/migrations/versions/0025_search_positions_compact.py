"""search index entries shorter: registry positions laid out 2²⁰ apart instead of 2⁴⁰, the
birth date and numbers first in a person's index text

The index stores each match's rowid as a varint of its distance from the previous match and
each trigram's position in the text as a varint: with positions 2⁴⁰ apart the distance took
6–7 bytes (now 3–5), and the digit trigrams of dates and numbers, after the names, sat at positions
over 125 (two bytes). A cold search reads and decrypts every page of the lists it walks, so
shorter entries are fewer pages. The index is rebuilt from the stored records in registry
order, batch by batch (``search_index.rebuild_index``: memory bounded by its page cache),
and merged into one segment, in a table created afresh.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


# The index's table as 0001 created it, and as this revision creates it afresh: with the
# positions that substring search relies on declared (the trigram tokenizer turns a query
# word over three letters into a phrase, and phrases need them; ``detail=full`` is FTS5's
# default, now written out so that no one trades it for a smaller index).
FTS_0001 = (
    "CREATE VIRTUAL TABLE person_fts USING fts5("
    "terms, content='', contentless_delete=1, tokenize='trigram')"
)
FTS_0025 = (
    "CREATE VIRTUAL TABLE person_fts USING fts5("
    "terms, content='', contentless_delete=1, detail=full, tokenize='trigram')"
)


def _recreate(create_sql: str, *, lay_out: bool) -> None:
    """A new, empty index table (the old one's pages freed at once), then filled."""
    from migdesk.persons import search_index

    # Emptied before it is dropped: dropping the full index of a million persons took the
    # process from 124 to 688 MB; emptied first, it stayed at 124 MB.
    op.execute("INSERT INTO person_fts(person_fts) VALUES ('delete-all')")
    op.execute("DROP TABLE person_fts")
    op.execute(create_sql)
    search_index.rebuild_index(op.get_bind(), lay_out=lay_out)


def upgrade() -> None:
    _recreate(FTS_0025, lay_out=True)


def downgrade() -> None:
    # 0024's code places new persons within whatever gaps there are and matches the words
    # in any order: only the table's declaration goes back, the positions stay.
    _recreate(FTS_0001, lay_out=False)
