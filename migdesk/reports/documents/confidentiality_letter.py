"""Art. 11.1, second paragraph: the requested side's notice that a request cannot be executed
without breaking its confidentiality, and the requesting side's decision on it (execute
anyway, or withdraw the request)."""

from __future__ import annotations

from collections.abc import Sequence

from migdesk.reports.doc_model import Attachment, Block, Document, Text
from migdesk.reports.documents.common import (
    Parties,
    day_ru,
    letter,
    our_incoming,
    our_outgoing,
    request_reply,
)
from migdesk.requests.records import RequestView, StepView

NOTICE_KIND = "confidentiality"
NOTICE_ACTIONS = ("confidentiality-impossible",)
DECISION_KIND = "confidentiality-decision"
DECISION_ACTIONS = ("confidential-proceed", "confidential-withdraw")
ARTICLE = "абзац второй пункта 1 статьи 11 Соглашения"


def build_notice(
    view: RequestView, step: StepView, parties: Parties, attachments: Sequence[Attachment]
) -> Document:
    ours = our_incoming(view.number, view.received_on)
    body: list[Block] = [
        Text(
            f"Уведомляем о том, что исполнение Вашего запроса ({ours}) невозможно без "
            "нарушения его конфиденциальности "
            f"({ARTICLE})."
        ),
        Text(step.text or "", label="Что не может быть сохранено в тайне и почему"),
        Text(
            "Просим сообщить, согласна ли запрашивающая Сторона на исполнение запроса на "
            "этих условиях. До получения Вашего решения запрос не исполняется."
        ),
    ]
    return request_reply(
        NOTICE_KIND,
        view,
        step,
        parties,
        heading="О невозможности исполнения запроса без нарушения конфиденциальности",
        body=body,
        attachments=attachments,
    )


def _notice(view: RequestView, step: StepView) -> StepView | None:
    """The partner's notice this decision answers: the last one before it."""
    earlier = [s for s in view.steps if s.action in NOTICE_ACTIONS and s.seq < step.seq]
    return earlier[-1] if earlier else None


def build_decision(
    view: RequestView, step: StepView, parties: Parties, attachments: Sequence[Attachment]
) -> Document:
    notice = _notice(view, step)
    ours = our_outgoing(view.number, view.signed_on or view.sent_on)
    theirs = (
        "Ваше уведомление"
        if notice is None
        else f"Ваше уведомление № {notice.their_number or '—'} от {day_ru(notice.on)}"
    )
    if step.action == "confidential-proceed":
        decision = (
            f"Рассмотрев {theirs} о невозможности исполнения нашего запроса ({ours}) без "
            "нарушения его конфиденциальности, сообщаем о согласии на исполнение запроса "
            f"на указанных Вами условиях ({ARTICLE})."
        )
        heading = "Об исполнении запроса без соблюдения конфиденциальности"
    else:
        decision = (
            f"Рассмотрев {theirs} о невозможности исполнения нашего запроса ({ours}) без "
            f"нарушения его конфиденциальности, сообщаем, что запрос отзываем ({ARTICLE}). "
            "Просим не исполнять его."
        )
        heading = "Об отзыве запроса"
    body: list[Block] = [Text(decision)]
    if step.text:
        body.append(Text(step.text, label="Дополнительно"))
    return letter(
        DECISION_KIND,
        f"{view.id}#{step.seq}",
        parties,
        day=step.on,
        number=step.number,
        heading=heading,
        body=body,
        reply_to=None if notice is None else (notice.their_number, notice.on),
        attachments=attachments,
    )
