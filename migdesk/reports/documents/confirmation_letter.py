"""Request for confirmation of the authenticity or content of a received message
(Art. 9.5)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import AGREEMENT, Parties, day_ru, letter
from migdesk.requests.records import RequestView

KIND = "confirmation"


def build(
    view: RequestView,
    doubted: RequestView | None,
    parties: Parties,
    attachments: Sequence[Attachment],
    day: date,
) -> Document:
    if doubted is not None:
        about = (
            f"Вашего документа № {doubted.their_number or '—'} от "
            f"{day_ru(doubted.their_date)} (наш вх. № {doubted.number} от "
            f"{day_ru(doubted.received_on)})"
        )
    else:
        about = "полученного от Вас документа"
    body: list[Block] = [
        Text(
            f"В соответствии с пунктом 5 статьи 9 {AGREEMENT} в связи с возникшим сомнением в "
            f"подлинности или содержании {about} просим подтвердить его подлинность и "
            "содержание."
        ),
        Text(view.substance, label="Что вызывает сомнение"),
    ]
    if view.other_info:
        body.append(Text(view.other_info, label="Иная информация"))
    reply = (doubted.their_number, doubted.their_date) if doubted is not None else None
    return letter(
        KIND,
        view.id,
        parties,
        day=day,
        number=view.number,
        heading="О подтверждении подлинности и содержания документа",
        body=body,
        reply_to=reply,
        attachments=attachments,
    )
