"""Signing and verifying through the vault: who may sign is checked against the signatory
list valid on the signing date (Art. 9.3); signing and verification go to the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from cryptography import x509

from migdesk.reports.doc_model import Document, Rendered
from migdesk.security import audit
from migdesk.signing.authorisation import Authorised, authorised_on, check_may_sign
from migdesk.signing.credentials import Credentials
from migdesk.signing.pades import sign_pdf
from migdesk.signing.verify import SignatureCheck, verify_pdf
from migdesk.vault import Vault


@dataclass(frozen=True)
class VerifiedSignature:
    check: SignatureCheck
    authorised: Authorised  # on the signing date (or today when the PDF gives none)


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
        signed_at = now or datetime.now().astimezone()
        signatory_id = document.signer.signatory_id if document.signer else None
        with self.vault.read_session() as session:
            row = check_may_sign(
                session,
                signatory_id,
                document.requisites.code,
                document.day,
                credentials.certificate,
                self.vault.user,
                self.vault.user_role(self.vault.user),
            )
            name, position = row.full_name, row.position
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
        return pdf

    def verify(
        self, pdf: bytes, trusted: list[x509.Certificate], *, name: str | None = None
    ) -> list[VerifiedSignature]:
        checks = verify_pdf(pdf, trusted)
        results = []
        with self.vault.session() as session:
            for check in checks:
                day = check.signing_time.date() if check.signing_time else date.today()
                who = (
                    authorised_on(session, check.certificate, day)
                    if check.certificate is not None
                    else Authorised(False, None, None, None)
                )
                results.append(VerifiedSignature(check, who))
            audit.append(
                session,
                self.vault.user,
                "document.verify",
                details={
                    "file": name,
                    "signatures": len(checks),
                    "statuses": [c.status for c in checks],
                },
            )
        return results
