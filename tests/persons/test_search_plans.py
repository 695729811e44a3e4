"""``search_pks`` walks the search index in registry order (its rowids are registry
positions) or the ``sort_key`` index; either way the result is the one a single plain SQL
statement gives, also after positions were spread out again, names changed and persons went."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text

from benchmarks.reference_search import reference_sql
from migdesk.demo import synthetic_persons
from migdesk.identity.name_keys import skeleton_words
from migdesk.identity.translit import fold, to_latin_variants
from migdesk.persons import codec, registry_order, search, search_index
from migdesk.persons.bulk import bulk_add
from migdesk.persons.search import SearchFilters
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, sample_person

QUERIES = [
    "",
    "иван",
    "ИВАНОВА",
    "ivan",
    "петрос",
    "ян",
    "ли",
    "ов ан",
    "ерлан",
    "алексеевич",
    "akhmet",
    "ёлкин",
    "N1",
    "am5",
    "12.04.1985",
    "1985-04-12",
    "1985",
    "1985-04",
    "1990 1990-06",
    "иванов 1985",
    "ли 1985",
    "ким 1970",
    "ки 1970-03",
    "тест проб",
    "тестов 12.04.1985",
    "smith",
    "нет-такого",
]
FILTERS = [
    None,
    SearchFilters(sex="F"),
    SearchFilters(citizenship="ARM"),
    SearchFilters(citizenship="KAZ", sex="M"),
]


def reference_pks(
    conn: Connection, query: str, limit: int | None, filters: SearchFilters | None
) -> list[int]:
    """The oracle: the search as one plain statement."""
    sql, params = reference_sql(query, limit, filters)
    return [int(row[0]) for row in conn.execute(text(sql), params)]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path = tmp_path_factory.mktemp("plans") / "plans.vault"
    vault = Vault.create(path, ADMIN, PASSWORD)
    bulk_add(vault, synthetic_persons(3000, seed=7), validate=False, batch_size=1000)
    service = PersonService(vault)
    service.add(sample_person())
    service.add(sample_person(surname_ru="Ли", birth_date="1985"))
    service.add({"surname_lat": "SMITH", "given_name_lat": "JOHN", "birth_date": "1985-04"})
    yield vault
    vault.close()


MORE_QUERIES = ["ова", "ova", "ова ли", "сян", "ахмет", "иванов ан", "smi", "«1985", "ив 1985"]


def assert_plain_statement_results(vault: Vault, limits: tuple[int | None, ...]) -> None:
    with vault.engine.connect() as conn:
        for query in [*QUERIES, *MORE_QUERIES]:
            for filters in FILTERS:
                for limit in limits:
                    expected = reference_pks(conn, query, limit, filters)
                    found = search.search_pks(conn, query, limit=limit, filters=filters)
                    assert found == expected, (query, filters, limit)


def test_search_gives_the_plain_statement_result(filled: Vault) -> None:
    assert_plain_statement_results(filled, (50, 7, 1, None))


def test_queries_cover_both_ways(filled: Vault) -> None:
    """Both ways of evaluating are taken by the query list (otherwise the test above is thin)."""
    ways = {search.uses_index(search.parse_query(q)) for q in QUERIES if q}
    assert ways == {True, False}


@pytest.mark.parametrize(
    "query", ["ова", "иванов 1985", "12.04.1985", "ли ова", "am5", "1985", "ли 1985", "ки 1970-03"]
)
def test_the_index_is_walked_in_registry_order_without_a_sort(filled: Vault, query: str) -> None:
    """The index is the outer loop and nothing is sorted: the walk stops at the page
    instead of reading every match (a query matching half the registry costs one page)."""
    sql, params = search.search_statement(query, 50, SearchFilters(sex="F"))
    with filled.engine.connect() as conn:
        plan = [str(row[3]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params)]
    assert plan[0].startswith("SCAN person_fts VIRTUAL TABLE"), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


@pytest.mark.parametrize("query", ["ли 1985", "ки 1970-03", "ив 1985-04-12"])
def test_a_surname_prefix_with_dates_reads_no_row_it_does_not_return(
    filled: Vault, query: str
) -> None:
    """A short word with dates: the dates are matched in the index within the positions of
    the surname prefix (FTS5 is given the rowid range), not checked on every row of the
    prefix; the plain statement's result is pinned above."""
    sql, params = search.search_statement(query, 50)
    assert "CROSS JOIN persons p " not in sql and "p.birth_date" not in sql, sql
    with filled.engine.connect() as conn:
        plan = [str(row[3]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params)]
    # idxStr of FTS5: M for MATCH, then > / < (or G / L) for the rowid bounds.
    assert re.search(r"VIRTUAL TABLE INDEX \d+:M\d+[<>GL=]", plan[0]), plan


