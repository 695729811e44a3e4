"""Outgoing request (Art. 8, 9.2): both authorities, substance, purpose, justification,
other useful information, the persons concerned and the 30-day term (10.3)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import (
    AGREEMENT,
    Parties,
    PersonLine,
    letter,
    persons_table,
)
from migdesk.requests.records import RequestView

KIND = "request"
# The categories as the letter names them: its text cites in full words («пункт 3 статьи 10
# Соглашения»), and the label already names article 5; the interface's «(подп. 1 п. 1
# ст. 5)» right after «(жительства)» read as two abbreviated brackets in a row.
LETTER_CATEGORIES = {
    "registration": "учёт (регистрация) по месту пребывания (жительства) — подпункт 1 пункта 1",
    "residence_status": "статус проживания и право на работу — подпункт 2 пункта 1",
    "citizenship": (
        "приём, восстановление в гражданстве, принадлежность к гражданству — подпункт 3 пункта 1"
    ),
    "identity_documents": "документы, удостоверяющие личность, — подпункт 4 пункта 1",
    "restrictions": "ограничения на въезд (выезд) и выдворение — пункт 2",
}


def build(
    view: RequestView,
    parties: Parties,
    persons: Sequence[PersonLine],
    attachments: Sequence[Attachment],
    day: date,
) -> Document:
    body: list[Block] = [
        Text(
            f"В соответствии со статьями 8 и 9 {AGREEMENT} направляем запрос об оказании "
            "содействия."
        ),
        Text(view.from_name, label="Запрашивающий орган"),
        Text(view.to_name, label="Запрашиваемый орган"),
        Text(view.substance, label="Существо запроса"),
    ]
    if view.purpose:
        body.append(Text(view.purpose, label="Цель запроса"))
    if view.justification:
        body.append(Text(view.justification, label="Обоснование запроса"))
    if view.categories:
        wanted = "; ".join(LETTER_CATEGORIES.get(c, c) for c in view.categories)
        body.append(Text(wanted, label="Запрашиваемые сведения (статья 5 Соглашения)"))
    if view.other_info:
        body.append(Text(view.other_info, label="Иная информация"))
    if persons:
        body.append(Text("Лица, в отношении которых направляется запрос:"))
        body.append(persons_table(persons))
    body.append(
        Text(
            "Просим сообщить о результатах исполнения запроса в срок, не превышающий "
            "30 календарных дней с даты его поступления (пункт 3 статьи 10 Соглашения), "
            "и обеспечить конфиденциальность факта поступления запроса и его содержания "
            "(пункт 1 статьи 11 Соглашения)."
        )
    )
    return letter(
        KIND,
        view.id,
        parties,
        day=day,
        number=view.number,
        heading="О запросе сведений",
        body=body,
        attachments=attachments,
    )
