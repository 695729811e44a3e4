"""Search semantics, duplicates, history as of a date and media, on a real vault."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from migdesk.persons.search import SearchFilters
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import sample_person


@pytest.fixture
def service(vault: Vault) -> PersonService:
    return PersonService(vault)


def ids(service: PersonService, query: str, **filters: str) -> list[str]:
    return [r.id for r in service.search(query, filters=SearchFilters(**filters))]


def test_yo_equals_ye_both_ways(service: PersonService) -> None:
    yo = service.add(sample_person(surname_ru="Ёлкина", documents=[])).id
    ye = service.add(sample_person(surname_ru="Елкина", documents=[], birth_date="1970")).id
    assert set(ids(service, "ЁЛКИНА")) == {yo, ye}
    assert set(ids(service, "елкин")) == {yo, ye}


def test_cyrillic_query_finds_latin_only_record(service: PersonService) -> None:
    latin = service.add({"surname_lat": "SMITH", "given_name_lat": "JOHN"}).id
    assert ids(service, "Смит") == [latin]
    assert ids(service, "smith") == [latin]


def test_other_transliteration_schemes_are_found(service: PersonService) -> None:
    person = service.add(sample_person(surname_ru="Яковлева", documents=[])).id
    assert ids(service, "IAKOVLEVA") == [person]  # ICAO, as in the passport
    assert ids(service, "Yakovleva") == [person]  # common spelling in other documents


def test_short_query_is_a_surname_prefix(service: PersonService) -> None:
    person = service.add(sample_person(surname_ru="Ли", given_name_ru="Тест")).id
    service.add(sample_person(surname_ru="Алиев", documents=[]))
    assert ids(service, "ли") == [person]


def test_filters_narrow_results(service: PersonService) -> None:
    kz = service.add(sample_person(documents=[])).id
    am = service.add(sample_person(documents=[], citizenship=["ARM"], sex="F")).id
    assert set(ids(service, "тестов")) == {kz, am}
    assert ids(service, "тестов", citizenship="ARM") == [am]
    assert ids(service, "тестов", sex="M") == [kz]


def test_personal_number_and_spaced_document_number(service: PersonService) -> None:
    person = service.add(
        sample_person(
            personal_number="850412300017",
            documents=[{"kind": "id_card", "series": "AB", "number": "12 34 56"}],
        )
    ).id
    assert ids(service, "850412300017") == [person]
    assert ids(service, "AB123456") == [person]
    assert ids(service, "ab 123456".replace(" ", "")) == [person]


def test_partial_birth_date_matches_full_date_query(service: PersonService) -> None:
    person = service.add(sample_person(birth_date="1985", documents=[])).id
    assert ids(service, "12.04.1985") == [person]
    assert ids(service, "1986") == []


def test_search_reflects_updates(service: PersonService) -> None:
    person = service.add(sample_person()).id
    service.update(person, {"surname_ru": "Переименов", "surname_lat": None})
    assert ids(service, "тестов") == []
    assert ids(service, "PEREIMENOV") == [person]


def test_duplicate_hints(service: PersonService) -> None:
    first = service.add(sample_person()).id
    same_doc = service.add(sample_person(surname_ru="Иной", birth_date="1970"))
    assert [(d.id, d.reason) for d in same_doc.duplicates] == [(first, "совпадает номер документа")]
    same_name = service.add(sample_person(documents=[], birth_date="1985"))
    assert first in [d.id for d in same_name.duplicates]
    other_birth = service.add(sample_person(documents=[], birth_date="1999-01-01"))
    assert first not in [d.id for d in other_birth.duplicates]


def test_record_as_of_a_date(service: PersonService) -> None:
    person = service.add(sample_person()).id
    after_create = datetime.now(UTC).replace(tzinfo=None)
    service.update(person, {"birth_place": "г. Новое"})
    assert service.as_of(person, after_create - timedelta(days=1)) is None
    old = service.as_of(person, after_create)
    assert old is not None and old["birth_place"] == "г. Образцово"
    new = service.as_of(person, datetime.now(UTC).replace(tzinfo=None))
    assert new is not None and new["birth_place"] == "г. Новое"


def test_unchanged_update_makes_no_revision(service: PersonService) -> None:
    person = service.add(sample_person()).id
    assert service.update(person, {"birth_place": "г. Образцово"}).revision == 1
    assert len(service.history(person)) == 1


def test_photo_and_fingerprint_round_trip(service: PersonService) -> None:
    photo = bytes(range(256)) * 10
    card = b"%PDF-1.4 synthetic fingerprint card"
    person = service.add(
        sample_person(
            photos=[{"mime": "image/jpeg", "data_base64": base64.b64encode(photo).decode()}],
            fingerprint_card={
                "mime": "application/pdf",
                "data_base64": base64.b64encode(card).decode(),
            },
        )
    ).id
    record = service.get(person)
    assert base64.b64decode(record["photos"][0]["data_base64"]) == photo
    assert record["fingerprint_card"]["sha256"] == hashlib.sha256(card).hexdigest()
    assert service.media(person, hashlib.sha256(photo).hexdigest()) == photo
    without = service.get(person, include_media=False)
    assert "data_base64" not in without["photos"][0]
    # An update of another field keeps the media as they were.
    service.update(person, {"notes": "изменено"})
    assert service.media(person, hashlib.sha256(photo).hexdigest()) == photo
