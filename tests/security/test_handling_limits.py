"""Art. 11.2/11.3: received records refuse other use and onward transfer without consent."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.persons.service import PersonService
from migdesk.security.handling import (
    ConsentMissing,
    Received,
    check_transfer,
    check_use,
    limits_of,
    record_answer,
    record_received,
    request_consent,
)
from migdesk.vault import Vault
from tests.conftest import sample_person

PURPOSE = "установление правового статуса (запрос 12-3/145)"


@pytest.fixture
def received_person(vault: Vault) -> str:
    person = PersonService(vault).add(sample_person(keep_until="2030-01-01")).id
    with vault.session() as session:
        record_received(
            session,
            Received(
                "person",
                person,
                "AM-MIGRATION",
                PURPOSE,
                source_bundle_id="b-1",
                keep_until=date(2028, 1, 1),
                source_reliability="B",
                information_accuracy="2",
            ),
        )
    return person


def test_limits_are_stored_and_provider_date_wins(vault: Vault, received_person: str) -> None:
    with vault.read_session() as session:
        limits = limits_of(session, "person", received_person)
        assert limits is not None
        assert (limits.provider_authority, limits.source_reliability) == ("AM-MIGRATION", "B")
    assert PersonService(vault).get(received_person)["keep_until"] == "2028-01-01"


def test_transfer_to_third_party_is_refused_naming_record_and_consent(
    vault: Vault, received_person: str
) -> None:
    with vault.session() as session:
        check_transfer(session, "person", received_person, "AM-MIGRATION")  # back to provider
        with pytest.raises(ConsentMissing) as refused:
            check_transfer(session, "person", received_person, "KZ-MTSZN")
    message = str(refused.value)
    assert received_person in message and "согласия AM-MIGRATION" in message


def test_granted_consent_allows_only_that_recipient(vault: Vault, received_person: str) -> None:
    with vault.session() as session:
        consent = request_consent(
            session, "admin", "person", received_person, "KZ-MTSZN", "проверка права на работу"
        )
        with pytest.raises(ConsentMissing):
            check_transfer(session, "person", received_person, "KZ-MTSZN")  # only requested
        record_answer(
            session,
            "admin",
            consent.id,
            granted=True,
            decided_on=date(2026, 11, 1),
            document_ref="письмо № 45/7 от 01.11.2026",
        )
        check_transfer(session, "person", received_person, "KZ-MTSZN")
        with pytest.raises(ConsentMissing):
            check_transfer(session, "person", received_person, "OTHER")


def test_refused_consent_keeps_the_refusal(vault: Vault, received_person: str) -> None:
    with vault.session() as session:
        consent = request_consent(session, "admin", "person", received_person, None, "статистика")
        record_answer(
            session,
            "admin",
            consent.id,
            granted=False,
            decided_on=date(2026, 11, 2),
            document_ref="письмо № 46",
        )
        with pytest.raises(ConsentMissing, match=r"ст\.\u00a011\.2"):
            check_use(session, "person", received_person, "статистика")
        check_use(session, "person", received_person, PURPOSE)


def test_own_records_have_no_limits(vault: Vault) -> None:
    own = PersonService(vault).add(sample_person()).id
    with vault.session() as session:
        check_transfer(session, "person", own, "AM-POLICE")
        check_use(session, "person", own, "любая цель")


def test_registry_rows_name_the_provider(vault: Vault, received_person: str) -> None:
    own = PersonService(vault).add(sample_person(surname_ru="Своев", documents=[])).id
    rows = {r.id: r.provider for r in PersonService(vault).search("", limit=None)}
    assert rows == {received_person: "AM-MIGRATION", own: ""}
