"""Notice of circumstances that prevent or substantially delay execution (Art. 10.1,
third paragraph)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import Parties, day_ru, letter, our_incoming
from migdesk.requests.records import RequestView, StepView

KIND = "obstacle"
ACTION = "obstacle"


def build(
    view: RequestView, step: StepView, parties: Parties, attachments: Sequence[Attachment]
) -> Document:
    ours = our_incoming(view.number, view.received_on)
    body: list[Block] = [
        Text(
            f"Уведомляем о том, что исполнению Вашего запроса ({ours}) препятствуют или "
            "существенно задерживают его "
            "исполнение следующие обстоятельства (абзац третий пункта 1 статьи 10 "
            "Соглашения)."
        ),
        Text(step.text or "", label="Обстоятельства"),
    ]
    until = step.details.get("until")
    if until:
        body.append(
            Text(f"Ожидаемый срок исполнения запроса — до {day_ru(date.fromisoformat(until))}.")
        )
    return letter(
        KIND,
        f"{view.id}#{step.seq}",
        parties,
        day=step.on,
        number=step.number,
        heading="Об обстоятельствах, препятствующих исполнению запроса",
        body=body,
        reply_to=(view.their_number, view.their_date or view.received_on),
        attachments=attachments,
    )
