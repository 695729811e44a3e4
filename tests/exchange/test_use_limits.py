"""Art. 11.2 enforced where received data is used: KZ receives a person from AM in the answer
to its request; naming that person in another request, passing it in the answer to another
request or printing such a letter is refused until AM's consent to that purpose is recorded.
Two real vaults, real bundles."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from migdesk.persons.service import PersonService
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.requests.records import DraftInput, IncomingInput
from migdesk.requests.service import RequestService
from migdesk.requests.workflow import StepInput
from migdesk.security.handling import (
    ConsentMissing,
    Received,
    check_use_in_request,
    record_answer,
    record_received,
    request_consent,
)
from migdesk.vault import Vault
from tests.conftest import ADMIN, sample_person
from tests.exchange.exchange_world import AM, KZ, Station
from tests.exchange.test_request_exchange import _folder, _import, _send, _signed_request

OTHER = "Установление правового статуса (другая цель)."


def _received_person(kz: Station, am: Station, tmp_path: Path) -> tuple[str, str]:
    """KZ's request to AM answered with AM's person: (request id, person id) at KZ."""
    with kz.open() as vault:
        asked = PersonService(vault).add(sample_person()).id
        request_id, _ = _signed_request(vault, asked)
    _import(am, _send(kz, AM, _folder(tmp_path, "1"), requests=[request_id]))
    with am.open() as vault:
        service = RequestService(vault)
        service.step(request_id, StepInput("start"))
        theirs = PersonService(vault).add(sample_person(surname_ru="Ответов")).id
        service.step(request_id, StepInput("answer", text="Сведения.", records=[theirs]))
    _import(kz, _send(am, KZ, _folder(tmp_path, "2"), requests=[request_id]))
    return request_id, theirs


def _consent(vault: Vault, person_id: str, purpose: str) -> None:
    with vault.session() as session:
        consent = request_consent(session, ADMIN, "person", person_id, None, purpose)
        record_answer(
            session,
            ADMIN,
            consent.id,
            granted=True,
            decided_on=date.today(),
            document_ref="письмо № 5 (тест)",
        )


def test_received_person_in_another_request_needs_consent(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    _request_id, person = _received_person(kz, am, tmp_path)
    draft = DraftInput(
        to_authority=AM,
        substance="Просим сообщить о документах (тест).",
        purpose=OTHER,
        justification="Заявление (тест).",
        categories=["identity_documents"],
        persons=[person],
    )
    with kz.open() as vault:
        service = RequestService(vault)
        before = len(service.list())
        with pytest.raises(ConsentMissing, match=r"11\.2") as refused:
            service.create_draft(draft)
        assert OTHER in str(refused.value) and AM in str(refused.value)
        assert len(service.list()) == before  # nothing written, no number taken
        _consent(vault, person, OTHER)
        assert service.create_draft(draft).id


def test_received_person_in_the_answer_to_another_request_needs_consent(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    _request_id, person = _received_person(kz, am, tmp_path)
    with kz.open() as vault:
        service = RequestService(vault)
        incoming = service.receive(
            IncomingInput(
                from_authority=AM,
                received_on=date.today(),
                substance="Просим сообщить сведения (тест).",
                purpose=OTHER,
                justification="Проверка (тест).",
                their_number="АМ-9",
            )
        ).id
        service.step(incoming, StepInput("start"))
        answer = StepInput("answer", text="Сведения прилагаются.", records=[person])
        with pytest.raises(ConsentMissing, match=r"11\.2"):
            service.step(incoming, answer)
        assert service.get(incoming).state == "in_work"
        _consent(vault, person, OTHER)
        assert service.step(incoming, answer).number is not None


def test_the_request_it_came_for_may_use_it(kz: Station, am: Station, tmp_path: Path) -> None:
    request_id, person = _received_person(kz, am, tmp_path)
    with kz.open() as vault, vault.read_session() as session:
        check_use_in_request(session, "person", [person], request_id, OTHER)  # its own request
        with pytest.raises(ConsentMissing, match=r"11\.2"):
            check_use_in_request(session, "person", [person], str(uuid.uuid4()), OTHER)


def test_a_letter_naming_data_received_since_is_refused(kz: Station) -> None:
    with kz.open() as vault:
        person = PersonService(vault).add(sample_person()).id
        service = RequestService(vault)
        created = service.create_draft(
            DraftInput(
                to_authority=AM,
                substance="Просим (тест).",
                purpose=OTHER,
                justification="Основание (тест).",
                categories=["registration"],
                persons=[person],
            )
        )
        with vault.session() as session:  # the same person arrives later under AM's limits
            record_received(
                session,
                Received("person", person, AM, "Цель предоставления (тест).", "b-1", None),
            )
        with pytest.raises(ConsentMissing, match=r"11\.2"):
            DocumentService(vault).build("request", created.id, BuildOptions())
