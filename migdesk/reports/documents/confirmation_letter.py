"""Request for confirmation of the authenticity or content of a received message
(Art. 9.5)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import AGREEMENT, Parties, day_ru, letter, our_incoming
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
        # Each requisite only when it is known: no «№ —» or «от —» in place of one.
        theirs = "".join(
            part
            for part in (
                f" № {doubted.their_number}" if doubted.their_number else "",
                f" от {day_ru(doubted.their_date)}" if doubted.their_date else "",
            )
        )
        ours = our_incoming(doubted.number, doubted.received_on)
        about = f"Вашего документа{theirs} ({ours})"
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
