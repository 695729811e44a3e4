"""Request for additional information needed to execute a request (Art. 10.1, second
paragraph)."""

from __future__ import annotations

from collections.abc import Sequence

from migdesk.reports.doc_model import Attachment, Document, Text
from migdesk.reports.documents.common import Parties, our_incoming, request_reply
from migdesk.requests.records import RequestView, StepView

KIND = "more-info"
ACTION = "more-info"


def build(
    view: RequestView, step: StepView, parties: Parties, attachments: Sequence[Attachment]
) -> Document:
    ours = our_incoming(view.number, view.received_on)
    body = [
        Text(
            f"Для надлежащего исполнения Вашего запроса ({ours}) просим представить "
            "дополнительные сведения "
            "(абзац второй пункта 1 статьи 10 Соглашения)."
        ),
        Text(step.text or "", label="Необходимые сведения"),
        # Nothing about the 30 days (Art. 10.3): whether asking for more stops them is not
        # decided, so the letter asserts neither reading.
    ]
    return request_reply(
        KIND,
        view,
        step,
        parties,
        heading="О представлении дополнительных сведений",
        body=body,
        attachments=attachments,
    )
