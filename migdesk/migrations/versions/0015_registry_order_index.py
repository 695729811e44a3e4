"""search index in registry order: person_fts rowids are sparse registry positions
(person_fts_order maps them to persons), and birth dates are index words

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from migdesk.persons import registry_order, search_index

    op.execute(registry_order.ORDER_TABLE_SQL)
    search_index.rebuild_index(op.get_bind())


def downgrade() -> None:
    from migdesk.persons import search_index

    conn = op.get_bind()
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("INSERT INTO person_fts(person_fts) VALUES ('delete-all')")
    pks = [row[0] for row in raw.execute("SELECT pk FROM persons ORDER BY pk")]
    for start in range(0, len(pks), 5000):
        terms = search_index.stored_terms(conn, pks[start : start + 5000])
        raw.executemany("INSERT INTO person_fts(rowid, terms) VALUES (?, ?)", sorted(terms.items()))
    op.execute("DROP TABLE person_fts_order")
