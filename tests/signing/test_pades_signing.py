"""PAdES signatures: pdfsig (poppler, NSS) accepts them, a changed byte breaks them, an
unauthorised signer is refused, verification names the signer and the authorisation."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from migdesk.errors import MigDeskError
from migdesk.models import AuditEntry, Signatory
from migdesk.pki import create_authority
from migdesk.pki.files import save_pkcs12
from migdesk.reports.documents.consent_letter import ConsentTerms
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.sources import SignerChoice
from migdesk.reports.gost_layout import render
from migdesk.requests.signatories import SignatoryService
from migdesk.signing.credentials import Credentials, load_p12
from migdesk.signing.service import SigningService
from migdesk.signing.stamp import StampText, stamp_pdf
from migdesk.signing.verify import BROKEN, UNTRUSTED, VALID
from tests.reports.doc_world import (
    P12_PASSWORD,
    World,
    fonts_embedded,
    fresh_letters,
    pdf_text,
)
from tests.signing.pdfsig import nss_db, pdfsig

needs_certutil = pytest.mark.skipif(shutil.which("certutil") is None, reason="libnss3-tools")


def _signed(world: World, kind: str = "answer", record: str | None = None) -> tuple[bytes, str]:
    """``kind`` of ``record`` signed; by default the answer of a request of its own (a step's
    letter is signed once: the world's shared answer could not be signed by every test)."""
    credentials = load_p12(world.p12, P12_PASSWORD)
    service = DocumentService(world.vault)
    document = service.build(
        kind,
        record or fresh_letters(world)[0],
        BuildOptions(signer=SignerChoice(certificate=credentials.certificate)),
    )
    rendered = render(document, stamp=True)
    assert rendered.stamp_box is not None
    return SigningService(world.vault).sign(
        document, rendered, credentials
    ), rendered.content_sha256


@needs_certutil
def test_pdfsig_accepts_the_signature_and_detects_one_changed_byte(
    world: World, tmp_path: Path
) -> None:
    signed, _ = _signed(world)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    nss = nss_db(tmp_path, world.ca_pem)
    report = pdfsig(nss, path)
    assert "Signature is Valid" in report, report
    assert "Certificate is Trusted" in report, report
    assert "Total document signed" in report, report
    # One byte inside the signed range (the document's own text stream, before /Contents).
    tampered = bytearray(signed)
    at = signed.index(b"/Title")  # the Info dictionary: in the first signed range
    tampered[at + 8] ^= 0x01
    bad = tmp_path / "tampered.pdf"
    bad.write_bytes(bytes(tampered))
    report = pdfsig(nss, bad)
    assert "Signature is Valid" not in report, report
    assert "Invalid" in report or "Digest Mismatch" in report, report


def test_signed_pdf_keeps_text_and_embedded_fonts(world: World, tmp_path: Path) -> None:
    signed, _ = _signed(world)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    assert "О результатах исполнения запроса" in pdf_text(path)
    assert all(emb == "yes" for _, emb in fonts_embedded(path))


def test_stamp_has_normal_letter_spacing(tmp_path: Path) -> None:
    """pyHanko's own text stamps spread DejaVu letters apart; ours must read as words."""
    keys = create_authority("KZ-MVD")
    cert = keys.signing.certificate
    text = StampText(
        "Подписантов Тест Тестович",
        "0A1B",
        cert.not_valid_before_utc,
        cert.not_valid_after_utc,
        cert.not_valid_before_utc,
    )
    path = tmp_path / "stamp.pdf"
    path.write_bytes(stamp_pdf(text, 180, 76))
    words = pdf_text(path, mode="-layout")
    assert "ДОКУМЕНТ ПОДПИСАН" in words and "Подписантов Тест Тестович" in words
    assert all(emb == "yes" for _, emb in fonts_embedded(path))


def test_verification_reports_signer_time_and_authorisation(world: World) -> None:
    signed, _ = _signed(world)
    results = SigningService(world.vault).verify(signed, [world.keys.ca.certificate])
    assert len(results) == 1
    check, who = results[0].check, results[0].authorised
    assert check.status == VALID and check.intact and check.trusted and check.whole_document
    assert check.signer is not None and "KZ-MVD" in check.signer
    assert check.signing_time is not None
    assert who.authorised and who.signatory_id == world.signatory
    # Against another CA the same file is intact but not trusted.
    other = create_authority("AM-POLICE").ca.certificate
    assert SigningService(world.vault).verify(signed, [other])[0].check.status == UNTRUSTED


def test_tampered_pdf_is_broken_for_our_verifier(world: World) -> None:
    signed, _ = _signed(world)
    tampered = bytearray(signed)
    at = signed.index(b"/Title")
    tampered[at + 8] ^= 0x01
    results = SigningService(world.vault).verify(bytes(tampered), [world.keys.ca.certificate])
    assert [r.check.status for r in results] == [BROKEN]


def test_unregistered_certificate_is_refused(world: World, tmp_path: Path) -> None:
    stranger = create_authority("KZ-MVD").signing
    p12 = tmp_path / "stranger.p12"
    save_pkcs12(p12, stranger, b"pw", "stranger")
    credentials = load_p12(p12, b"pw")
    service = DocumentService(world.officer)  # officer1 signs as nobody on the list
    document = service.build(
        "refusal",
        world.refused,
        BuildOptions(signer=SignerChoice(certificate=credentials.certificate)),
    )
    with pytest.raises(MigDeskError, match="перечня уполномоченных"):
        SigningService(world.officer).sign(document, render(document, stamp=True), credentials)


def test_signatory_no_longer_authorised_on_the_date_is_refused(world: World) -> None:
    credentials: Credentials = load_p12(world.p12, P12_PASSWORD)
    # The certificate's holder was authorised from 2024; end it before the letter's date.
    SignatoryService(world.vault).end(world.signatory, date(2025, 3, 1))
    try:
        service = DocumentService(world.officer)
        document = service.build(
            "consent",
            world.consent,
            BuildOptions(
                signer=SignerChoice(certificate=credentials.certificate),
                consent=ConsentTerms("сведения", None, "иная цель"),
            ),
        )
        with pytest.raises(MigDeskError):
            SigningService(world.officer).sign(document, render(document, stamp=True), credentials)
        # An explicitly named signatory whose authority has ended is refused at once.
        with pytest.raises(MigDeskError, match="не действуют"):
            service.build(
                "refusal",
                world.refused,
                BuildOptions(signer=SignerChoice(signatory=world.signatory)),
            )
    finally:
        with world.vault.session() as session:  # restore for the other tests of the module
            row = session.get(Signatory, world.signatory)
            assert row is not None
            row.valid_until = None


def test_signing_is_audited(world: World) -> None:
    _, content = _signed(world, "refusal", world.refused)
    with world.vault.read_session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "document.sign")
        ).all()
    details = [json.loads(e.details) for e in entries]
    assert any(d["sha256"] == content and d["signatory"] == world.signatory for d in details)
