"""Signing and verifying through the vault: who may sign is checked against the signatory
list valid on the signing date (Art. 9.3); signing and verification go to the audit trail,
and every verification is stored (``signature_checks``) to be shown again later."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, MigDeskError
from migdesk.messages import _
from migdesk.models import Request, RequestAttachment
from migdesk.reports.doc_model import Document, Rendered
from migdesk.reports.documents.kinds import KEPT_STEP_KINDS, STEP_KINDS
from migdesk.requests.access import can_see_request
from migdesk.requests.records import AttachmentInput, StepResult
from migdesk.requests.service import RequestService
from migdesk.requests.signed_copy import AlreadySigned, already_signed
from migdesk.requests.workflow import StepInput
from migdesk.security import audit
from migdesk.signing.authorisation import (
    Authorised,
    authorised_on,
    check_certificate_current,
    check_may_sign,
)
from migdesk.signing.checks import store_checks
from migdesk.signing.credentials import Credentials
from migdesk.signing.pades import sign_pdf
from migdesk.signing.trust_roots import vault_crls, vault_trust_roots
from migdesk.signing.verify import SignatureCheck, verify_pdf
from migdesk.vault import Vault


@dataclass(frozen=True)
class VerifiedSignature:
    check: SignatureCheck
    authorised: Authorised  # on the signing date (or today when the PDF gives none)
    check_id: int | None = None  # the stored result (``signature_checks.id``)


# Outgoing messages whose signing is their workflow step, with the attachment's name.
KINDS_RU = {"request": "Запрос", "confirmation": "Запрос о подтверждении", "cover-letter": "Письмо"}


def _request_id(document: Document) -> tuple[str, int | None] | None:
    if document.kind not in KINDS_RU and document.kind not in STEP_KINDS.keys() | KEPT_STEP_KINDS:
        return None
    head, _, seq = document.record.partition("#")
    return head, int(seq.split(":")[0]) if seq else None


def _outgoing_message(session: Session, document: Document) -> Request | None:
    """The outgoing message ``document`` is the letter of, if it is one."""
    if document.kind not in KINDS_RU:
        return None
    return session.scalar(
        select(Request).where(Request.id == document.record, Request.direction == "outgoing")
    )


def _step_letter(document: Document) -> tuple[str, int] | None:
    """(request id, step seq) of a step letter whose signed PDF is kept with its step."""
    ref = _request_id(document) if document.kind in KEPT_STEP_KINDS else None
    return (ref[0], ref[1]) if ref is not None and ref[1] is not None else None


def _author(session: Session, document: Document) -> str | None:
    """Who wrote what is being signed: the message's creator, or the user who recorded the
    step a letter is made from; ``None`` for documents that are no one's request."""
    ref = _request_id(document)
    if ref is None:
        return None
    request = session.scalar(select(Request).where(Request.id == ref[0]))
    if request is None:
        return None
    if ref[1] is None:
        return request.created_by
    step = next((s for s in request.steps if s.seq == ref[1]), None)
    return step.user if step is not None else None


