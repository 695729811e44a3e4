"""Consent, or refusal of consent, to passing information we provided on to a third party
(Art. 11.3) or using it for another purpose (11.2). The partner asked in a letter
registered as an incoming request; our decision is the answer (consent) or refusal step
recorded on it, which gives the letter its outgoing number."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import Parties, letter, our_incoming
from migdesk.requests.records import RequestView, StepView

KIND = "consent"
ACTIONS = ("answer", "refuse")


@dataclass(frozen=True)
class ConsentTerms:
    """What the partner asked to do with which information (from ``--data``)."""

    information: str  # e.g. «сведения, направленные письмом № 12-3/45 от 05.03.2025»
    recipient: str | None  # the third party; None: use for another purpose (11.2)
    purpose: str


def record_key(request_id: str, seq: int, terms: ConsentTerms) -> str:
    """One consent letter: the step it answers and what it consents to."""
    text = "\x1f".join((terms.information, terms.recipient or "", terms.purpose))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return f"{request_id}#{seq}:{digest}"


def build(
    view: RequestView,
    step: StepView,
    terms: ConsentTerms,
    parties: Parties,
    attachments: Sequence[Attachment],
    number: str | None,
) -> Document:
    granted = step.action == "answer"
    if terms.recipient:
        act = f"передачу третьей стороне ({terms.recipient})"
        article = "пункт 3 статьи 11 Соглашения"
    else:
        act = "использование в иных целях"
        article = "пункт 2 статьи 11 Соглашения"
    decision = "даём согласие на" if granted else "не даём согласия на"
    ours = our_incoming(view.number, view.received_on)
    body: list[Block] = [
        Text(
            f"Рассмотрев Ваше обращение ({ours}), {decision} {act} следующих сведений, "
            f"предоставленных нашей Стороной ({article})."
        ),
        Text(terms.information, label="Сведения"),
        Text(terms.purpose, label="Цель"),
    ]
    if granted:
        body.append(
            Text(
                "Согласие действует только для указанных получателя и цели; иная передача "
                "или использование сведений требуют отдельного письменного согласия."
            )
        )
    else:
        body.append(Text(str(step.details.get("reasons", "")), label="Причины"))
    # The step's own text is the answer's (its letter says it): not repeated here.
    return letter(
        KIND,
        f"{view.id}#{step.seq}",
        parties,
        day=step.on,
        number=number,
        heading=(
            "О согласии на передачу сведений"
            if granted
            else "Об отказе в согласии на передачу сведений"
        ),
        body=body,
        reply_to=(view.their_number, view.their_date or view.received_on),
        attachments=attachments,
    )
