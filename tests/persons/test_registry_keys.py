"""The registry's key read (``registry_search.search_keys``, one JSON array per search) gives
exactly the keys ``search_pks`` gives row by row, in the same order, for every kind of query
and filter; a cancelled read stops."""

from __future__ import annotations

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