class SigningService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def sign(
        self,
        document: Document,
        rendered: Rendered,
        credentials: Credentials,
        *,
        now: datetime | None = None,
    ) -> bytes:
        """The signed PDF; refused unless the signer is authorised on the document's date."""
        return self.sign_recorded(document, rendered, credentials, now=now)[0]

    def sign_recorded(
        self,
        document: Document,
        rendered: Rendered,
        credentials: Credentials,
        *,
        now: datetime | None = None,
    ) -> tuple[bytes, StepResult | None]:
        """``sign``, with the ``sign`` step it recorded when the document is an outgoing
        message's draft (``None`` otherwise)."""
        signed_at = now or datetime.now().astimezone()
        signatory_id = document.signer.signatory_id if document.signer else None
        check_certificate_current(credentials.certificate, signed_at)
        with self.vault.read_session() as session:
            message = _outgoing_message(session, document)
            row = check_may_sign(
                session,
                signatory_id,
                document.requisites.code,
                document.day,
                credentials.certificate,
                self.vault.user,
                self.vault.user_role(self.vault.user),
                author=_author(session, document),
            )
            name, position = row.full_name, row.position
            # A registered letter is signed once: a second "original" would leave with it.
            # (Asked after who may sign: only a signer learns when and by whom it was.)
            if message is not None and (refusal := already_signed(session, message)):
                raise refusal
        step_letter = _step_letter(document)
        if step_letter is not None:  # signed once, as the request's letter (Art. 10)
            RequestService(self.vault).check_step_letter(*step_letter)
        pdf = sign_pdf(
            rendered.pdf,
            credentials,
            signer_name=name,
            signed_at=signed_at,
            box=rendered.stamp_box,
            reason=f"{position}: подписание документа № {document.number or '—'}",
        )
        with self.vault.session() as session:
            audit.append(
                session,
                self.vault.user,
                "document.sign",
                record_kind="person" if document.kind == "person-sheet" else document.kind,
                record_id=document.record,
                details={
                    "kind": document.kind,
                    "number": document.number,
                    "sha256": rendered.content_sha256,
                    "signatory": row.id,
                    "certificate_serial": format(credentials.certificate.serial_number, "X"),
                },
            )
        step = self._record_signed(message, document, row.id, pdf) if message else None
        if step_letter is not None:
            name = f"Письмо № {document.number or '—'}, подписано.pdf"
            RequestService(self.vault).add_step_letter(
                *step_letter, AttachmentInput(name, "application/pdf", pdf), row.id
            )
        return pdf, step

    def _record_signed(
        self, message: Request, document: Document, signatory: int, pdf: bytes
    ) -> StepResult | None:
        """Signing an outgoing message is its ``sign`` step (issue 13, item 4): the step is
        recorded with the signatory and the signed PDF is kept with the request. A message
        signed before signing meant the digital signature gets its PDF, no new step (one
        whose PDF is kept was refused above)."""
        name = f"{KINDS_RU.get(document.kind, 'Письмо')} № {document.number}, подписан.pdf"
        attachment = AttachmentInput(name, "application/pdf", pdf)
        requests = RequestService(self.vault)
        if message.state == "draft":
            return requests.step(
                message.id,
                StepInput("sign", on=document.day, signatory=signatory, signed_pdf=attachment),
            )
        requests.add_signed_copy(message.id, attachment)
        return None

    def signed_before(self, kind: str, record_id: str | None) -> AlreadySigned | None:
        """Why the letter ``kind`` of ``record_id`` is not signed again (its signed PDF is
        kept with the message), or ``None`` when it may be signed."""
        if kind in KEPT_STEP_KINDS and record_id is not None and "#" in record_id:
            head, _, seq = record_id.partition("#")
            try:
                RequestService(self.vault).check_step_letter(head, int(seq))
            except AlreadySigned as refusal:
                return refusal
            except (MigDeskError, ValueError):
                return None  # not a letter this user may sign: the build says why
            return None
        if kind not in KINDS_RU or record_id is None:
            return None  # only an outgoing message's letter is kept signed
        with self.vault.read_session() as session:
            message = session.scalar(
                select(Request).where(Request.id == record_id, Request.direction == "outgoing")
            )
            user = self.vault.user
            if message is None or not can_see_request(user, self.vault.user_role(user), message):
                return None  # Art. 11.1: nothing said of a request the user does not see
            return already_signed(session, message)

    def verify(
        self,
        pdf: bytes,
        trusted: Sequence[x509.Certificate] = (),
        *,
        name: str | None = None,
        vault_trust: bool = True,
    ) -> list[VerifiedSignature]:
        """Checks every signature against ``trusted`` plus (``vault_trust``) the partner CAs
        accepted in the vault and our own CA; the result is stored and audited."""
        return self._verify(pdf, trusted, name=name, vault_trust=vault_trust)

    def verify_attachment(
        self,
        request_id: str,
        attachment_id: int,
        trusted: Sequence[x509.Certificate] = (),
        *,
        vault_trust: bool = True,
    ) -> list[VerifiedSignature]:
        """A PDF attached to a request, read through the request service (Art. 11.1: only
        those who see the request); the result is stored against the attachment."""
        # Read from the vault piece by piece: a received attachment may be 1 GiB.
        with RequestService(self.vault).open_attachment(request_id, attachment_id) as pdf:
            with self.vault.read_session() as session:
                row = session.scalar(
                    select(RequestAttachment).where(RequestAttachment.id == attachment_id)
                )
                if row is None:  # removed between the two reads
                    raise InvalidInput(_("Вложение не найдено."), "attachments")
                name, request_pk = row.name, row.request_pk
            return self._verify(
                pdf,
                trusted,
                name=name,
                vault_trust=vault_trust,
                request=(request_id, request_pk, attachment_id),
            )

    def _verify(
        self,
        pdf: bytes | BinaryIO,
        trusted: Sequence[x509.Certificate],
        *,
        name: str | None,
        vault_trust: bool,
        request: tuple[str, int, int] | None = None,
    ) -> list[VerifiedSignature]:
        roots = list(trusted)
        with self.vault.read_session() as session:
            if vault_trust:
                roots += vault_trust_roots(session)
            # Revocations are facts, not trust: they apply to --trusted roots as well.
            crls = vault_crls(session)
        checks = verify_pdf(pdf, roots, crls)
        if isinstance(pdf, bytes):
            digest = hashlib.sha256(pdf).hexdigest()
        else:
            pdf.seek(0)
            hasher = hashlib.sha256()
            while piece := pdf.read(1024 * 1024):
                hasher.update(piece)
            digest = hasher.hexdigest()
        with self.vault.session() as session:
            found = []
            for check in checks:
                day = check.signing_time.date() if check.signing_time else date.today()
                who = (
                    authorised_on(session, check.certificate, day)
                    if check.certificate is not None
                    else Authorised(False, None, None, None)
                )
                found.append((check, who))
            ids = store_checks(
                session,
                self.vault.user,
                digest,
                name,
                found,
                request_pk=request[1] if request else None,
                attachment_id=request[2] if request else None,
            )
            # The file name may carry a person's name: the trail keeps only the hash.
            audit.append(
                session,
                self.vault.user,
                "document.verify",
                record_kind="request" if request else None,
                record_id=request[0] if request else None,
                details={
                    "sha256": digest,
                    "attachment": request[2] if request else None,
                    "signatures": len(checks),
                    "statuses": [c.status for c in checks],
                    "checks": ids,
                },
            )
        return [
            VerifiedSignature(check, who, check_id)
            for (check, who), check_id in zip(found, ids, strict=False)
        ]
