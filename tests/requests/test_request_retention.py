"""Art. 11.5 beyond person records: requests with their letters and files, single files,
thematic items and consents fall due under their own rules and are destroyed through the
same four-eyes proposal and act as persons, leaving an act and an audit entry only."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from migdesk.errors import InvalidInput, NotFound
from migdesk.models import (
    DestructionAct,
    HandlingLimits,
    JournalEntry,
    RequestAttachment,
    TransferConsent,
)
from migdesk.office.retention import KINDS, RetentionService
from migdesk.office.retention_rules import add_years
from migdesk.requests.records import AttachmentInput
from migdesk.requests.thematic import ThematicInput, ThematicService
from migdesk.requests.workflow import StepInput
from migdesk.security import audit
from tests.conftest import Cli
from tests.requests.request_helpers import Desk, as_user, incoming
from tests.security.sqlcipher_pages import plaintext_contains
from tests.support.files import pdftotext

RECEIVED = date(2025, 3, 3)
ANSWERED = date(2025, 3, 20)
SECRET_FILE = b"%PDF-1.4 synthetic answer Kvakvakvashvili"
SECRET_TEXT = "Сведения Квакваквашвили прилагаются"


def _answered(desk: Desk, person: str | None = None) -> str:
    """An incoming request answered with a letter (registered number) and a file."""
    service = desk.service()
    persons = [desk.person(person)] if person else []
    request_id = service.receive(incoming(RECEIVED, persons=persons)).id
    service.step(request_id, StepInput("start", on=date(2025, 3, 4)))
    service.step(
        request_id,
        StepInput(
            "answer",
            on=ANSWERED,
            text=SECRET_TEXT,
            attachments=[AttachmentInput("ответ.pdf", "application/pdf", SECRET_FILE)],
        ),
    )
    return request_id


def _retention(desk: Desk, user: str) -> RetentionService:
    return RetentionService(as_user(desk.vault, user))


def test_a_closed_request_falls_due_years_after_it_closed(desk: Desk) -> None:
    request_id = _answered(desk)
    open_id = desk.service().receive(incoming(RECEIVED)).id  # still being executed
    service = _retention(desk, "officer1")
    keep = add_years(ANSWERED, 5)
    assert [d.record_id for d in service.due(keep - timedelta(days=1))] == []
    due = service.due(keep)
    assert [(d.record_kind, d.record_id, d.keep_until) for d in due] == [
        ("request", request_id, keep)
    ]
    assert open_id not in {d.record_id for d in service.due(date(2099, 1, 1))}
    with pytest.raises(InvalidInput, match="ещё исполняется"):
        service.propose(open_id, "истечение срока хранения", early=True)


def test_destroying_a_request_takes_its_letters_and_files_and_leaves_an_act(
    desk: Desk,
) -> None:
    request_id = _answered(desk)
    number = desk.service().get(request_id).number
    key = desk.vault.data_key
    assert plaintext_contains(desk.vault.path, key, SECRET_TEXT)
    with desk.vault.read_session() as session:
        entries_before = session.scalars(select(JournalEntry.number)).all()

    _retention(desk, "officer1").propose(request_id, "истечение срока хранения")
    act = _retention(desk, "boss").destroy(
        request_id, "истечение срока хранения", today=add_years(ANSWERED, 5)
    )
    assert act.record_kind == "request"
    assert act.summary["letters"] == 1 and act.summary["attachments"] == 1
    assert act.summary["bytes"] == len(SECRET_FILE)
    assert act.summary["steps"] == 3  # register, start, answer

    with pytest.raises(Exception, match="не найден"):
        desk.service().get(request_id)
    with desk.vault.read_session() as session:
        assert session.scalar(select(RequestAttachment.id)) is None
        # The journal keeps the numbers it gave out; the request itself is gone.
        assert session.scalars(select(JournalEntry.number)).all() == entries_before
        tombstone = session.scalar(select(DestructionAct))
        assert tombstone is not None and tombstone.record_id == request_id
        assert SECRET_TEXT not in tombstone.summary and number not in tombstone.grounds
        entry = audit.verify(session)
        assert entry.ok
    assert _retention(desk, "boss").act(act.number).audit_hash == act.audit_hash
    for needle in (SECRET_TEXT, "Квакваквашвили"):
        assert not plaintext_contains(desk.vault.path, key, needle), needle
    assert not plaintext_contains(desk.vault.path, key, "Kvakvakvashvili")


def test_a_person_named_by_a_request_in_work_is_held(desk: Desk) -> None:
    person = desk.person("5f0c1e1e-0000-4000-8000-000000000001")
    request_id = desk.service().receive(incoming(RECEIVED, persons=[person])).id
    number = desk.service().get(request_id).number
    service = _retention(desk, "officer1")
    (due,) = service.due(date(2099, 1, 1))
    assert due.record_id == person and due.held_by == (number,)
    with pytest.raises(InvalidInput, match=f"исполняемом запросе № {number}"):
        service.propose(person, "истечение срока хранения", early=True)
    # Once the request is closed the person may go, and the request keeps its registration.
    desk.service().step(request_id, StepInput("start", on=date(2025, 3, 4)))
    desk.service().step(request_id, StepInput("answer", on=ANSWERED, text="Ответ (тест)."))
    service.propose(person, "истечение срока хранения", early=True)
    _retention(desk, "boss").destroy(person, "истечение срока хранения")
    assert desk.service().get(request_id).number == number


def test_a_file_with_a_shorter_period_goes_alone(desk: Desk) -> None:
    request_id = _answered(desk)
    admin = RetentionService(as_user(desk.vault, "root"))
    admin.set_default_years(1, "attachment")
    assert admin.years("attachment") == 1 and admin.years("request") == 5
    service = _retention(desk, "officer1")
    (due,) = service.due(add_years(ANSWERED, 1))
    assert due.record_kind == "attachment" and due.record_id.startswith(f"{request_id}/")
    service.propose(due.record_id, "цель хранения файла достигнута")
    act = _retention(desk, "boss").destroy(
        due.record_id, "цель хранения файла достигнута", today=add_years(ANSWERED, 1)
    )
    assert act.summary == {"attachments": 1, "signature_checks": 0, "bytes": len(SECRET_FILE)}
    view = desk.service().get(request_id)
    assert view.attachments == [] and len(view.steps) == 3  # the letter's record stays
    # The request itself falls due on its own period, the file is no longer listed.
    assert [d.record_kind for d in service.due(add_years(ANSWERED, 5))] == ["request"]


def test_thematic_items_follow_the_providers_limit(desk: Desk) -> None:
    thematic = ThematicService(as_user(desk.vault, "officer1"))
    own = thematic.add(
        ThematicInput(category="violations", title="Канал (тест)", text="Описание канала.")
    )
    received = thematic.add(
        ThematicInput(category="prevention", title="Практика (тест)", text="Описание.")
    )
    limit = date.today() + timedelta(days=10)
    with desk.vault.session() as session:
        session.add(
            HandlingLimits(
                record_kind="thematic",
                record_id=received,
                provider_authority="AM-POLICE",
                purpose="Профилактика (тест)",
                keep_until=limit,
                received_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
    service = _retention(desk, "officer1")
    assert [d.record_id for d in service.due(limit)] == [received]
    later = add_years(date.today(), 5)
    assert {d.record_id for d in service.due(later)} == {own, received}
    service.propose(received, "истечение срока, установленного предоставившей стороной")
    with pytest.raises(InvalidInput, match="досрочное"):
        _retention(desk, "boss").destroy(received, "истечение срока")
    act = _retention(desk, "boss").destroy(received, "истечение срока", today=limit)
    assert act.record_kind == "thematic" and act.keep_until == limit
    with pytest.raises(NotFound):
        thematic.get(received)
    with desk.vault.read_session() as session:
        assert session.scalar(select(HandlingLimits.id)) is None


def test_a_consent_goes_once_its_record_is_gone(desk: Desk) -> None:
    person = desk.person("5f0c1e1e-0000-4000-8000-000000000002")
    consent_id = "c0ffee00-0000-4000-8000-000000000001"
    with desk.vault.session() as session:
        session.add(
            TransferConsent(
                id=consent_id,
                record_kind="person",
                record_id=person,
                provider_authority="AM-POLICE",
                recipient=None,
                purpose="Другая цель (тест)",
                status="granted",
                requested_at=datetime(2025, 1, 10),
                requested_by="officer1",
                decided_on=date(2025, 2, 1),
            )
        )
    service = _retention(desk, "officer1")
    assert service.due(date(2029, 1, 1)) == []  # kept with its record, and not yet due
    service.propose(person, "истечение срока хранения", early=True)
    _retention(desk, "boss").destroy(person, "истечение срока хранения")
    (due,) = service.due()
    assert (due.record_kind, due.record_id, due.keep_until) == (
        "consent",
        consent_id,
        date.today(),
    )
    service.propose(consent_id, "запись, к которой относится согласие, уничтожена")
    act = _retention(desk, "boss").destroy(consent_id, "запись уничтожена")
    assert act.summary == {"consents": 1} and service.due() == []


def test_an_unknown_id_is_named(desk: Desk) -> None:
    with pytest.raises(NotFound, match="не найдена"):
        _retention(desk, "officer1").propose("no-such-record", "основание")
    with pytest.raises(NotFound, match="Вложение"):
        _retention(desk, "officer1").propose(_answered(desk) + "/999", "основание")


@pytest.mark.slow
def test_cli_lists_rules_and_destroys_a_request_with_its_act(
    desk: Desk, vault_path: Path, tmp_path: Path
) -> None:
    from migdesk.office.users import UserService

    request_id = _answered(desk)
    number = desk.service().get(request_id).number
    UserService(desk.vault).add("chief", "supervisor", "head of unit pass 2")
    cli = Cli(vault_path)
    chief = {"MIGDESK_USER": "chief", "MIGDESK_PASSWORD": "head of unit pass 2"}

    rules = cli("retention", "rules", "--json")
    assert rules.code == 0, rules.stderr
    assert [r["record_kind"] for r in rules.json()] == list(KINDS)
    assert cli("retention", "set-default", "2", "--kind", "request", "--json").json() == {
        "retention_years": 2,
        "record_kind": "request",
    }
    due = cli("retention", "due", "--as-of", add_years(ANSWERED, 2).isoformat(), "--json")
    assert due.json() == [
        {
            "record_kind": "request",
            "id": request_id,
            "keep_until": add_years(ANSWERED, 2).isoformat(),
            "from_default": True,
            "held_by": [],
        }
    ]
    # Due only as of two years on: proposed early, so with its grounds (Art. 11.5).
    early = ("--grounds", "по решению руководителя (тест)")
    assert cli("retention", "propose", request_id, "--kind", "request", *early).code == 0
    act_path = tmp_path / "act.pdf"
    done = cli("destroy", request_id, "--act-out", str(act_path), "--early", "--json", **chief)
    assert done.code == 0, done.stderr
    assert done.json()["record_kind"] == "request"
    text = pdftotext(act_path, "-enc", "UTF-8")
    assert "АКТ\nоб уничтожении информации" in text and request_id in text
    assert "запрос (письмо) с перепиской и вложениями" in text
    assert "зарегистрированные письма" in text and "вложения (файлы)" in text
    assert "только регистрационные номера" in " ".join(text.split())
    for needle in (SECRET_TEXT, "ответ.pdf", number):
        assert needle not in text, needle
    gone = cli("request", "show", request_id, **chief)
    assert gone.code == 1 and "не найден" in gone.stderr


def test_an_item_linked_to_a_destroyed_request_names_the_act(desk: Desk) -> None:
    request_id = _answered(desk)
    thematic = ThematicService(as_user(desk.vault, "officer1"))
    item = thematic.add(
        ThematicInput(
            category="violations", title="Канал (тест)", text="Описание.", requests=[request_id]
        )
    )
    number = desk.service().get(request_id).number
    assert [(r.number, r.destroyed_by_act) for r in thematic.get(item).request_refs] == [
        (number, None)
    ]
    _retention(desk, "officer1").propose(request_id, "истечение срока хранения", early=True)
    act = _retention(desk, "boss").destroy(request_id, "истечение срока хранения")
    assert [(r.id, r.number, r.destroyed_by_act) for r in thematic.get(item).request_refs] == [
        (request_id, None, act.number)
    ]
