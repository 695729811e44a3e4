"""Verification against the certificates trusted in the vault (partner CAs confirmed by an
administrator, our own CA), and the stored results: per file, per request attachment, seen
only by those who may see the request (Art. 11.1)."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import undefer

from migdesk.errors import NotFound
from migdesk.exchange.keys import create_own_keys
from migdesk.exchange.trust import trust_partner
from migdesk.models import AuditEntry, OwnKey, SignatureCheckRecord
from migdesk.pki import create_authority
from migdesk.pki.files import save_pkcs12
from migdesk.pki.fingerprints import fingerprint
from migdesk.pki.keys import KeyPair, as_private_key
from migdesk.requests.records import AttachmentInput
from migdesk.requests.service import RequestService
from migdesk.signing.checks import list_checks
from migdesk.signing.credentials import Credentials, load_p12
from migdesk.signing.pades import sign_pdf
from migdesk.signing.service import SigningService
from migdesk.signing.verify import UNSIGNED, UNTRUSTED, VALID
from migdesk.vault import Vault
from tests.reports.doc_world import P12_PASSWORD, World
from tests.requests.request_helpers import as_user, draft


def _plain_pdf(text: str = "Synthetic partner letter") -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _signed_with(credentials: Credentials) -> bytes:
    return sign_pdf(
        _plain_pdf(),
        credentials,
        signer_name="Тестов Т. Т.",
        signed_at=datetime.now().astimezone(),
        box=None,
        reason="проверка",
    )


def _credentials(pair: KeyPair, tmp: Path, name: str) -> Credentials:
    path = tmp / f"{name}.p12"
    save_pkcs12(path, pair, b"pw", name)
    return load_p12(path, b"pw")


def _own_signing_pair(vault: Vault) -> KeyPair:
    with vault.read_session() as session:
        row = session.scalar(
            select(OwnKey).where(OwnKey.role == "signing").options(undefer(OwnKey.private_key_der))
        )
        assert row is not None and row.private_key_der is not None
        cert = x509.load_der_x509_certificate(row.certificate_der)
        key = serialization.load_der_private_key(row.private_key_der, None)
    return KeyPair(cert, as_private_key(key))


def test_without_trusted_files_the_vault_trust_store_decides(vault: Vault, tmp_path: Path) -> None:
    service = SigningService(vault)
    # Our own CA (keys init): our own signed documents verify with nothing given.
    create_own_keys(vault)
    own = _signed_with(_credentials(_own_signing_pair(vault), tmp_path, "own"))
    assert [r.check.status for r in service.verify(own)] == [VALID]
    assert [r.check.status for r in service.verify(own, vault_trust=False)] == [UNTRUSTED]

    # A partner's document: untrusted until the administrator accepts the partner's CA.
    partner = create_authority("AM-POLICE")
    theirs = _signed_with(_credentials(partner.signing, tmp_path, "partner"))
    before = service.verify(theirs, name="Письмо Тестова.pdf")
    assert [r.check.status for r in before] == [UNTRUSTED]
    trust_partner(
        vault,
        "AM-POLICE",
        [partner.ca.certificate, partner.signing.certificate],
        fingerprint(partner.ca.certificate),
    )
    after = service.verify(theirs, name="Письмо Тестова.pdf")
    assert [r.check.status for r in after] == [VALID]
    assert after[0].authorised.authorised is False  # not on any signatory list here
    # --trusted-style additions still work alongside the store.
    extra = create_authority("AM-MIGRATION")
    other = _signed_with(_credentials(extra.signing, tmp_path, "other"))
    assert [r.check.status for r in service.verify(other, [extra.ca.certificate])] == [VALID]

    # Both checks of the partner's file are stored, oldest first, under its hash.
    digest = hashlib.sha256(theirs).hexdigest()
    stored = list_checks(vault, file_sha256=digest)
    assert [c.status for c in stored] == [UNTRUSTED, VALID]
    assert [c.id for c in stored] == [before[0].check_id, after[0].check_id]
    first = stored[0]
    assert first.file_name == "Письмо Тестова.pdf" and first.request_id is None
    assert first.signer is not None and "AM-POLICE" in first.signer
    assert first.serial == format(partner.signing.certificate.serial_number, "X")
    assert first.signing_time is not None and first.checked_by == vault.user

    # A file without signatures is stored as such.
    plain = _plain_pdf()
    assert service.verify(plain, name="без подписи.pdf") == []
    unsigned = list_checks(vault, file_sha256=hashlib.sha256(plain).hexdigest())
    assert [(c.status, c.field) for c in unsigned] == [(UNSIGNED, None)]

    # The trail keeps hashes, never the file name (it may name a person).
    with vault.read_session() as session:
        details = [
            json.loads(e.details)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action == "document.verify")
            )
        ]
    assert details and all("Тестова" not in json.dumps(d, ensure_ascii=False) for d in details)
    assert any(d.get("sha256") == digest and d["statuses"] == [VALID] for d in details)


def test_attachment_checks_follow_request_visibility(world: World, tmp_path: Path) -> None:
    signed = _signed_with(load_p12(world.p12, P12_PASSWORD))
    officer = as_user(world.vault, "officer1")
    created = RequestService(officer).create_draft(
        draft(attachments=[AttachmentInput("письмо партнёра.pdf", "application/pdf", signed)])
    )
    view = RequestService(officer).get(created.id)
    attachment = view.attachments[0].id

    results = SigningService(officer).verify_attachment(
        created.id, attachment, [world.keys.ca.certificate]
    )
    assert [r.check.status for r in results] == [VALID]
    assert (
        results[0].authorised.authorised and results[0].authorised.signatory_id == world.signatory
    )

    mine = list_checks(officer, request_id=created.id)
    assert [(c.request_id, c.attachment_id, c.status) for c in mine] == [
        (created.id, attachment, VALID)
    ]
    assert mine[0].file_name == "письмо партнёра.pdf" and mine[0].authorised
    assert list_checks(world.vault, request_id=created.id) == mine  # the supervisor sees it

    # Another officer does not learn that the request exists (Art. 11.1).
    stranger = as_user(world.vault, "officer2")
    with pytest.raises(NotFound):
        SigningService(stranger).verify_attachment(created.id, attachment)
    with pytest.raises(NotFound):
        list_checks(stranger, request_id=created.id)
    assert all(c.request_id != created.id for c in list_checks(stranger))
    # Nor does an administrator without an office role, even for the file itself.
    root = as_user(world.vault, "root")
    assert list_checks(root, file_sha256=hashlib.sha256(signed).hexdigest()) == []

    with world.vault.read_session() as session:
        row = session.get(SignatureCheckRecord, mine[0].id)
        assert row is not None and row.request_pk is not None and row.checked_by == "officer1"
