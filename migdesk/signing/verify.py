"""Verification of signed PDFs against a list of trusted CA certificates (the partner's),
without fetching anything: integrity, chain of trust, revocation by the CRLs given (those
stored in the vault), coverage, signer and signing time."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESIndeterminate
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)

from migdesk.errors import InvalidInput
from migdesk.messages import N_, _, lazy_table
from migdesk.signing.credentials import asn1_certificate

VALID, BROKEN, UNTRUSTED, MODIFIED, UNSIGNED = (
    "valid",
    "broken",
    "untrusted",
    "modified",
    "unsigned",
)


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    status: str  # valid | broken | untrusted | modified
    intact: bool
    trusted: bool
    whole_document: bool  # the signature covers the file as it is (nothing added after)
    signer: str | None  # subject of the signing certificate
    serial: str | None
    certificate: x509.Certificate | None
    signing_time: datetime | None
    problem: str | None = None
    # Listed in a stored CRL (the signer's or a CA's above it); status is then "untrusted"
    # with the reason in ``problem``: the status values are a CLI contract.
    revoked: bool = False
    revocation_date: datetime | None = None


def _status(intact: bool, valid: bool, trusted: bool, whole: bool) -> str:
    if not (intact and valid):
        return BROKEN
    if not trusted:
        return UNTRUSTED
    return VALID if whole else MODIFIED


# RFC 5280 CRLReason, as asn1crypto names it.
REVOCATION_REASONS = lazy_table(
    {
        "unspecified": N_("не указана"),
        "key_compromise": N_("компрометация ключа"),
        "ca_compromise": N_("компрометация УЦ"),
        "affiliation_changed": N_("изменение сведений о владельце"),
        "superseded": N_("сертификат заменён"),
        "cessation_of_operation": N_("прекращение деятельности"),
        "certificate_hold": N_("действие приостановлено"),
        "remove_from_crl": N_("исключение из списка отзыва"),
        "privilege_withdrawn": N_("отзыв полномочий"),
        "aa_compromise": N_("компрометация центра атрибутов"),
    }
)


def _revocation(status: PdfSignatureStatus) -> tuple[bool, datetime | None, str | None]:
    details = status.revocation_details
    if details is None:
        return False, None, None
    whose = _("сертификат УЦ в цепочке подписи") if details.ca_revoked else _("сертификат подписи")
    when = details.revocation_date.astimezone().strftime("%d.%m.%Y %H:%M")
    reason = REVOCATION_REASONS.get(str(details.revocation_reason.native), _("не указана"))
    return (
        True,
        details.revocation_date,
        _(
            "Отозван {whose}: {when} по списку отзыва (CRL), принятому в "
            "хранилище (причина: {reason})."
        ).format(whose=whose, when=when, reason=reason),
    )


# Certificates of our CAs and the partners' carry no CRL distribution point, so pyHanko's
# "soft-fail" would never look at a stored CRL. A CRL is therefore required for exactly the
# certificates whose issuer has one stored (a listed certificate is then revoked), and
# checked only if declared, never failing, for the rest: offline, a CA without a stored CRL
# must not make every signature of it untrusted.
_REQUIRED = RevocationCheckingRule.CRL_REQUIRED
_SOFT = RevocationCheckingRule.CHECK_IF_DECLARED_SOFT
_STALE = {
    AdESIndeterminate.TRY_LATER,
    AdESIndeterminate.REVOCATION_OUT_OF_BOUNDS_NO_POE,
    AdESIndeterminate.NO_POE,
}


def _policy(
    sig: EmbeddedPdfSignature, crls: Sequence[x509.CertificateRevocationList]
) -> RevocationCheckingPolicy:
    issuers = [c.issuer for c in crls]

    def covered(cert_der: bytes) -> bool:
        return x509.load_der_x509_certificate(cert_der).issuer in issuers

    signer = sig.signer_cert
    cas = [c for c in sig.other_embedded_certs if c.ca and not c.self_issued]
    # Intermediate CAs are held to a CRL only when every one of them has its issuer's CRL:
    # one rule covers them all in pyHanko.
    return RevocationCheckingPolicy(
        ee_certificate_rule=_REQUIRED if covered(signer.dump()) else _SOFT,
        intermediate_ca_cert_rule=_REQUIRED
        if cas and all(covered(c.dump()) for c in cas)
        else _SOFT,
    )


def _context(
    sig: EmbeddedPdfSignature,
    roots: list[x509.Certificate],
    crls: Sequence[x509.CertificateRevocationList],
) -> tuple[ValidationContext, bool]:
    policy = _policy(sig, crls)
    context = ValidationContext(
        trust_roots=[asn1_certificate(c) for c in roots],
        crls=[c.public_bytes(serialization.Encoding.DER) for c in crls],
        allow_fetching=False,
        revinfo_policy=CertRevTrustPolicy(policy),
    )
    return context, _REQUIRED in (policy.ee_certificate_rule, policy.intermediate_ca_cert_rule)


def verify_pdf(
    pdf: bytes | BinaryIO,
    trusted: list[x509.Certificate],
    crls: Sequence[x509.CertificateRevocationList] = (),
) -> list[SignatureCheck]:
    """One check per embedded signature; a file that cannot be read as PDF is refused.

    A certificate listed in one of ``crls`` is revoked; a certificate whose CA has no CRL
    here still verifies (nothing is fetched: offline soft-fail). ``pdf``: the bytes, or a
    seekable file (a received attachment read from the vault piece by piece)."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf, strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception as exc:  # any parse failure means "not a readable PDF"
        raise InvalidInput(_("Файл не читается как PDF; проверить подпись невозможно.")) from exc
    checks = []
    for sig in embedded:
        try:
            context, crl_checked = _context(sig, trusted, crls)
            status = validate_pdf_signature(sig, context)
        except Exception as exc:  # noqa: BLE001 — a mangled signature is a broken one
            checks.append(
                SignatureCheck(
                    sig.field_name, BROKEN, False, False, False, None, None, None, None, str(exc)
                )
            )
            continue
        cert = x509.load_der_x509_certificate(status.signing_cert.dump())
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        revoked, revoked_on, problem = _revocation(status)
        if crl_checked and problem is None and status.trust_problem_indic in _STALE:
            problem = _(
                "Отзыв сертификата не проверен: список отзыва (CRL) его УЦ в "
                "хранилище устарел или не действует на момент проверки; нужен "
                "новый список отзыва."
            )
        checks.append(
            SignatureCheck(
                field=sig.field_name,
                status=_status(status.intact, status.valid, status.trusted, whole),
                intact=status.intact,
                trusted=status.trusted,
                whole_document=whole,
                signer=cert.subject.rfc4514_string(),
                serial=format(cert.serial_number, "X"),
                certificate=cert,
                signing_time=status.signer_reported_dt,
                problem=problem,
                revoked=revoked,
                revocation_date=revoked_on,
            )
        )
    return checks
