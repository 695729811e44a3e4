"""Art. 10.3 deadlines: 30 calendar days from receipt, lists as of a date, the dashboard."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.requests.dates import add_months, due_on
from migdesk.requests.workflow import StepInput
from tests.requests.request_helpers import Desk, draft, incoming
from tests.support.signing import sign


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2025, 3, 3), date(2025, 4, 2)),
        (date(2025, 1, 31), date(2025, 3, 2)),  # through a 28-day February
        (date(2024, 1, 31), date(2024, 3, 1)),  # leap year
        (date(2025, 2, 28), date(2025, 3, 30)),
        (date(2025, 12, 15), date(2026, 1, 14)),  # across the year
        (date(2025, 4, 30), date(2025, 5, 30)),
    ],
)
def test_due_date_counts_calendar_days(received: date, due: date) -> None:
    assert due_on(received) == due


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2025, 7, 15), 6, date(2026, 1, 15)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_received_request_stores_received_and_due(desk: Desk) -> None:
    request_id = desk.service().receive(incoming(date(2025, 1, 31))).id
    view = desk.service().get(request_id, as_of=date(2025, 3, 1))
    assert (view.received_on, view.due_on, view.days_left, view.overdue) == (
        date(2025, 1, 31),
        date(2025, 3, 2),
        1,
        False,
    )
    late = desk.service().get(request_id, as_of=date(2025, 3, 3))
    assert (late.days_left, late.overdue) == (-1, True)


def test_list_overdue_as_of(desk: Desk) -> None:
    service = desk.service()
    early = service.receive(incoming(date(2025, 3, 1))).id  # due 2025-03-31
    later = service.receive(incoming(date(2025, 3, 20))).id  # due 2025-04-19
    answered = service.receive(incoming(date(2025, 3, 1))).id
    service.step(answered, StepInput("start", on=date(2025, 3, 2)))
    service.step(answered, StepInput("answer", on=date(2025, 4, 10), text="Ответ."))

    def overdue(day: date) -> set[str]:
        return {r.id for r in service.list(overdue=True, as_of=day)}

    assert overdue(date(2025, 3, 31)) == set()  # the due day itself is in time
    assert overdue(date(2025, 4, 1)) == {early, answered}
    assert overdue(date(2025, 4, 20)) == {early, later}  # answered on 04-10 is closed
    # Before it existed a request is not listed at all; the state is the one of that day.
    assert {r.id for r in service.list(as_of=date(2025, 3, 10))} == {early, answered}
    rows = {r.id: r for r in service.list(as_of=date(2025, 3, 10))}
    assert rows[answered].state == "in_work"
    assert {r.id for r in service.list(overdue=False, as_of=date(2025, 4, 20))} == {answered}


def test_dashboard_orders_incoming_by_days_left_and_shows_awaited(desk: Desk) -> None:
    service = desk.service()
    soon = service.receive(incoming(date(2025, 3, 20))).id
    overdue = service.receive(incoming(date(2025, 2, 1))).id
    relaxed = service.receive(incoming(date(2025, 4, 1))).id
    done = service.receive(incoming(date(2025, 3, 1))).id
    service.step(done, StepInput("start", on=date(2025, 3, 1)))
    service.step(done, StepInput("refuse", on=date(2025, 3, 2), reasons="П.", grounds=["security"]))
    out = service.create_draft(draft(assignees=["boss"])).id
    boss = desk.service("boss")
    sign(boss, out, desk.signatory)
    boss.step(out, StepInput("send"))
    draft_only = service.create_draft(draft()).id

    board = desk.service().dashboard(as_of=date(2025, 4, 10))
    assert [r.id for r in board.incoming] == [overdue, soon, relaxed]
    assert [r.overdue for r in board.incoming] == [True, False, False]
    assert board.incoming[1].days_left == 9  # due 2025-04-19
    assert draft_only not in {r.id for r in board.outgoing}
    # The outgoing one was sent today, after 2025-04-10: on that day nothing was awaited.
    assert board.outgoing == []
    assert [r.id for r in desk.service().dashboard().outgoing] == [out]


def test_dashboard_keeps_a_request_whose_confidentiality_we_must_decide(desk: Desk) -> None:
    """Art. 11.1: the requested side cannot keep our request confidential and waits for our
    decision. The request stays on the main screen among ours that are not closed."""
    out = desk.service().create_draft(draft()).id
    boss = desk.service("boss")
    sign(boss, out, desk.signatory)
    boss.step(out, StepInput("send"))
    asked = desk.service().create_draft(draft()).id
    sign(boss, asked, desk.signatory)
    boss.step(asked, StepInput("send"))
    boss.step(asked, StepInput("more-info", text="Уточните дату въезда.", their_number="АМ-1"))
    desk.service().step(
        out,
        StepInput("confidentiality-impossible", text="Лицо будет уведомлено.", their_number="АМ-2"),
    )
    board = desk.service().dashboard()
    states = {r.id: r.state for r in board.outgoing}
    assert states == {out: "confidentiality_pending", asked: "info_requested"}
    assert all(r.waiting_days == 0 for r in board.outgoing)
    desk.service().step(out, StepInput("confidential-withdraw"))
    assert [r.id for r in desk.service().dashboard().outgoing] == [asked]
