"""Verification of signed PDFs against a list of trusted CA certificates (the partner's),
without fetching anything: integrity, chain of trust, coverage, signer and signing time."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from migdesk.errors import InvalidInput
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


def _status(intact: bool, valid: bool, trusted: bool, whole: bool) -> str:
    if not (intact and valid):
        return BROKEN
    if not trusted:
        return UNTRUSTED
    return VALID if whole else MODIFIED


def verify_pdf(pdf: bytes, trusted: list[x509.Certificate]) -> list[SignatureCheck]:
    """One check per embedded signature; a file that cannot be read as PDF is refused."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception as exc:  # any parse failure means "not a readable PDF"
        raise InvalidInput("Файл не читается как PDF; проверить подпись невозможно.") from exc
    context = ValidationContext(
        trust_roots=[asn1_certificate(c) for c in trusted],
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    checks = []
    for sig in embedded:
        try:
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
            )
        )
    return checks
