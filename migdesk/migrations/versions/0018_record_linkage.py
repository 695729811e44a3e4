"""record linkage: blocking keys of every person, links between records, merges; the search
index gains the name skeletons (HARUTYUNYAN finds Арутюнян) and is rebuilt

The keys of the persons already stored are computed here: rows go into the table first and
its indexes are built afterwards, one sort each, instead of updating two B-trees at random
for every row. The persons are read once, a batch at a time, for both their keys and their
new index text; the search index keeps the registry positions laid out by 0015 (only the
text of each row changes), so nothing is sorted again.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


# Everything both the blocking keys and the index text need, with the registry position.
_FILL_SQL = (
    "SELECT p.pk, o.pos, p.id, p.surname_ru, p.given_name_ru, p.patronymic_ru, p.surname_lat, "
    "p.given_name_lat, p.patronymic_lat, p.birth_date, p.sex, p.personal_number, "
    "(SELECT group_concat(country, ' ') FROM person_citizenships c WHERE c.person_pk = p.pk), "
    "(SELECT json_group_array(json_array(d.series, d.number, d.number_norm) ORDER BY d.position) "
    " FROM identity_documents d WHERE d.person_pk = p.pk) "
    "FROM persons p LEFT JOIN person_fts_order o ON o.pk = p.pk "
    "WHERE p.pk > ? ORDER BY p.pk LIMIT ?"
)
_NAMES = (
    "surname_ru",
    "given_name_ru",
    "patronymic_ru",
    "surname_lat",
    "given_name_lat",
    "patronymic_lat",
    "birth_date",
    "sex",
    "personal_number",
)
# Persons read at a time: their keys and index text are the Python objects held at once.
_BATCH = 5000
# Page cache while the tables are filled, KiB: the FTS segments being merged. The index
# sorts afterwards keep their runs in memory too (temp_store = MEMORY: no clear temp
# files), so the cache is held small and given back before them.
FILL_CACHE_KIB = 64 * 1024


def _fill(raw: Any) -> bool:
    """Blocking keys and the new index text of every person, in one read of the registry.
    False (index untouched) if a person has no registry position: the caller lays the
    registry out afresh."""
    import json

    from migdesk.persons.blocking import blocking_keys
    from migdesk.persons.linkage import link_record
    from migdesk.persons.search_index import index_terms

    reader, writer = raw.cursor(), raw.cursor()
    placed = reader.execute("SELECT count(*) FROM person_fts_order").fetchone()[0]
    if placed != reader.execute("SELECT count(*) FROM persons").fetchone()[0]:
        _fill_keys_only(raw)
        return False
    writer.execute("INSERT INTO person_fts(person_fts) VALUES ('delete-all')")
    after = 0
    while rows := reader.execute(_FILL_SQL, (after, _BATCH)).fetchall():
        keys: list[tuple[int, int]] = []
        terms: list[tuple[int, str]] = []
        for pk, pos, person_id, *values, citizenship, documents in rows:
            fields = dict(zip(_NAMES, values, strict=True))
            docs = json.loads(documents)
            rec = link_record(
                person_id,
                fields,
                citizenship=(citizenship or "").split(),
                documents=(norm for _s, _n, norm in docs),
            )
            keys.extend((pk, key) for key in blocking_keys(rec))
            fields["documents"] = [{"series": s, "number": n} for s, n, _norm in docs]
            terms.append((pos, index_terms(fields)))
        writer.executemany("INSERT INTO person_match_keys(person_pk, key) VALUES (?, ?)", keys)
        # Ascending rowids: FTS5 flushes its pending segment whenever a rowid goes down.
        terms.sort()
        writer.executemany("INSERT INTO person_fts(rowid, terms) VALUES (?, ?)", terms)
        after = rows[-1][0]
    return True


# The persons' compared fields, read from the tables of this revision (later revisions keep
# a compact copy of them, which does not exist yet here).
_RECORDS_SQL = (
    "SELECT p.pk, p.id, p.surname_ru, p.given_name_ru, p.patronymic_ru, p.surname_lat, "
    "p.given_name_lat, p.patronymic_lat, p.birth_date, p.sex, p.personal_number, "
    "(SELECT group_concat(country, ' ') FROM person_citizenships c WHERE c.person_pk = p.pk), "
    "(SELECT group_concat(number_norm, ' ') FROM identity_documents d "
    " WHERE d.person_pk = p.pk) "
    "FROM persons p WHERE p.pk > ? ORDER BY p.pk LIMIT ?"
)


def _fill_keys_only(raw: Any) -> None:
    from migdesk.persons.blocking import blocking_keys, record_from_row

    reader, writer = raw.cursor(), raw.cursor()
    after = 0
    while got := reader.execute(_RECORDS_SQL, (after, _BATCH)).fetchall():
        rows = [(pk, key) for pk, rec in map(record_from_row, got) for key in blocking_keys(rec)]
        writer.executemany("INSERT INTO person_match_keys(person_pk, key) VALUES (?, ?)", rows)
        after = got[-1][0]


def _drop_name_caches() -> None:
    """Forget the names cached while a million persons were read (tens of MiB of strings)
    before the index sorts take their memory."""
    from migdesk.identity import name_keys
    from migdesk.persons import linkage, search_index

    for module in (name_keys, linkage, search_index):
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


def upgrade() -> None:
    op.create_table(
        "person_match_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_pk"],
            ["persons.pk"],
            name=op.f("fk_person_match_keys_person_pk_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_match_keys")),
    )
    raw = op.get_bind().connection.driver_connection
    assert raw is not None
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size = -{FILL_CACHE_KIB}")
    try:
        indexed = _fill(raw)
    finally:
        raw.execute(f"PRAGMA cache_size = {int(cache)}")
        _drop_name_caches()
    op.create_index(
        "ix_person_match_keys_key_person", "person_match_keys", ["key", "person_pk"], unique=False
    )
    op.create_index(
        op.f("ix_person_match_keys_person_pk"), "person_match_keys", ["person_pk"], unique=False
    )
    if not indexed:
        from migdesk.persons import search_index

        search_index.rebuild_index(op.get_bind())  # index_terms now hold the name skeletons
    op.create_table(
        "person_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_links")),
    )
    op.create_index("ix_person_links_pair", "person_links", ["person_id", "other_id"], unique=True)
    op.create_index("ix_person_links_other", "person_links", ["other_id"], unique=False)
    op.create_table(
        "person_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("absorbed_id", sa.String(length=36), nullable=False),
        sa.Column("survivor_id", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merges")),
    )
    op.create_index(
        op.f("ix_person_merges_absorbed_id"), "person_merges", ["absorbed_id"], unique=True
    )
    op.create_index(
        op.f("ix_person_merges_survivor_id"), "person_merges", ["survivor_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("person_merges")
    op.drop_table("person_links")
    op.drop_table("person_match_keys")
