"""Cover letter for information sent without a request (Art. 8, second paragraph)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class ThemeLine:
    """A thematic item (Art. 4) the letter sends, as the list names it."""

    title: str
    category: str  # the Art. 4 category in the words of the article
    period_from: date | None = None
    period_until: date | None = None
    files: int = 0

    def text(self) -> str:
        parts = [self.category]
        period = " ".join(
            f"{word} {day:%d.%m.%Y}"
            for word, day in (("с", self.period_from), ("по", self.period_until))
            if day
        )
        if period:
            parts.append(f"период {period}")
        if self.files:
            parts.append(f"файлов: {self.files}")
        return f"«{self.title}» ({'; '.join(parts)})"


def build(
    view: RequestView,
    parties: Parties,
    persons: Sequence[PersonLine],
    attachments: Sequence[Attachment],
    day: date,
    themes: Sequence[ThemeLine] = (),
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
    if themes:  # the items travel with the letter (exchange.request_export)
        body.append(Text("Направляется тематическая информация (статья 4 Соглашения):"))
        body.append(
            Text("\n".join(f"{n}. {t.text()}" for n, t in enumerate(themes, 1)), indent=False)
        )
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
