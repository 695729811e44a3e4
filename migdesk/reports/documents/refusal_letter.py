"""Notice of full or partial refusal to execute a request, with its reasons (Art. 10.4)."""

from __future__ import annotations

from collections.abc import Sequence

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import Parties, day_ru, letter
from migdesk.requests.records import RequestView, StepView
from migdesk.requests.vocab import REFUSAL_GROUNDS

KIND = "refusal"
ACTIONS = ("refuse", "partial-refuse")


def build(
    view: RequestView, step: StepView, parties: Parties, attachments: Sequence[Attachment]
) -> Document:
    partial = step.action == "partial-refuse"
    grounds = "; ".join(REFUSAL_GROUNDS.get(g, g) for g in step.details.get("grounds", []))
    body: list[Block] = [
        Text(
            f"Уведомляем о том, что в исполнении Вашего запроса (наш вх. № {view.number} от "
            f"{day_ru(view.received_on)}) {'частично ' if partial else ''}отказано на "
            "основании пункта 4 статьи 10 Соглашения, поскольку его выполнение может "
            "нанести ущерб суверенитету, безопасности, общественному порядку, другим "
            "существенным интересам либо противоречит законодательству или международным "
            "обязательствам государства."
        ),
        Text(grounds, label="Основания отказа"),
        Text(str(step.details.get("reasons", "")), label="Причины отказа"),
    ]
    if partial:
        body.append(Text(str(step.details.get("answered", "")), label="Исполнено"))
        body.append(Text(str(step.details.get("not_answered", "")), label="Не исполнено"))
    if step.text:
        body.append(Text(step.text))
    return letter(
        KIND,
        f"{view.id}#{step.seq}",
        parties,
        day=step.on,
        number=step.number,
        heading=(
            "О частичном отказе в исполнении запроса"
            if partial
            else "Об отказе в исполнении запроса"
        ),
        body=body,
        reply_to=(view.their_number, view.their_date or view.received_on),
        attachments=attachments,
    )
