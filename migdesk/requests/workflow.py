"""Request states and the Art. 10 steps as an explicit transition table, and what each step
must say.

Both sides of a request use the same action names for the same event of the dialogue:
``answer`` is our answer on an incoming request and the partner's answer on an outgoing
one. Which side wrote the letter decides which journal numbers it (``LETTERS``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from migdesk.errors import InvalidInput
from migdesk.messages import N_, _, lazy_table
from migdesk.requests.checks import Problems, optional_text
from migdesk.requests.vocab import REFUSAL_GROUNDS


class State(StrEnum):
    # outgoing
    DRAFT = "draft"
    SIGNED = "signed"
    SENT = "sent"
    INFO_REQUESTED = "info_requested"  # the partner asked us for more (10.1)
    # incoming
    REGISTERED = "registered"
    IN_WORK = "in_work"
    AWAITING_INFO = "awaiting_info"  # we asked the partner for more (10.1)
    RECEIVED = "received"  # incoming information without request (Art. 8)
    # both
    POSTPONED = "postponed"  # 10.2: postponed or made conditional
    # 11.1, second paragraph: execution would break confidentiality; the requesting side decides
    CONFIDENTIALITY_PENDING = "confidentiality_pending"
    ANSWERED = "answered"
    REFUSED = "refused"
    PARTIALLY_REFUSED = "partially_refused"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"


class Action(StrEnum):
    CREATE = "create"  # recorded on creation of an outgoing draft
    REGISTER = "register"  # recorded on registration of an incoming message
    START = "start"
    SIGN = "sign"
    SEND = "send"
    MORE_INFO = "more-info"
    MORE_INFO_RECEIVED = "more-info-received"
    MORE_INFO_SENT = "more-info-sent"
    OBSTACLE = "obstacle"
    POSTPONE = "postpone"
    RESUME = "resume"
    ANSWER = "answer"
    REFUSE = "refuse"
    PARTIAL_REFUSE = "partial-refuse"
    WITHDRAW = "withdraw"
    CANCEL = "cancel"
    CONFIDENTIALITY_IMPOSSIBLE = "confidentiality-impossible"  # 11.1: the requested side
    CONFIDENTIAL_PROCEED = "confidential-proceed"  # 11.1: the requesting side agrees
    CONFIDENTIAL_WITHDRAW = "confidential-withdraw"  # 11.1: the requesting side withdraws


STATE_LABELS = lazy_table(
    {
        State.DRAFT: N_("проект"),
        State.SIGNED: N_("подписан"),
        State.SENT: N_("направлен, ожидается ответ"),
        State.INFO_REQUESTED: N_("запрошены дополнительные сведения"),
        State.REGISTERED: N_("зарегистрирован"),
        State.IN_WORK: N_("на исполнении"),
        State.AWAITING_INFO: N_("ожидаются дополнительные сведения"),
        State.RECEIVED: N_("получено"),
        State.POSTPONED: N_("исполнение отложено или обусловлено (п. 2 ст. 10)"),
        State.CONFIDENTIALITY_PENDING: N_(
            "исполнение без нарушения конфиденциальности невозможно: "
            "ожидается решение запрашивающей Стороны (п. 1 ст. 11)"
        ),
        State.ANSWERED: N_("исполнен"),
        State.REFUSED: N_("отказано в исполнении"),
        State.PARTIALLY_REFUSED: N_("исполнен частично, в остальном отказано"),
        State.WITHDRAWN: N_("отозван запрашивающей Стороной"),
        State.CANCELLED: N_("проект аннулирован"),
    }
)

# The letter a step is, as a noun (bundle previews, lists of what travels).
LETTER_LABELS = lazy_table(
    {
        Action.MORE_INFO: N_("запрос дополнительных сведений"),
        Action.MORE_INFO_RECEIVED: N_("дополнительные сведения"),
        Action.MORE_INFO_SENT: N_("дополнительные сведения"),
        Action.OBSTACLE: N_("уведомление об обстоятельствах, препятствующих исполнению"),
        Action.POSTPONE: N_("уведомление об отсрочке или условиях исполнения"),
        Action.RESUME: N_("уведомление о возобновлении исполнения"),
        Action.ANSWER: N_("ответ о результатах исполнения"),
        Action.REFUSE: N_("уведомление об отказе в исполнении"),
        Action.PARTIAL_REFUSE: N_("уведомление о частичном отказе"),
        Action.WITHDRAW: N_("отзыв запроса"),
        Action.CONFIDENTIALITY_IMPOSSIBLE: N_(
            "уведомление о невозможности исполнения без нарушения конфиденциальности"
        ),
        Action.CONFIDENTIAL_PROCEED: N_(
            "решение об исполнении запроса без соблюдения конфиденциальности"
        ),
        Action.CONFIDENTIAL_WITHDRAW: N_(
            "отзыв запроса ввиду невозможности соблюсти конфиденциальность"
        ),
    }
)


def letter_label(action: str) -> str:
    try:
        return LETTER_LABELS.get(Action(action), action)
    except ValueError:
        return action


CLOSED = frozenset(
    {
        State.ANSWERED,
        State.REFUSED,
        State.PARTIALLY_REFUSED,
        State.WITHDRAWN,
        State.CANCELLED,
        State.RECEIVED,
    }
)
# Outgoing and not closed: the main screen keeps them in sight. Two of them wait on us (the
# partner asked for more, 10.1; or for our decision on confidentiality, 11.1).
AWAITING_ANSWER = frozenset(
    {State.SENT, State.INFO_REQUESTED, State.POSTPONED, State.CONFIDENTIALITY_PENDING}
)


def is_closed(kind: str, state: str) -> bool:
    """Nothing more is expected: a final answer, or information (Art. 8) once it is sent."""
    return State(state) in CLOSED or (kind == "information" and state == State.SENT)


def awaits_answer(kind: str, state: str) -> bool:
    return kind != "information" and State(state) in AWAITING_ANSWER


S, A = State, Action
Table = dict[tuple[State, Action], State]

_OUTGOING_PREPARATION: Table = {
    (S.DRAFT, A.SIGN): S.SIGNED,
    (S.DRAFT, A.CANCEL): S.CANCELLED,
    (S.SIGNED, A.SEND): S.SENT,
    (S.SIGNED, A.CANCEL): S.CANCELLED,
}
_OUTGOING_REQUEST: Table = {
    **_OUTGOING_PREPARATION,
    (S.SENT, A.MORE_INFO): S.INFO_REQUESTED,
    (S.INFO_REQUESTED, A.MORE_INFO_SENT): S.SENT,
    (S.SENT, A.OBSTACLE): S.SENT,
    (S.SENT, A.POSTPONE): S.POSTPONED,
    (S.POSTPONED, A.OBSTACLE): S.POSTPONED,
    (S.POSTPONED, A.RESUME): S.SENT,
    (S.SENT, A.ANSWER): S.ANSWERED,
    (S.POSTPONED, A.ANSWER): S.ANSWERED,
    (S.SENT, A.REFUSE): S.REFUSED,
    (S.INFO_REQUESTED, A.REFUSE): S.REFUSED,
    (S.POSTPONED, A.REFUSE): S.REFUSED,
    (S.SENT, A.PARTIAL_REFUSE): S.PARTIALLY_REFUSED,
    (S.POSTPONED, A.PARTIAL_REFUSE): S.PARTIALLY_REFUSED,
    (S.SENT, A.WITHDRAW): S.WITHDRAWN,
    (S.INFO_REQUESTED, A.WITHDRAW): S.WITHDRAWN,
    (S.POSTPONED, A.WITHDRAW): S.WITHDRAWN,
    (S.SENT, A.CONFIDENTIALITY_IMPOSSIBLE): S.CONFIDENTIALITY_PENDING,
    (S.POSTPONED, A.CONFIDENTIALITY_IMPOSSIBLE): S.CONFIDENTIALITY_PENDING,
    (S.CONFIDENTIALITY_PENDING, A.CONFIDENTIAL_PROCEED): S.SENT,
    (S.CONFIDENTIALITY_PENDING, A.CONFIDENTIAL_WITHDRAW): S.WITHDRAWN,
}
_INCOMING_REQUEST: Table = {
    (S.REGISTERED, A.START): S.IN_WORK,
    (S.REGISTERED, A.MORE_INFO): S.AWAITING_INFO,
    (S.REGISTERED, A.REFUSE): S.REFUSED,
    (S.IN_WORK, A.MORE_INFO): S.AWAITING_INFO,
    (S.AWAITING_INFO, A.MORE_INFO_RECEIVED): S.IN_WORK,
    (S.IN_WORK, A.OBSTACLE): S.IN_WORK,
    (S.AWAITING_INFO, A.OBSTACLE): S.AWAITING_INFO,
    (S.POSTPONED, A.OBSTACLE): S.POSTPONED,
    (S.IN_WORK, A.POSTPONE): S.POSTPONED,
    (S.POSTPONED, A.RESUME): S.IN_WORK,
    (S.IN_WORK, A.ANSWER): S.ANSWERED,
    (S.IN_WORK, A.REFUSE): S.REFUSED,
    (S.AWAITING_INFO, A.REFUSE): S.REFUSED,
    (S.POSTPONED, A.REFUSE): S.REFUSED,
    (S.IN_WORK, A.PARTIAL_REFUSE): S.PARTIALLY_REFUSED,
    (S.REGISTERED, A.WITHDRAW): S.WITHDRAWN,
    (S.IN_WORK, A.WITHDRAW): S.WITHDRAWN,
    (S.AWAITING_INFO, A.WITHDRAW): S.WITHDRAWN,
    (S.POSTPONED, A.WITHDRAW): S.WITHDRAWN,
    (S.REGISTERED, A.CONFIDENTIALITY_IMPOSSIBLE): S.CONFIDENTIALITY_PENDING,
    (S.IN_WORK, A.CONFIDENTIALITY_IMPOSSIBLE): S.CONFIDENTIALITY_PENDING,
    (S.POSTPONED, A.CONFIDENTIALITY_IMPOSSIBLE): S.CONFIDENTIALITY_PENDING,
    (S.CONFIDENTIALITY_PENDING, A.CONFIDENTIAL_PROCEED): S.IN_WORK,
    (S.CONFIDENTIALITY_PENDING, A.CONFIDENTIAL_WITHDRAW): S.WITHDRAWN,
    (S.CONFIDENTIALITY_PENDING, A.REFUSE): S.REFUSED,
}
# 9.5: a confirmation is asked and answered; no refusal grounds, no 10.2.
_OUTGOING_CONFIRMATION: Table = {**_OUTGOING_PREPARATION, (S.SENT, A.ANSWER): S.ANSWERED}
_INCOMING_CONFIRMATION: Table = {
    (S.REGISTERED, A.START): S.IN_WORK,
    (S.IN_WORK, A.ANSWER): S.ANSWERED,
}

TRANSITIONS: dict[tuple[str, str], Table] = {
    ("request", "outgoing"): _OUTGOING_REQUEST,
    ("request", "incoming"): _INCOMING_REQUEST,
    ("information", "outgoing"): dict(_OUTGOING_PREPARATION),
    ("information", "incoming"): {},
    ("confirmation", "outgoing"): _OUTGOING_CONFIRMATION,
    ("confirmation", "incoming"): _INCOMING_CONFIRMATION,
}
INITIAL: dict[str, State] = {"outgoing": S.DRAFT, "incoming": S.REGISTERED}
INITIAL_INFORMATION_INCOMING = S.RECEIVED

# Steps that are a letter, by who writes it: "us" takes an outgoing number, "partner" an
# incoming one. Internal steps (start, sign, send, cancel) are not letters of their own.
_PARTNER_LETTERS = {
    A.MORE_INFO,
    A.OBSTACLE,
    A.POSTPONE,
    A.RESUME,
    A.ANSWER,
    A.REFUSE,
    A.PARTIAL_REFUSE,
    A.CONFIDENTIALITY_IMPOSSIBLE,
}
# Letters of the requesting side on the requested side's confidentiality notice (11.1).
_REQUESTER_DECISIONS = {A.CONFIDENTIAL_PROCEED, A.CONFIDENTIAL_WITHDRAW}
LETTERS: dict[str, dict[Action, str]] = {
    "outgoing": {
        **{a: "partner" for a in _PARTNER_LETTERS},
        A.MORE_INFO_SENT: "us",
        A.WITHDRAW: "us",
        **{a: "us" for a in _REQUESTER_DECISIONS},
    },
    "incoming": {
        **{a: "us" for a in _PARTNER_LETTERS - {A.RESUME}},
        A.MORE_INFO_RECEIVED: "partner",
        A.RESUME: "us",
        A.WITHDRAW: "partner",
        **{a: "partner" for a in _REQUESTER_DECISIONS},
    },
}


def parse_action(text: str) -> Action:
    try:
        return Action(text)
    except ValueError:
        allowed = ", ".join(a.value for a in Action if a not in (A.CREATE, A.REGISTER))
        raise InvalidInput(
            _("Неизвестный шаг «{text}»; допустимы: {allowed}.").format(text=text, allowed=allowed),
            "action",
        ) from None


def allowed_actions(kind: str, direction: str, state: str) -> list[Action]:
    return [a for (s, a) in TRANSITIONS[(kind, direction)] if s == state]


def next_state(kind: str, direction: str, state: str, action: Action) -> State:
    target = TRANSITIONS[(kind, direction)].get((State(state), action))
    if target is None:
        allowed = ", ".join(a.value for a in allowed_actions(kind, direction, state)) or _("нет")
        raise InvalidInput(
            _(
                "Шаг «{action}» невозможен в состоянии «{state_label}» "
                "({state}); возможные шаги: {allowed}."
            ).format(
                action=action.value,
                state_label=STATE_LABELS[State(state)],
                state=state,
                allowed=allowed,
            ),
            "action",
        )
    return target


@dataclass
class StepInput:
    """What a step says. Which fields are required depends on the action (``check_step``)."""

    action: str
    on: date | None = None  # business date of the step; today when absent
    text: str | None = None
    reasons: str | None = None
    grounds: list[str] = field(default_factory=list)
    answered: str | None = None
    not_answered: str | None = None
    proceedings: str | None = None
    mode: str | None = None  # postpone | conditions
    conditions: str | None = None
    until: date | None = None
    signatory: int | None = None
    records: list[str] = field(default_factory=list)  # person ids passed with an answer
    their_number: str | None = None
    their_date: date | None = None
    attachments: list[Any] = field(default_factory=list)  # service.AttachmentInput
    # ``sign``: the message's PDF with the signatory's digital signature (an AttachmentInput),
    # set by the signing service only (migdesk.requests.signed_copy).
    signed_pdf: Any = None


def check_step(action: Action, step: StepInput) -> tuple[str | None, dict[str, Any]]:
    """The step's text and its structured details; raises naming every missing field."""
    problems = Problems()
    details: dict[str, Any] = {}
    text = optional_text(step.text)
    if action is A.MORE_INFO:
        text = problems.required("text", step.text, _("какие сведения нужны, п. 1 ст. 10"))
    elif action is A.OBSTACLE:
        text = problems.required("text", step.text, _("обстоятельства, п. 1 ст. 10"))
        if step.until is not None:
            details["until"] = step.until.isoformat()
    elif action is A.POSTPONE:
        mode = step.mode or "postpone"
        if mode not in ("postpone", "conditions"):
            problems.add("mode", _("ожидается postpone или conditions"))
        details["mode"] = mode
        details["proceedings"] = problems.required(
            "proceedings",
            step.proceedings,
            _("какому производству помешает исполнение, п. 2 ст. 10"),
        )
        if mode == "conditions":
            details["conditions"] = problems.required(
                "conditions", step.conditions, _("п. 2 ст. 10")
            )
        if step.until is not None:
            details["until"] = step.until.isoformat()
    elif action is A.ANSWER:
        text = problems.required("text", step.text, _("результаты исполнения, п. 3 ст. 10"))
    elif action is A.CONFIDENTIALITY_IMPOSSIBLE:
        text = problems.required(
            "text", step.text, _("что именно не удастся сохранить в тайне и почему, п. 1 ст. 11")
        )
    elif action in (A.REFUSE, A.PARTIAL_REFUSE):
        details["reasons"] = problems.required("reasons", step.reasons, _("п. 4 ст. 10"))
        details["grounds"] = _grounds(step.grounds, problems)
        if action is A.PARTIAL_REFUSE:
            details["answered"] = problems.required("answered", step.answered, _("что исполнено"))
            details["not_answered"] = problems.required(
                "not_answered", step.not_answered, _("что не исполнено и почему")
            )
    elif action is A.SIGN and step.signatory is None:
        problems.add("signatory", _("не указано, кто подписывает (п. 3 ст. 9)"))
    if step.records:
        details["records"] = list(step.records)
    problems.raise_if_any()
    return text, details


def _grounds(grounds: list[str], problems: Problems) -> list[str]:
    if not grounds:
        # In words, not codes: the GUI shows this next to the grounds (issue 13.9).
        allowed = "; ".join(REFUSAL_GROUNDS.values())
        problems.add(
            "grounds",
            _("не указано ни одного основания отказа по п. 4 ст. 10 ({allowed})").format(
                allowed=allowed
            ),
        )
        return []
    for index, ground in enumerate(grounds):
        if ground not in REFUSAL_GROUNDS:
            problems.add(
                f"grounds[{index}]",
                _("«{ground}» не является основанием отказа по п. 4 ст. 10; допустимы: ").format(
                    ground=ground
                )
                + ", ".join(REFUSAL_GROUNDS),
            )
    return list(dict.fromkeys(grounds))
