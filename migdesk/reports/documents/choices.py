"""Which documents a record can give, as a list for a window: light enough to import with
the request window (no reportlab, no pyHanko); ``produce`` builds the chosen one."""

from __future__ import annotations

from dataclasses import dataclass

from migdesk.messages import Message, _, ru_text
from migdesk.reports.documents.kinds import KINDS, MESSAGE_KINDS, OUTGOING_STEP_KINDS, STEP_KINDS
from migdesk.requests.records import RequestView, StepView

# Kinds a face can build from a request without further input (consent needs its terms,
# the transmittal register its list of bundles).
_NEEDS_INPUT = frozenset({"consent", "transmittal"})
CONSENT = "consent"


@dataclass(frozen=True)
class DocumentChoice:
    """One document a record can give: ``record_id`` as ``DocumentService.build`` takes it
    (``REQUEST_ID``, ``REQUEST_ID#SEQ`` for a step's letter, or a person id)."""

    kind: str
    record_id: str | None  # None: a transmittal register numbered by its own options
    label: str  # for a list, in the interface language (a Message: its Russian is kept)

    @property
    def needs_terms(self) -> bool:
        """A consent letter needs what, to whom and why (``ConsentTerms``) from the user."""
        return self.kind == CONSENT


def request_choices(view: RequestView, *, with_consent: bool = False) -> list[DocumentChoice]:
    """Documents of our side for ``view``: the letter of an outgoing message, or one letter
    per Art. 10 step of ours on an incoming request (oldest first). ``with_consent`` adds,
    after them, a consent letter (Art. 11.3) for each answer or refusal step: a face that
    asks for its terms offers it; batch signing does not."""
    if view.direction == "outgoing":
        return [
            DocumentChoice(
                kind,
                view.id,
                _("{kind} № {number}").format(kind=_kind_title(kind), number=view.number),
            )
            for kind, message in MESSAGE_KINDS.items()
            if message == view.kind
        ] + [  # our decisions on the partner's notices (Art. 11.1)
            _step_choice(view, kind, step)
            for step in view.steps
            for kind, actions in OUTGOING_STEP_KINDS.items()
            if step.action in actions
        ]
    choices = []
    for step in view.steps:
        for kind, actions in STEP_KINDS.items():
            if kind in _NEEDS_INPUT or step.action not in actions:
                continue
            choices.append(_step_choice(view, kind, step))
    if with_consent:
        choices.extend(
            _step_choice(view, CONSENT, step)
            for step in view.steps
            if step.action in STEP_KINDS[CONSENT]
        )
    return choices


def _step_choice(view: RequestView, kind: str, step: StepView) -> DocumentChoice:
    title = _kind_title(kind)
    if step.number:
        title = _("{kind} № {number}").format(kind=title, number=step.number)
    label = _("{kind} от {day} (шаг {seq})").format(
        kind=title, day=f"{step.on:%d.%m.%Y}", seq=step.seq
    )
    return DocumentChoice(kind, f"{view.id}#{step.seq}", label)


def person_sheet_choice(person_id: str) -> DocumentChoice:
    return DocumentChoice("person-sheet", person_id, _kind_title("person-sheet"))


def _kind_title(kind: str) -> Message:
    """The kind's label with a capital, in the interface language and in Russian."""
    label = KINDS[kind]
    russian = str(ru_text(label))
    return Message(label[:1].upper() + label[1:], russian[:1].upper() + russian[1:])
