"""``search_pks`` picks how to evaluate a query (read every candidate, or walk the registry
order); whatever it picks, the result is the one a single plain SQL statement gives."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text

from benchmarks.reference_search import reference_sql
from migdesk.demo import synthetic_persons
from migdesk.identity.translit import fold, to_latin_variants
from migdesk.persons import codec, search
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


@pytest.mark.parametrize("ratio", [0, None, 10**9], ids=["read-all", "chosen", "walk-always"])
def test_every_plan_gives_the_plain_statement_result(
    filled: Vault, ratio: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if ratio is not None:
        monkeypatch.setattr(search, "_LOOKUP_VS_SCAN", ratio)
    with filled.engine.connect() as conn:
        for query in QUERIES:
            for filters in FILTERS:
                for limit in (50, 7, None):
                    expected = reference_pks(conn, query, limit, filters)
                    found = search.search_pks(conn, query, limit=limit, filters=filters)
                    assert found == expected, (query, filters, limit)


def test_queries_cover_both_plans(filled: Vault) -> None:
    """The chosen plans differ across the query list (otherwise the test above is thin)."""
    chosen = set()
    with filled.engine.connect() as conn:
        total = int(conn.execute(text("SELECT max(pk) FROM persons")).scalar_one())
        for query in QUERIES:
            parsed = search.parse_query(query)
            keys = search._matching_keys(conn, parsed, dates=True)
            if keys:
                chosen.add(search._walk_registry_order(len(keys), total, 50, spread=not parsed.fts))
    assert chosen == {True, False}


def reference_index_terms(data: dict[str, Any]) -> str:
    """``index_terms`` written plainly: every word folded, a repeated word once."""
    words: list[str] = []
    for name in ("surname", "given_name", "patronymic"):
        ru, lat = data.get(f"{name}_ru"), data.get(f"{name}_lat")
        if ru:
            words.append(ru)
            words.extend(to_latin_variants(ru))
        if lat:
            words.append(lat)
    if data.get("personal_number"):
        words.append(data["personal_number"])
    for doc in data.get("documents") or []:
        words.append(
            re.sub(
                r"[^0-9A-Za-zА-Яа-яЁё]", "", f"{doc.get('series') or ''}{doc.get('number') or ''}"
            )
        )
    folded = [fold(w) for w in words if w]
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
        assert search.index_terms(data) == reference_index_terms(data)


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text(alphabet=st.characters(max_codepoint=127)))
def test_number_fold_equals_fold(value: str) -> None:
    assert search._fold_code(value) == fold(value)


@pytest.mark.parametrize("share", [1, 4, 400], ids=["probe-wide", "probe-default", "probe-tiny"])
def test_bounded_walk_gives_the_plain_statement_result(
    filled: Vault, share: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The probe of the first entries of the registry order, whether it fills the page (the
    answer) or not (then the candidates are read): same rows, same order, same limit. The
    queries include fragments matching far more persons than the page («ов», «ova», «ян»)
    and a few («ёлкин», «smith»)."""
    monkeypatch.setattr(search, "_PROBE_MIN_KEYS", 1)
    monkeypatch.setattr(search, "_PROBE_SHARE", share)
    outcomes: list[bool] = []
    bounded = search._bounded_walk

    def counting(*args: Any) -> list[int] | None:
        found = bounded(*args)
        outcomes.append(found is not None)
        return found

    monkeypatch.setattr(search, "_bounded_walk", counting)
    queries = [*QUERIES, "ова", "ova", "ова ли", "сян", "ахмет", "иванов ан", "smi"]
    with filled.engine.connect() as conn:
        for query in queries:
            for filters in FILTERS:
                for limit in (50, 7, 1):
                    expected = reference_pks(conn, query, limit, filters)
                    found = search.search_pks(conn, query, limit=limit, filters=filters)
                    assert found == expected, (query, filters, limit, share)
    assert outcomes, "the probe never ran"
    if share == 1:
        assert True in outcomes
    if share == 400:
        assert False in outcomes


def test_bounded_walk_on_many_and_few_matches(
    filled: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fragment matching far more persons than the page goes through the probe (here made
    eligible at this vault's size), a rare one is read at once; both equal the plain
    statement."""
    monkeypatch.setattr(search, "_PROBE_MIN_KEYS", 60)
    monkeypatch.setattr(search, "_LOOKUP_VS_SCAN", 1)  # never the full walk: the probe first
    probes: list[bool] = []
    bounded = search._bounded_walk

    def counting(*args: Any) -> list[int] | None:
        found = bounded(*args)
        probes.append(found is not None)
        return found

    monkeypatch.setattr(search, "_bounded_walk", counting)
    with filled.engine.connect() as conn:
        many = search._matching_keys(conn, search.parse_query("ова"), dates=True)
        few = search._matching_keys(conn, search.parse_query("smith"), dates=True)
        assert many is not None and len(many) > 200
        assert few is not None and 0 < len(few) < 50
        for query in ("ова", "smith"):
            for limit in (50, 200):
                probes.clear()
                expected = reference_pks(conn, query, limit, None)
                assert search.search_pks(conn, query, limit=limit) == expected, (query, limit)
                assert bool(probes) == (query == "ова"), (query, limit)
