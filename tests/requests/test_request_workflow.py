"""The Art. 10 state machine: every transition of the table, every refused step, and one
request walked along each path of Art. 10."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.errors import InvalidInput, ValidationFailed
from migdesk.requests.records import StepResult
from migdesk.requests.workflow import TRANSITIONS, Action, State, StepInput, allowed_actions
from tests.requests.request_helpers import Desk, draft, incoming, path_to, step_for
from tests.support.signing import sign

A = Action
RECEIVED = date(2025, 3, 3)


def _new(desk: Desk, direction: str) -> str:
    service = desk.service()
    if direction == "outgoing":
        return service.create_draft(draft(assignees=["boss"])).id
    return service.receive(incoming(RECEIVED, assignees=["boss"])).id


def _step(desk: Desk, request_id: str, action: Action, on: date | None = None) -> StepResult:
    """Signing is the signatory's digital signature (issue 13.4): boss signs with a key."""
    if action is A.SIGN:
        return sign(desk.service("boss"), request_id, desk.signatory)
    return desk.service("officer1").step(request_id, step_for(action, on, desk.signatory))


def _walk(desk: Desk, request_id: str, actions: list[Action], on: date | None = None) -> None:
    for action in actions:
        _step(desk, request_id, action, on)


REQUEST_EDGES = [
    (direction, source, action, target)
    for direction in ("outgoing", "incoming")
    for (source, action), target in TRANSITIONS[("request", direction)].items()
]


@pytest.mark.parametrize(
    ("direction", "source", "action", "target"),
    REQUEST_EDGES,
    ids=[f"{d}:{s.value}--{a.value}->{t.value}" for d, s, a, t in REQUEST_EDGES],
)
def test_every_transition_of_the_table(
    desk: Desk, direction: str, source: State, action: Action, target: State
) -> None:
    request_id = _new(desk, direction)
    _walk(desk, request_id, path_to("request", direction, source))
    assert desk.service().get(request_id).state == source
    user = "boss" if action is A.SIGN else "officer1"
    result = _step(desk, request_id, action)
    view = desk.service().get(request_id)
    assert result.state == view.state == target
    last = view.steps[-1]
    assert (last.action, last.from_state, last.to_state, last.user) == (
        action.value,
        source.value,
        target.value,
        user,
    )


def _states(direction: str) -> list[State]:
    table = TRANSITIONS[("request", direction)]
    return sorted({s for s, _ in table} | set(table.values()))


@pytest.mark.parametrize("direction", ["outgoing", "incoming"])
def test_every_step_outside_the_table_is_refused(desk: Desk, direction: str) -> None:
    for state in _states(direction):
        request_id = _new(desk, direction)
        _walk(desk, request_id, path_to("request", direction, state))
        allowed = set(allowed_actions("request", direction, state))
        for action in Action:
            if action in allowed or action in (A.CREATE, A.REGISTER):
                continue
            with pytest.raises(InvalidInput, match="невозможен"):
                desk.service("boss").step(request_id, step_for(action, None, desk.signatory))
        assert desk.service().get(request_id).state == state


def test_create_and_register_are_not_steps(desk: Desk) -> None:
    request_id = _new(desk, "incoming")
    for action in ("create", "register", "approve"):
        with pytest.raises(InvalidInput):
            desk.service().step(request_id, StepInput(action=action))


# --- the Art. 10 paths -----------------------------------------------------------------------


def _incoming_path(desk: Desk, steps: list[StepInput]) -> tuple[str, list[str]]:
    service = desk.service()
    request_id = service.receive(incoming(RECEIVED)).id
    states = [service.step(request_id, s).state for s in steps]
    return request_id, states


def test_path_answer(desk: Desk) -> None:
    request_id, states = _incoming_path(
        desk,
        [
            StepInput("start", on=date(2025, 3, 4)),
            StepInput("answer", on=date(2025, 3, 20), text="Сведения прилагаются (тест)."),
        ],
    )
    assert states == ["in_work", "answered"]
    view = desk.service().get(request_id, as_of=date(2025, 3, 21))
    assert view.closed_on == date(2025, 3, 20) and not view.overdue
    assert view.steps[-1].number is not None  # the answer is our outgoing letter


def test_path_more_info_loop_then_answer(desk: Desk) -> None:
    _, states = _incoming_path(
        desk,
        [
            StepInput("start", on=date(2025, 3, 4)),
            StepInput("more-info", on=date(2025, 3, 5), text="Уточните дату рождения."),
            StepInput("more-info-received", on=date(2025, 3, 9), text="Получено."),
            StepInput("more-info", on=date(2025, 3, 10), text="Уточните место рождения."),
            StepInput("more-info-received", on=date(2025, 3, 12)),
            StepInput("answer", on=date(2025, 3, 14), text="Ответ."),
        ],
    )
    assert states == [
        "in_work",
        "awaiting_info",
        "in_work",
        "awaiting_info",
        "in_work",
        "answered",
    ]


def test_path_obstacle_notice(desk: Desk) -> None:
    request_id, states = _incoming_path(
        desk,
        [
            StepInput("start", on=date(2025, 3, 4)),
            StepInput(
                "obstacle", on=date(2025, 3, 6), text="Архив недоступен.", until=date(2025, 4, 1)
            ),
            StepInput("answer", on=date(2025, 3, 30), text="Ответ."),
        ],
    )
    assert states == ["in_work", "in_work", "answered"]
    obstacle = desk.service().get(request_id).steps[2]
    assert obstacle.action == "obstacle" and obstacle.details == {"until": "2025-04-01"}
    assert obstacle.text == "Архив недоступен."