def registry_positions_in_order(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        by_position = conn.execute(
            text("SELECT o.pk FROM person_fts_order o ORDER BY o.pos")
        ).scalars()
        by_name = conn.execute(text("SELECT pk FROM persons ORDER BY sort_key, pk")).scalars()
        assert list(by_position) == list(by_name)
        indexed = conn.execute(text("SELECT count(*) FROM person_fts_docsize")).scalar_one()
        assert indexed == conn.execute(text("SELECT count(*) FROM persons")).scalar_one()


def test_persons_after_the_last_go_as_far_apart_as_laid_out(tmp_path: Path) -> None:
    """A batch into an empty registry (or sorting after everyone) is placed SPACING apart,
    as the layout places persons. Placed only STEP apart, the next batches used those gaps
    up and windows were spread out again and again."""
    vault = Vault.create(tmp_path / "end.vault", ADMIN, PASSWORD)
    try:
        bulk_add(vault, synthetic_persons(50, seed=1), validate=False)
        rows = vault.raw_execute("SELECT pos FROM person_fts_order ORDER BY pos")
        assert [row[0] for row in rows] == [registry_order.SPACING * (i + 1) for i in range(50)]
    finally:
        vault.close()


def test_positions_spread_out_again_when_a_gap_is_used_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With tiny gaps every way a person gets or changes a place runs into full gaps: bulk
    batches, single adds, renames, destruction. Moved persons keep their index rows."""
    monkeypatch.setattr(registry_order, "SPACING", 8)
    monkeypatch.setattr(registry_order, "STEP", 4)
    monkeypatch.setattr(registry_order, "MIN_ROOM", 2)
    monkeypatch.setattr(registry_order, "TOP", 1 << 20)
    spread = registry_order._rebalance
    calls: list[int] = []

    def counting(*args: Any) -> dict[int, int]:
        calls.append(1)
        return spread(*args)

    monkeypatch.setattr(registry_order, "_rebalance", counting)
    vault = Vault.create(tmp_path / "gaps.vault", ADMIN, PASSWORD)
    try:
        bulk_add(vault, synthetic_persons(400, seed=3), validate=False, batch_size=100)
        service = PersonService(vault)
        added = [
            service.add(sample_person(surname_ru="Ли", given_name_ru=f"Ан{i}")).id
            for i in range(12)
        ]
        service.update(added[0], {"surname_ru": "Аасен"})
        service.update(added[1], {"surname_ru": "Яковлева", "birth_date": "1985-04-12"})
        with vault.session() as session:
            for person_id in added[2:5]:
                pk = session.execute(
                    text("SELECT pk FROM persons WHERE id = :i"), {"i": person_id}
                ).scalar_one()
                search_index.unindex_person(session.connection(), pk)
                session.execute(text("DELETE FROM persons WHERE pk = :pk"), {"pk": pk})
        assert calls, "no gap was used up: the test proves nothing"
        registry_positions_in_order(vault)
        assert_plain_statement_results(vault, (50, 3, None))
        assert search.search_pks(vault.engine.connect(), "яковлева 1985", limit=5)
    finally:
        vault.close()


def test_a_batch_moved_by_its_own_respread_is_indexed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window spread out while a bulk batch is placed may move persons of that batch placed
    a moment before. They are indexed once, at their final position: indexed twice, a
    person's older copy was found again after the person left the index."""
    monkeypatch.setattr(registry_order, "SPACING", 8)
    monkeypatch.setattr(registry_order, "STEP", 4)
    monkeypatch.setattr(registry_order, "MIN_ROOM", 2)
    monkeypatch.setattr(registry_order, "TOP", 1 << 20)
    spread = registry_order._rebalance
    moved_own: list[int] = []

    def watching(*args: Any) -> dict[int, int]:
        result = spread(*args)
        moved_own.extend(set(result) & args[5] - set(args[3]))
        return result

    monkeypatch.setattr(registry_order, "_rebalance", watching)
    vault = Vault.create(tmp_path / "own.vault", ADMIN, PASSWORD)
    try:
        bulk_add(vault, synthetic_persons(400, seed=3), validate=False, batch_size=100)
        assert moved_own, "no batch moved its own persons: the test proves nothing"
        registry_positions_in_order(vault)
        assert_plain_statement_results(vault, (None,))
        with vault.session() as session:
            conn = session.connection()
            for pk in session.execute(text("SELECT pk FROM persons")).scalars().all():
                search_index.unindex_person(conn, pk)
            left = search_index.dbapi_connection(conn).execute(
                "SELECT rowid FROM person_fts WHERE person_fts MATCH ?", ('"«19" OR "«20"',)
            )
            assert left.fetchall() == []
    finally:
        vault.close()


def test_the_index_is_rebuilt_in_order(filled: Vault) -> None:
    """What the migration does for an existing vault: positions laid out afresh and the
    index rebuilt from the stored records finds what the incrementally built one found."""
    with filled.engine.connect() as conn:
        before = {q: search.search_pks(conn, q, limit=None) for q in [*QUERIES, *MORE_QUERIES]}
    seen: list[tuple[int, int]] = []
    with filled.engine.begin() as conn:
        count = int(conn.execute(text("SELECT count(*) FROM persons")).scalar_one())
        assert search_index.rebuild_index(conn, lambda d, t: seen.append((d, t))) == count
    assert seen[-1] == (count, count)  # the progress protocol: (done, total)
    registry_positions_in_order(filled)
    with filled.engine.connect() as conn:
        assert {q: search.search_pks(conn, q, limit=None) for q in before} == before
    assert_plain_statement_results(filled, (50,))


def reference_index_terms(data: dict[str, Any]) -> str:
    """``index_terms`` written plainly: every word folded, a repeated word once; the date
    and the numbers first (their trigrams' positions then fit in one byte)."""
    words: list[str] = []
    if data.get("personal_number"):
        words.append(data["personal_number"])
    for doc in data.get("documents") or []:
        words.append(
            re.sub(
                r"[^0-9A-Za-zА-Яа-яЁё]", "", f"{doc.get('series') or ''}{doc.get('number') or ''}"
            )
        )
    for name in ("surname", "given_name", "patronymic"):
        ru, lat = data.get(f"{name}_ru"), data.get(f"{name}_lat")
        # Each name also by its skeleton words (record linkage's), marked «~», at least 3.
        if ru:
            words.append(ru)
            words.extend(to_latin_variants(ru))
            words.extend("~" + w for w in skeleton_words(ru) if len(w) >= 3)
        if lat:
            words.append(lat)
            words.extend("~" + w for w in skeleton_words(lat) if len(w) >= 3)
    folded = [fold(w) for w in words if w]
    if data.get("birth_date"):
        folded.insert(0, f"«{data['birth_date']}»")
    return " | ".join(dict.fromkeys(folded))


def test_index_terms_equal_the_plain_version() -> None:
    records = [codec.check_person(r).data for r in synthetic_persons(300, seed=11)]
    records.append(
        codec.check_person(
            sample_person(
                surname_ru="Ёлкина-Щукина",
                personal_number="AB 12 cd",
                documents=[{"kind": "passport", "series": "ÄБ", "number": "12-34 ё"}],
            )
        ).data
    )
    for data in records:
        assert search_index.index_terms(data) == reference_index_terms(data)


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text(alphabet=st.characters(max_codepoint=127)))
def test_number_fold_equals_fold(value: str) -> None:
    assert search_index._fold_code(value) == fold(value)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("12.04.1985", '("1985-04-12»" OR "1985»" OR "1985-04»")'),
        ("1985-04", '("«1985-04" OR "1985»")'),
        ("1985", '("«1985")'),
    ],
)
def test_a_whole_date_is_matched_by_its_end(query: str, expected: str) -> None:
    """A full date and the exact coarser values are matched by their closing mark, without
    the opening trigram «19 every dated person has (a third fewer pages at 1M); a year or
    month prefix keeps its opening mark. ``test_search_gives_the_plain_statement_result``
    pins that they find the persons the birth_date column gives."""
    assert search.search_statement(query, 50)[1]["fts"] == expected


def test_stored_dates_are_found_as_the_birth_date_column_finds_them(filled: Vault) -> None:
    """Every kind of stored date (full, year only, month only) from the vault itself, asked
    as a full date, an ISO date, a month and a year: the index finds what the column finds."""
    with filled.engine.connect() as conn:
        dates = [
            str(row[0])
            for row in conn.execute(
                text(
                    "SELECT birth_date FROM (SELECT DISTINCT birth_date FROM persons "
                    "WHERE birth_date IS NOT NULL) ORDER BY length(birth_date), birth_date"
                )
            )
        ]
        full = [d for d in dates if len(d) == 10]
        assert full and any(len(d) < 10 for d in dates)
        queries = {f"{d[8:]}.{d[5:7]}.{d[:4]}" for d in full[::25]}
        queries |= (
            {d for d in full[::40]} | {d[:7] for d in full[::60]} | {d[:4] for d in dates[::50]}
        )
        for query in sorted(queries):
            for limit in (50, None):
                expected = reference_pks(conn, query, limit, None)
                assert search.search_pks(conn, query, limit=limit) == expected, (query, limit)
