"""Notice that execution is postponed, or made subject to conditions, because it would
hinder criminal or other proceedings (Art. 10.2)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import Parties, day_ru, our_incoming, request_reply
from migdesk.requests.records import RequestView, StepView

KIND = "postponement"
ACTION = "postpone"


def build(
    view: RequestView, step: StepView, parties: Parties, attachments: Sequence[Attachment]
) -> Document:
    conditional = step.details.get("mode") == "conditions"
    what = (
        "исполнение запроса будет осуществлено при соблюдении следующих условий"
        if conditional
        else "исполнение запроса отложено"
    )
    ours = our_incoming(view.number, view.received_on)
    body: list[Block] = [
        Text(
            f"Уведомляем о том, что {what}, поскольку его исполнение может помешать "
            "уголовному преследованию или иному производству, осуществляемому на "
            "территории нашего государства (пункт 2 статьи 10 Соглашения). Ваш запрос: "
            f"{ours}."
        ),
        Text(str(step.details.get("proceedings", "")), label="Производство"),
    ]
    if conditional:
        body.append(Text(str(step.details.get("conditions", "")), label="Условия исполнения"))
    until = step.details.get("until")
    if until:
        body.append(Text(f"Срок: до {day_ru(date.fromisoformat(until))}."))
    if step.text:
        body.append(Text(step.text))
    return request_reply(
        KIND,
        view,
        step,
        parties,
        heading="Об условиях исполнения запроса"
        if conditional
        else "Об отсрочке исполнения запроса",
        body=body,
        attachments=attachments,
    )
