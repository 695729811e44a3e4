"""A supervisor's merge carries the absorbed record's requests, family links, decisions and
keep-until date over to the survivor (persons/merge_moves.py), on a real vault."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from migdesk.errors import InvalidInput
from migdesk.models import AuditEntry
from migdesk.office.retention import RetentionService
from migdesk.persons.duplicates import NOT_DUPLICATE, SAME_PERSON, DuplicateService
from migdesk.persons.family import FamilyService
from migdesk.persons.service import PersonService
from migdesk.requests.thematic import PersonLink as ThematicLink
from migdesk.requests.thematic import ThematicInput, ThematicService
from migdesk.security.audit_labels import details_text
from migdesk.vault import Vault
from tests.requests.request_helpers import Desk, as_user, incoming, make_desk

PERSON = {
    "surname_ru": "Жұмабеков",
    "given_name_ru": "Әлихан",
    "patronymic_ru": "Серікұлы",
    "sex": "M",
    "birth_date": "1990-05-05",
    "citizenship": ["KAZ"],
}
TYPED = {**PERSON, "surname_ru": "Жумабеков", "given_name_ru": "Алихан"}


@pytest.fixture
def desk(vault: Vault) -> Desk:
    return make_desk(vault)


def _people(desk: Desk) -> PersonService:
    return PersonService(as_user(desk.vault, "officer1"))


def test_the_absorbed_records_request_family_and_decisions_go_to_the_survivor(
    desk: Desk,
) -> None:
    people = _people(desk)
    survivor = people.add({**PERSON, "keep_until": "2030-01-01"}).id
    absorbed = people.add({**TYPED, "keep_until": "2035-06-30"}, duplicate_reason="т").id
    child = people.add({**PERSON, "given_name_ru": "Бала", "birth_date": "2015-02-02"}).id
    both_named = people.add({**PERSON, "surname_ru": "Другой", "birth_date": "1970-01-01"}).id
    namesake = people.add({**PERSON, "birth_date": "1990-11-11"}).id
    # A request in work about the absorbed record, one naming both, a child, two decisions.
    held = desk.service().receive(incoming(persons=[absorbed])).id
    twice = desk.service().receive(incoming(persons=[survivor, absorbed, both_named])).id
    family = FamilyService(as_user(desk.vault, "officer1"))
    family.add(absorbed, child, "child")
    family.add(survivor, both_named, "spouse")
    family.add(absorbed, both_named, "spouse")  # the same spouse, recorded twice
    thematic = ThematicService(as_user(desk.vault, "officer1"))
    channel = thematic.add(
        ThematicInput(
            category="violations",
            title="Канал (тест)",
            text="Описание канала.",
            persons=[ThematicLink(absorbed, "перевозчик")],
        )
    )
    decisions = DuplicateService(as_user(desk.vault, "officer1"))
    decisions.link(absorbed, namesake, NOT_DUPLICATE, "разные лица, разные паспорта")
    decisions.link(absorbed, survivor, SAME_PERSON, "одно лицо")

    DuplicateService(as_user(desk.vault, "boss")).merge(survivor, absorbed, "одно лицо")

    requests = desk.service()
    assert requests.get(held).persons == [survivor]
    assert requests.get(twice).persons == [survivor, both_named]
    assert sorted((r.relative_id, r.relation) for r in family.relatives(survivor)) == sorted(
        [(child, "child"), (both_named, "spouse")]
    )
    assert [(x.kind, {x.person_id, x.other_id}) for x in decisions.links(survivor)] == [
        (NOT_DUPLICATE, {survivor, namesake})
    ]
    # The namesake the officer ruled out stays out of the list after the merge.
    assert all(namesake not in (p.a.id, p.b.id) for p in decisions.scan())
    assert [(p.person_id, p.role) for p in thematic.get(channel).persons] == [
        (survivor, "перевозчик")
    ]
    assert people.get(survivor)["keep_until"] == "2035-06-30"
    # The request in work about the absorbed record holds the survivor (Art. 11.5).
    retention = RetentionService(as_user(desk.vault, "officer1"))
    number = requests.get(held).number
    with pytest.raises(InvalidInput, match=f"исполняемом запросе № {number}"):
        retention.propose(survivor, "истечение срока хранения", early=True)
    held_by = {d.record_id: d.held_by for d in retention.due(date(2099, 1, 1))}
    assert number in held_by[survivor]
    with desk.vault.read_session() as session:
        details = session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "person.merge")
        ).one()
    moved = json.loads(details)
    assert (moved["moved_requests"], moved["moved_family"], moved["moved_decisions"]) == (1, 1, 1)
    assert moved["moved_thematic"] == 1
    assert moved["keep_until_extended"] is True
    # The audit screen reads each in Russian (issue 13.9: no bare key).
    shown = details_text(AuditEntry(details=details))
    assert "перенесено запросов: 1" in shown and "срок хранения продлён: да" in shown
