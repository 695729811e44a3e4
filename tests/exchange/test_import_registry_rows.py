"""A bundle import writes the registry list's rows of the persons it adds and updates,
with the provider's handling-limit marker (``registry_rows``, migration 0027)."""

from __future__ import annotations

from pathlib import Path

from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.service import PersonService
from tests.exchange.exchange_world import AM, Station
from tests.persons.test_registry_rows import assert_in_step

RECORD = {
    "surname_ru": "Арутюнян",
    "given_name_ru": "Тигран",
    "sex": "M",
    "birth_date": "1980-02-03",
    "citizenship": ["ARM"],
}


def test_imported_and_updated_persons_have_their_rows(
    kz: Station, am: Station, stick: Path
) -> None:
    with kz.open() as vault:
        people = PersonService(vault)
        sent = people.add(RECORD).id
        first = export_bundle(vault, AM, stick, persons=[sent])
        people.update(sent, {"surname_ru": "Арутюнов", "citizenship": ["ARM", "RUS"]})
        second = export_bundle(vault, AM, stick, persons=[sent])
    assert first.path is not None and second.path is not None
    with am.open() as vault:
        PersonService(vault).add({**RECORD, "surname_ru": "Новиков"})
        assert import_bundle(vault, first.path).status == "imported"
        assert_in_step(vault)
        assert import_bundle(vault, second.path).status == "imported"
        assert_in_step(vault)
        [row] = vault.raw_execute(
            "SELECT surname_ru, citizenship, provider FROM registry_rows WHERE id = ?", sent
        )
        assert row[0] == "Арутюнов" and row[1] == "ARM, RUS" and row[2]
