"""Person records through the service layer on a real SQLCipher vault."""

from __future__ import annotations

import pytest

from migdesk.errors import NotFound, ValidationFailed
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import sample_person


def test_add_and_get_fills_latin_names(vault: Vault) -> None:
    service = PersonService(vault)
    result = service.add(sample_person(surname_ru="Щукина", given_name_ru="Юлия"))
    record = service.get(result.id)
    assert record["surname_lat"] == "SHCHUKINA"
    assert record["given_name_lat"] == "IULIIA"
    assert record["documents"][0]["number"] == "N12345678"
    assert record["citizenship"] == ["KAZ"]


def test_missing_surname_is_refused_with_field_name(vault: Vault) -> None:
    service = PersonService(vault)
    with pytest.raises(ValidationFailed) as caught:
        service.add(sample_person(surname_ru=None))
    assert "Фамилия" in str(caught.value)
    assert service.count() == 0


def test_update_keeps_history_with_old_values(vault: Vault) -> None:
    service = PersonService(vault)
    person_id = service.add(sample_person()).id
    service.update(person_id, {"birth_place": "г. Новое"})
    history = service.history(person_id)
    assert [h.revision for h in history] == [1, 2]
    assert history[1].changes == {"birth_place": ("г. Образцово", "г. Новое")}
    assert history[1].changed_by == "admin"


def test_unknown_id_is_not_found(vault: Vault) -> None:
    with pytest.raises(NotFound):
        PersonService(vault).get("00000000-0000-4000-8000-000000000000")


@pytest.mark.parametrize(
    "query",
    [
        "тестов",
        "ТЕСТОВ",
        "естов",
        "TESTOV",
        "testov",
        "N12345678",
        "12345678",
        "12.04.1985",
        "1985-04-12",
        "Тестов 1985",
        "тест проб",
    ],
)
def test_search_finds_person(vault: Vault, query: str) -> None:
    service = PersonService(vault)
    person_id = service.add(sample_person()).id
    service.add(sample_person(surname_ru="Другой", documents=[], birth_date="1990"))
    assert [r.id for r in service.search(query)] == [person_id]


def test_typed_latin_name_survives_a_russian_rename(vault: Vault) -> None:
    service = PersonService(vault)
    typed = service.add(sample_person(given_name_ru="Юлия", given_name_lat="JULIA")).id
    service.update(typed, {"given_name_ru": "Юлиана"})
    assert service.get(typed)["given_name_lat"] == "JULIA"
    derived = service.add(sample_person(given_name_ru="Юлия")).id
    service.update(derived, {"given_name_ru": "Юлиана"})
    assert service.get(derived)["given_name_lat"] == "IULIANA"
