"""Cover letter for information sent without a request (Art. 8, second paragraph)."""

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

KIND = "cover-letter"
# Art. 11.2/11.3 for information nobody asked for: there is no request naming a purpose.
CONFIDENTIAL_UNASKED = (
    "Информация предоставляется для целей сотрудничества в области миграции и без согласия "
    "предоставившей её Стороны не может быть использована в иных целях или передана третьей "
    f"стороне (пункты 2 и 3 статьи 11 {AGREEMENT})."
)


def build(
    view: RequestView,
    parties: Parties,
    persons: Sequence[PersonLine],
    attachments: Sequence[Attachment],
    day: date,
) -> Document:
    body: list[Block] = [
        Text(
            f"В соответствии с абзацем вторым статьи 8 {AGREEMENT} сообщаем имеющуюся "
            "информацию по вопросам миграции, которая, по нашему мнению, представляет "
            "интерес для Вашей Стороны."
        ),
        Text(view.cover_text or ""),
        Text(view.substance, label="Содержание информации"),
    ]
    if view.other_info:
        body.append(Text(view.other_info, label="Иная информация"))
    if persons:
        body.append(Text("Информация касается следующих лиц:"))
        body.append(persons_table(persons))
    body.append(Text(CONFIDENTIAL_UNASKED))
    return letter(
        KIND,
        view.id,
        parties,
        day=day,
        number=view.number,
        heading="О направлении информации",
        body=body,
        attachments=attachments,
    )
