"""The registry's key read (``registry_search.search_keys``, one JSON array per search) gives
exactly the keys ``search_pks`` gives row by row, in the same order, for every kind of query
and filter; a cancelled read stops."""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from migdesk.demo import synthetic_persons
from migdesk.office import registry_search
from migdesk.persons import search
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, sample_person
from tests.persons.test_search_plans import FILTERS, MORE_QUERIES, QUERIES


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path: Path = tmp_path_factory.mktemp("keys") / "keys.vault"
    vault = Vault.create(path, ADMIN, PASSWORD)
    bulk_add(vault, synthetic_persons(1500, seed=11), validate=False, batch_size=500)
    service = PersonService(vault)
    service.add(sample_person())
    service.add(sample_person(surname_ru="Ли", birth_date="1985"))
    yield vault
    vault.close()


def test_the_key_array_is_the_row_by_row_result(filled: Vault) -> None:
    service = PersonService(filled)
    with filled.engine.connect() as conn:
        for query in [*QUERIES, *MORE_QUERIES]:
            for filters in FILTERS:
                rows = search.search_pks(conn, query, limit=None, filters=filters)
                keys = registry_search.search_keys(
                    service, query, filters or search.SearchFilters(), lambda: False
                )
                assert keys == array("q", rows), (query, filters)
        assert len(search.search_pks(conn, "", limit=None)) == 1502  # the whole registry


def test_an_empty_result_is_an_empty_array(filled: Vault) -> None:
    keys = registry_search.search_keys(
        PersonService(filled), "нет-такого-лица", search.SearchFilters(), lambda: False
    )
    assert keys == array("q")


def test_a_cancelled_key_read_stops(filled: Vault) -> None:
    with pytest.raises(sqlcipher3.OperationalError):
        registry_search.search_keys(PersonService(filled), "", search.SearchFilters(), lambda: True)


@pytest.mark.parametrize("count", [0, 1, 2, 9, 10, 11, 1000])
def test_the_keys_decode_the_same_in_slices(count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry_search, "DECODE_CHARS", 7)  # slices end mid-number
    keys = [(i * 7919) % 10**9 + 10**8 for i in range(count)]
    text = json.dumps(keys, separators=(",", ":"))  # as SQLite writes it
    assert list(registry_search.decode_keys(text)) == keys


def test_a_million_keys_are_decoded_in_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """``json.loads`` holds the GIL until it returns: a million keys in one call froze the
    window while the registry filled (#17)."""
    sizes: list[int] = []
    real_loads = json.loads

    def loads(text: str) -> object:
        sizes.append(len(text))
        return real_loads(text)

    monkeypatch.setattr(json, "loads", loads)
    keys = list(range(10**6, 2 * 10**6))
    decoded = registry_search.decode_keys(json.dumps(keys, separators=(",", ":")))
    assert list(decoded) == keys
    assert len(sizes) > 10
    assert max(sizes) <= registry_search.DECODE_CHARS + 20
