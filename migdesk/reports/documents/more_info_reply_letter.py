"""The additional information we send on our request when the requested side asked for more
(Art. 10.1, second paragraph): our letter in reply to their request for additional
information, with what we provide and, when persons' records go with it, whom they concern."""

from __future__ import annotations

from collections.abc import Sequence

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import (
    CONFIDENTIAL,
    Parties,
    PersonLine,
    day_ru,
    letter,
    our_outgoing,
    persons_table,
)
from migdesk.requests.records import RequestView, StepView

KIND = "more-info-reply"
ACTION = "more-info-sent"
ARTICLE = "абзац второй пункта 1 статьи 10 Соглашения"


def _asked(view: RequestView, step: StepView) -> StepView | None:
    """The partner's request for more this letter answers: the last one before it."""
    earlier = [s for s in view.steps if s.action == "more-info" and s.seq < step.seq]
    return earlier[-1] if earlier else None


def build(
    view: RequestView,
    step: StepView,
    parties: Parties,
    persons: Sequence[PersonLine],
    attachments: Sequence[Attachment],
) -> Document:
    asked = _asked(view, step)
    ours = our_outgoing(view.number, view.signed_on or view.sent_on)
    theirs = (
        "Ваш запрос дополнительных сведений"
        if asked is None
        # Their letter's own date is not kept with the step, only the day we recorded it:
        # the letter names that day as such rather than assert their date.
        else f"Ваш запрос дополнительных сведений № {asked.their_number or '—'}, "
        f"поступивший {day_ru(asked.on)},"
    )
    body: list[Block] = [
        Text(
            f"На {theirs} по нашему запросу ({ours}) направляем дополнительные сведения, "
            f"необходимые для его исполнения ({ARTICLE})."
        )
    ]
    if step.text:
        body.append(Text(step.text, label="Дополнительные сведения"))
    if persons:
        body.append(Text("Сведения предоставляются в отношении следующих лиц:"))
        body.append(persons_table(persons))
    body.append(Text(CONFIDENTIAL))
    return letter(
        KIND,
        f"{view.id}#{step.seq}",
        parties,
        day=step.on,
        number=step.number,
        heading="О направлении дополнительных сведений",
        body=body,
        reply_to=None if asked is None else (asked.their_number, None),
        attachments=attachments,
    )
