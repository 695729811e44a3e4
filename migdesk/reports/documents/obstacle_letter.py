"""Notice of circumstances that prevent or substantially delay execution (Art. 10.1,
third paragraph)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import Parties, day_ru, our_incoming, request_reply
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
    return request_reply(
        KIND,
        view,
        step,
        parties,
        heading="Об обстоятельствах, препятствующих исполнению запроса",
        body=body,
        attachments=attachments,
    )
