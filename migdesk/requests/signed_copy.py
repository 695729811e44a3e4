"""An outgoing message is signed by one act (issue 13, item 4): the signatory's digital
signature on the rendered message. The signing service (``migdesk.signing``) makes the
signed PDF and records the ``sign`` step with it; here are the rules the request service and
the exchange check: no ``sign`` step without a signed PDF, nothing sent or exported without
one kept with the message. A message is signed once: a second signature of a message whose
signed PDF is kept is refused (``AlreadySigned``), so no second "original" joins it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput
from migdesk.messages import N_, _
from migdesk.models import Request, RequestAttachment, Signatory
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


class AlreadySigned(InvalidInput):
    """A registered letter is signed once: this one already has its signed PDF kept with
    the message (an ``InvalidInput``, exit 1 in the CLI, as other refusals)."""


def _short_name(full_name: str) -> str:
    """«Руководителев Борис Олегович» → «Б.О. Руководителев», as the letters sign."""
    surname, *rest = full_name.split() or [full_name]
    initials = "".join(f"{part[0]}." for part in rest if part)
    return f"{initials} {surname}" if initials else surname


def already_signed(session: Session, request: Request) -> AlreadySigned | None:
    """The refusal of a second signature of ``request``'s letter, naming when and by whom it
    was signed and where its signed copy is kept; ``None`` while no signed PDF is kept (a
    draft, or a message signed before signing meant the digital signature)."""
    kept = signed_pdf_of(request)
    if kept is None:
        return None
    step = next(s for s in request.steps if s.id == kept.step_id)
    signatory = session.get(Signatory, request.signatory_id) if request.signatory_id else None
    return AlreadySigned(
        _(
            "Письмо № {number} уже подписано {date} ({signer}). Подписанная копия хранится "
            "во вложениях запроса: migdesk-cli request attachment {request} {attachment} "
            "--out ФАЙЛ или «Сохранить копию…» в окне запроса."
        ).format(
            number=request.number,
            date=(request.signed_on or step.on_date).strftime("%d.%m.%Y"),
            signer=_short_name(signatory.full_name) if signatory else step.user,
            request=request.id,
            attachment=kept.id,
        ),
        "signature",
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
