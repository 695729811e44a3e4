"""Registration journals: per authority, direction and year; patterns; gap-free under
rollback; numbers never reused."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy.exc

from migdesk.errors import InvalidInput, PermissionDenied, ValidationFailed
from migdesk.models import JournalEntry
from migdesk.requests import journal
from migdesk.requests.journal import JournalService, check_pattern, format_number
from migdesk.requests.workflow import StepInput
from tests.requests.request_helpers import Desk, as_user, draft, incoming


def test_numbers_are_sequential_per_journal_and_year(desk: Desk) -> None:
    service = desk.service()
    numbers = [service.receive(incoming(date(2025, 3, d))).number for d in (1, 2, 3)]
    assert numbers == ["1-вх", "2-вх", "3-вх"]
    assert service.receive(incoming(date(2026, 1, 5))).number == "1-вх"  # a new year
    # The outgoing journal counts separately, under its own index: a number names one
    # document of the authority (issue 13, item 2).
    assert service.create_draft(draft()).number == "1-исх"


def test_configurable_pattern(desk: Desk) -> None:
    JournalService(as_user(desk.vault, "boss")).set_pattern(
        "KZ-MVD", "incoming", "12-3/{seq}", 2025
    )
    service = desk.service()
    assert service.receive(incoming(date(2025, 2, 1))).number == "12-3/1"
    assert service.receive(incoming(date(2025, 2, 2))).number == "12-3/2"
    # The next year starts at 1 and keeps the pattern.
    assert service.receive(incoming(date(2026, 1, 2))).number == "12-3/1"
    JournalService(as_user(desk.vault, "boss")).set_pattern(
        "KZ-MVD", "incoming", "{authority}/{yy}-{seq}", 2025
    )
    assert service.receive(incoming(date(2025, 2, 3))).number == "KZ-MVD/25-3"


@pytest.mark.parametrize("pattern", ["", "12-3", "{seq}-{seq}", "{seq:05d}", "{day}/{seq}", "{"])
def test_bad_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(InvalidInput, match="Шаблон"):
        check_pattern(pattern)


def test_format_number_tokens() -> None:
    assert format_number("{year}/{yy}/{authority}/{seq}", 7, 2025, "AM-POLICE") == (
        "2025/25/AM-POLICE/7"
    )


def test_pattern_needs_a_registry_role(desk: Desk) -> None:
    with pytest.raises(PermissionDenied):
        JournalService(as_user(desk.vault, "officer1")).set_pattern(
            "KZ-MVD", "incoming", "{seq}", 2025
        )


def test_a_failed_save_does_not_burn_a_number(desk: Desk) -> None:
    service = desk.service()
    assert service.receive(incoming(date(2025, 3, 1))).number == "1-вх"
    # Refused after validation passed the parts checked first: nothing is committed.
    with pytest.raises(ValidationFailed):
        service.receive(incoming(date(2025, 3, 2), persons=["no-such-person"]))
    # A transaction that allocated a number and then failed gives it back.
    with pytest.raises(RuntimeError), desk.vault.session() as session:
        entry = journal.allocate(
            session,
            authority="KZ-MVD",
            direction="incoming",
            on=date(2025, 3, 2),
            user="officer1",
            record_kind="request",
            record_id="x",
        )
        assert entry.number == "2-вх"
        raise RuntimeError("save failed after numbering")
    assert service.receive(incoming(date(2025, 3, 3))).number == "2-вх"
    assert [
        e.seq
        for e in JournalService(as_user(desk.vault, "boss")).entries("KZ-MVD", "incoming", 2025)
    ] == [1, 2]


def test_a_number_cannot_be_given_twice(desk: Desk) -> None:
    desk.service().receive(incoming(date(2025, 3, 1)))
    with pytest.raises(sqlalchemy.exc.IntegrityError), desk.vault.session() as session:
        first = session.query(JournalEntry).one()
        session.add(
            JournalEntry(
                journal_id=first.journal_id,
                seq=first.seq,
                number=first.number,
                registered_on=first.registered_on,
                registered_at=first.registered_at,
                registered_by="x",
                record_kind="request",
                record_id="y",
            )
        )
        session.flush()


def test_letters_of_steps_are_registered(desk: Desk) -> None:
    service = desk.service()
    request_id = service.receive(incoming(date(2025, 3, 1))).id
    service.step(request_id, StepInput("start", on=date(2025, 3, 2)))
    service.step(request_id, StepInput("more-info", on=date(2025, 3, 3), text="Уточните."))
    service.step(
        request_id,
        StepInput("more-info-received", on=date(2025, 3, 5), their_number="ТЕСТ-2"),
    )
    steps = service.get(request_id).steps
    assert [s.number for s in steps] == [None, None, "1-исх", "2-вх"]  # out 1, then in 2
    assert steps[3].their_number == "ТЕСТ-2"
    entries = JournalService(as_user(desk.vault, "boss")).entries("KZ-MVD", "outgoing", 2025)
    assert [(e.seq, e.record_kind) for e in entries] == [(1, "step")]


def test_journal_book_is_for_supervisors(desk: Desk) -> None:
    with pytest.raises(PermissionDenied):
        JournalService(as_user(desk.vault, "root")).entries("KZ-MVD", "incoming", 2025)


def test_journals_of_one_authority_never_give_the_same_number(desk: Desk) -> None:
    from migdesk.requests.dates import today

    day = today()
    boss = JournalService(as_user(desk.vault, "boss"))
    # Identical patterns for both journals are refused outright.
    boss.set_pattern("KZ-MVD", "incoming", "{seq}", day.year)
    with pytest.raises(InvalidInput, match="разные шаблоны"):
        boss.set_pattern("KZ-MVD", "outgoing", "{seq}", day.year)
    # Patterns that differ but still produce one number twice: the second is refused
    # and nothing is saved.
    boss.set_pattern("KZ-MVD", "outgoing", "1{seq}", day.year)
    service = desk.service()
    assert service.create_draft(draft()).number == "11"
    for _ in range(10):
        service.receive(incoming(day))
    with pytest.raises(InvalidInput, match="уже присвоен"):
        service.receive(incoming(day))
    numbers = [
        e.number
        for direction in ("incoming", "outgoing")
        for e in boss.entries("KZ-MVD", direction, day.year)
    ]
    assert len(numbers) == len(set(numbers)) == 11
