"""The partner's signed step letters, checked as they arrive (Art. 9.5, 10): a letter marked
``signed_letter`` must carry a signature that covers it as it is; one altered after signing
or carrying no signature refuses the bundle, naming the letter and why. A signature we cannot
trace to a CA accepted in the vault is kept with a warning (the officer may accept the
partner's CA later and check again). Each check is stored against the kept file, as
``doc verify --request --attachment`` stores its own."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from migdesk.exchange.items import ImportScope, invalid
from migdesk.messages import _
from migdesk.models import Request, RequestAttachment
from migdesk.requests.records import AttachmentInput
from migdesk.signing.authorisation import Authorised, authorised_on
from migdesk.signing.checks import store_checks
from migdesk.vault.blob_reading import BlobFile

if TYPE_CHECKING:  # pyHanko loads when a signed letter arrives, not with every import
    from migdesk.signing.verify import SignatureCheck

PDF = "application/pdf"


@dataclass(frozen=True)
class CheckedLetter:
    sha256: str
    name: str
    checks: list[tuple[SignatureCheck, Authorised]]


def check_letters(
    scope: ImportScope, number: int, what: str, items: list[AttachmentInput]
) -> list[CheckedLetter]:
    """Verifies each ``signed_letter`` among ``items`` (staged in the vault); raises the
    bundle's refusal for a letter whose signature does not cover it as received."""
    from migdesk.signing.trust_roots import vault_crls, vault_trust_roots
    from migdesk.signing.verify import BROKEN, MODIFIED, UNTRUSTED, verify_pdf

    found = []
    session = scope.session
    for item in items:
        if not item.signed_letter:
            continue
        name = item.name[:80]
        if item.mime != PDF or item.received is None:
            raise invalid(number, what, _("подписанное письмо «{name}» не PDF").format(name=name))
        with io.BufferedReader(BlobFile(session, item.received.id)) as pdf:
            try:
                checks = verify_pdf(pdf, vault_trust_roots(session), vault_crls(session))
            except Exception:  # noqa: BLE001 — unreadable as PDF: refused like a broken one
                checks = []
        if not checks:
            raise invalid(
                number,
                what,
                _("в подписанном письме «{name}» нет электронной подписи").format(name=name),
            )
        broken = next((c for c in checks if c.status in (BROKEN, MODIFIED)), None)
        if broken is not None:
            raise invalid(
                number,
                what,
                _(
                    "подпись письма «{name}» не сходится с его содержимым: файл изменён "
                    "после подписания"
                ).format(name=name),
            )
        if any(c.status == UNTRUSTED for c in checks):
            scope.preview.warnings.append(
                _(
                    "Подпись письма «{name}» цела, но сертификат подписанта не удалось "
                    "проверить по сертификатам УЦ, принятым в хранилище; письмо сохранено, "
                    "проверьте его после принятия сертификата УЦ партнёра."
                ).format(name=name)
            )
        found.append(
            CheckedLetter(
                item.received.sha256,
                item.name,
                [
                    (
                        c,
                        authorised_on(
                            session,
                            c.certificate,
                            c.signing_time.date() if c.signing_time else date.today(),
                        )
                        if c.certificate is not None
                        else Authorised(False, None, None, None),
                    )
                    for c in checks
                ],
            )
        )
    return found


def store_letter_checks(scope: ImportScope, request_id: str, letters: list[CheckedLetter]) -> None:
    """Stores each check against the attachment the import just kept (``apply``)."""
    session = scope.session
    for letter in letters:
        row = session.scalar(
            select(RequestAttachment)
            .join(Request, Request.pk == RequestAttachment.request_pk)
            .where(
                Request.id == request_id,
                RequestAttachment.sha256 == letter.sha256,
                RequestAttachment.signed_letter.is_(True),
            )
            .order_by(RequestAttachment.id.desc())
        )
        if row is None:  # not kept (nothing to tie the check to)
            continue
        store_checks(
            session,
            scope.user,
            letter.sha256,
            letter.name,
            letter.checks,
            request_pk=row.request_pk,
            attachment_id=row.id,
        )
