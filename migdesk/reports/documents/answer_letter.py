"""Answer with the results of executing an incoming request (Art. 10.3)."""

from __future__ import annotations

from collections.abc import Sequence

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import (
    CONFIDENTIAL,
    Parties,
    PersonLine,
    our_incoming,
    persons_table,
    request_reply,
)
from migdesk.requests.records import RequestView, StepView

KIND = "answer"
ACTION = "answer"


def build(
    view: RequestView,
    step: StepView,
    parties: Parties,
    persons: Sequence[PersonLine],
    attachments: Sequence[Attachment],
) -> Document:
    ours = our_incoming(view.number, view.received_on)
    body: list[Block] = [
        Text(
            f"На Ваш запрос ({ours}) сообщаем "
            "результаты его исполнения (пункт 3 статьи 10 Соглашения)."
        ),
        Text(step.text or "", label="Результаты исполнения"),
    ]
    if persons:
        body.append(Text("Сведения предоставляются в отношении следующих лиц:"))
        body.append(persons_table(persons))
    body.append(Text(CONFIDENTIAL))
    return request_reply(
        KIND,
        view,
        step,
        parties,
        heading="О результатах исполнения запроса",
        body=body,
        attachments=attachments,
    )
