"""An outgoing message is signed by one act (issue 13, item 4): the signatory's digital
signature on the rendered message. The signing service (``migdesk.signing``) makes the
signed PDF and records the ``sign`` step with it; here are the rules the request service and
the exchange check: no ``sign`` step without a signed PDF, nothing sent or exported without
one kept with the message."""

from __future__ import annotations

from typing import Any

from migdesk.messages import N_
from migdesk.models import Request, RequestAttachment
from migdesk.requests.records import AttachmentInput

PDF = "application/pdf"

SIGNATURE_NEEDED = N_(
    "Подписание — это электронная подпись подписанта на документе "
    "(п.\u00a03 ст.\u00a09 Соглашения): подпишите его ключом подписанта (файл "
    "PKCS#12 или токен)."
)
UNSIGNED = N_(
    "Запрос № {number} не подписан электронной подписью: при нём нет "
    "подписанного PDF. Подпишите его ключом подписанта, затем "
    "направляйте."
)


def is_signed_pdf(item: Any) -> bool:
    """A PDF carrying a signature dictionary: what the signing service hands over. (Whether
    the signature is valid is the signing service's check, made when it signed.)"""
    return (
        isinstance(item, AttachmentInput)
        and item.mime == PDF
        and item.data.startswith(b"%PDF")
        and b"/ByteRange" in item.data
    )


def signed_pdf_of(request: Request) -> RequestAttachment | None:
    """The signed PDF kept with the message's ``sign`` step, newest first; ``None`` for a
    message signed before signing meant the digital signature (no file with the step)."""
    steps = {s.id for s in request.steps if s.action == "sign"}
    for attachment in reversed(request.attachments):
        if attachment.step_id in steps and attachment.mime == PDF:
            return attachment
    return None