def test_path_postponement_with_conditions(desk: Desk) -> None:
    request_id, states = _incoming_path(
        desk,
        [
            StepInput("start", on=date(2025, 3, 4)),
            StepInput(
                "postpone",
                on=date(2025, 3, 5),
                mode="conditions",
                proceedings="Уголовное дело № Т-77 (тест)",
                conditions="Не передавать третьим лицам до приговора.",
            ),
            StepInput("resume", on=date(2025, 3, 15), text="Условия приняты."),
            StepInput("answer", on=date(2025, 3, 16), text="Ответ."),
        ],
    )
    assert states == ["in_work", "postponed", "in_work", "answered"]
    postpone = desk.service().get(request_id).steps[2]
    assert postpone.details["proceedings"] == "Уголовное дело № Т-77 (тест)"
    assert postpone.details["mode"] == "conditions"


def test_path_full_refusal(desk: Desk) -> None:
    request_id, states = _incoming_path(
        desk,
        [
            StepInput("start", on=date(2025, 3, 4)),
            StepInput(
                "refuse",
                on=date(2025, 3, 7),
                reasons="Сведения составляют государственную тайну.",
                grounds=["security", "national_law"],
            ),
        ],
    )
    assert states == ["in_work", "refused"]
    step = desk.service().get(request_id).steps[-1]
    assert step.details["grounds"] == ["security", "national_law"]
    assert step.details["reasons"] == "Сведения составляют государственную тайну."


def test_path_partial_refusal(desk: Desk) -> None:
    request_id, states = _incoming_path(
        desk,
        [
            StepInput("start", on=date(2025, 3, 4)),
            StepInput(
                "partial-refuse",
                on=date(2025, 3, 7),
                text="Сведения о регистрации прилагаются.",
                reasons="Сведения о документах не предоставляются.",
                grounds=["international_obligations"],
                answered="Учёт по месту пребывания.",
                not_answered="Документы, удостоверяющие личность.",
            ),
        ],
    )
    assert states == ["in_work", "partially_refused"]
    details = desk.service().get(request_id).steps[-1].details
    assert details["answered"] == "Учёт по месту пребывания."
    assert details["not_answered"] == "Документы, удостоверяющие личность."


# --- refusals of bad step input ------------------------------------------------------------


def _in_work(desk: Desk) -> str:
    request_id = desk.service().receive(incoming(RECEIVED)).id
    desk.service().step(request_id, StepInput("start", on=RECEIVED))
    return request_id


@pytest.mark.parametrize(
    ("step", "path"),
    [
        (StepInput("refuse", grounds=["security"]), "reasons"),
        (StepInput("refuse", reasons="   ", grounds=["security"]), "reasons"),
        (StepInput("refuse", reasons="Причины."), "grounds"),
        (StepInput("refuse", reasons="Причины.", grounds=["weather"]), "grounds[0]"),
        (StepInput("partial-refuse", reasons="П.", grounds=["security"]), "answered"),
        (
            StepInput("partial-refuse", reasons="П.", grounds=["security"], answered="Часть."),
            "not_answered",
        ),
        (StepInput("postpone"), "proceedings"),
        (StepInput("postpone", mode="conditions", proceedings="Дело."), "conditions"),
        (StepInput("postpone", mode="forever", proceedings="Дело."), "mode"),
        (StepInput("more-info"), "text"),
        (StepInput("obstacle", text=" "), "text"),
        (StepInput("answer"), "text"),
        (StepInput("answer", text="Ответ.", records=["no-such-person"]), "records[0]"),
    ],
)
def test_bad_step_is_refused_naming_the_field(desk: Desk, step: StepInput, path: str) -> None:
    request_id = _in_work(desk)
    with pytest.raises(ValidationFailed) as caught:
        desk.service().step(request_id, step)
    assert path in caught.value.problems
    view = desk.service().get(request_id)
    assert view.state == "in_work" and len(view.steps) == 2


def test_step_dates_must_not_go_back_or_ahead(desk: Desk) -> None:
    request_id = desk.service().receive(incoming(RECEIVED)).id
    with pytest.raises(ValidationFailed) as caught:
        desk.service().step(request_id, StepInput("start", on=date(2025, 3, 2)))
    assert "on" in caught.value.problems
    with pytest.raises(ValidationFailed):
        desk.service().step(request_id, StepInput("start", on=date(2999, 1, 1)))
    assert desk.service().get(request_id).state == "registered"


def test_refusal_grounds_must_come_from_the_agreement_list(desk: Desk) -> None:
    request_id = _in_work(desk)
    with pytest.raises(ValidationFailed) as caught:
        desk.service().step(
            request_id,
            StepInput("refuse", reasons="П.", grounds=["security", "inconvenience"]),
        )
    assert list(caught.value.problems) == ["grounds[1]"]
    assert "inconvenience" in str(caught.value)


def test_missing_grounds_are_named_in_words_not_codes(desk: Desk) -> None:
    """Issue 13.9: the message shown next to the grounds lists them in Russian."""
    request_id = _in_work(desk)
    with pytest.raises(ValidationFailed) as caught:
        desk.service().step(request_id, StepInput("refuse", reasons="Причины."))
    message = caught.value.problems["grounds"]
    assert "ущерб общественному порядку" in message
    assert not any(code in message for code in ("sovereignty", "security", "public_order"))
