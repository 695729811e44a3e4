"""A cold search pays for every page it reads: the search index is one segment after a
rebuild and after migration 0024, each of its leaves fits one vault page (migration 0028),
and a registry row's citizenships and first document come from covering indexes (not an
index and then the table) where they are computed, a results page from ``registry_rows``."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from migdesk.demo import synthetic_persons
from migdesk.persons import search, search_index
from migdesk.persons.bulk import bulk_add
from migdesk.vault import Vault, migrate
from tests.conftest import ADMIN, PASSWORD

QUERIES = ["ова", "ivan", "1985", "12.04.1985", "иванов 1985", "N1", "ли"]


def segments(vault: Vault) -> int:
    return int(vault.raw_execute("SELECT count(DISTINCT segid) FROM person_fts_idx")[0][0])


def test_the_index_is_one_segment_after_a_rebuild_and_the_migration(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "segments.vault", ADMIN, PASSWORD)
    try:
        # Each batch is a transaction of its own and leaves a segment behind.
        bulk_add(vault, synthetic_persons(1200, seed=5), validate=False, batch_size=100)
        assert segments(vault) > 1, "the batches left one segment: the test proves nothing"
        with vault.engine.connect() as conn:
            before = {q: search.search_pks(conn, q, limit=None) for q in QUERIES}
            migrate.downgrade(conn, "0023")
            conn.commit()
            migrate.upgrade(conn)
            conn.commit()
        assert segments(vault) == 1
        bulk_add(vault, synthetic_persons(300, seed=6), validate=False, batch_size=100)
        assert segments(vault) > 1
        with vault.engine.begin() as conn:
            search_index.rebuild_index(conn)
        assert segments(vault) == 1
        with vault.engine.connect() as conn:
            for query, found in before.items():
                # The persons added after are in the results too, the earlier ones unchanged.
                now = search.search_pks(conn, query, limit=None)
                assert [pk for pk in now if pk in set(found)] == found, query
    finally:
        vault.close()


def test_a_registry_row_reads_citizenships_and_document_from_covering_indexes(
    tmp_path: Path,
) -> None:
    vault = Vault.create(tmp_path / "rows.vault", ADMIN, PASSWORD)
    try:
        bulk_add(vault, synthetic_persons(50, seed=8), validate=False)
        with vault.engine.connect() as conn:
            pks = search.search_pks(conn, "", limit=20)
            # The plain statement (the oracle, and the sub-queries of the triggers that
            # write registry_rows) reads the child rows from covering indexes.
            sql, params = search.plain_rows_statement(pks)
            plan = [str(r[3]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params)]
            sql, params = search.fetch_rows_statement(pks)
            fast_plan = [str(r[3]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params)]
            rows = search.fetch_rows(conn, pks)
        for alias, table in (("c", "person_citizenships"), ("d", "identity_documents")):
            assert f"SEARCH {alias} USING COVERING INDEX ix_{table}_person_pk (person_pk=?)" in (
                plan
            ), plan
        # A page is read from registry_rows alone, by key.
        assert fast_plan == ["SEARCH registry_rows USING INTEGER PRIMARY KEY (rowid=?)"], fast_plan
        assert [row.pk for row in rows] == pks
        # The row still shows what the plain statement gives: citizenships in their order,
        # the first document.
        for row in rows:
            countries = vault.raw_execute(
                "SELECT country FROM person_citizenships WHERE person_pk = ? ORDER BY position",
                row.pk,
            )
            assert row.citizenship == ", ".join(c for (c,) in countries)
            first = vault.raw_execute(
                "SELECT trim(coalesce(series, '') || ' ' || number) FROM identity_documents "
                "WHERE person_pk = ? ORDER BY position LIMIT 1",
                row.pk,
            )
            assert row.document == (first[0][0] if first else "")
    finally:
        vault.close()


# The longest FTS5 leaf a vault page holds without an overflow page: the usable 4,016 bytes
# (4,096 less SQLCipher's 80) less 35, less the row's record header (4 bytes).
ONE_PAGE_LEAF = 4016 - 35 - 4


def _longest_leaf(vault: Vault) -> int:
    return int(vault.raw_execute("SELECT max(length(block)) FROM person_fts_data")[0][0])


def test_every_index_leaf_fits_one_vault_page(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "leaves.vault", ADMIN, PASSWORD)
    try:
        bulk_add(vault, synthetic_persons(1500, seed=7), validate=False)
        assert vault.raw_execute("SELECT v FROM person_fts_config WHERE k = 'pgsz'") == [(3900,)]
        leaves = int(vault.raw_execute("SELECT count(*) FROM person_fts_data")[0][0])
        assert leaves > 20 and 3800 < _longest_leaf(vault) <= ONE_PAGE_LEAF
        with vault.engine.connect() as conn:
            before = {q: search.search_pks(conn, q, limit=None) for q in QUERIES}
            migrate.downgrade(conn, "0027")
            conn.commit()
        with vault.engine.begin() as conn:
            search_index.rebuild_index(conn, lay_out=False)
        assert _longest_leaf(vault) > ONE_PAGE_LEAF, "FTS5's default leaves fit: proves nothing"
        with vault.engine.connect() as conn:
            migrate.upgrade(conn)
            conn.commit()
            assert {q: search.search_pks(conn, q, limit=None) for q in QUERIES} == before
        assert _longest_leaf(vault) <= ONE_PAGE_LEAF
    finally:
        vault.close()
