"""A certificate out of its validity period never signs (a PKCS#12 key and a SoftHSM2 token):
before, MigDesk signed with it and the addressee's pdfsig reported the certificate expired."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import func, select

from migdesk.errors import PermissionDenied
from migdesk.models import AuditEntry
from migdesk.pki.authority import issue_signing_certificate
from migdesk.pki.keys import KeyPair
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.sources import SignerChoice
from migdesk.reports.gost_layout import render
from migdesk.requests.signatories import SignatoryInput, SignatoryService
from migdesk.signing.credentials import Credentials, credentials_of
from migdesk.signing.service import SigningService
from migdesk.signing.token import load_pkcs11
from tests.reports.doc_world import World
from tests.requests.request_helpers import as_user
from tests.signing.softhsm import make_token, module_path, put_key

PIN = "2468"


def registered(world: World, pair: KeyPair, surname: str) -> KeyPair:
    """``pair``'s certificate on the signatory list, valid since 2024 (Art. 9.3 allows it)."""
    pem = pair.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    SignatoryService(as_user(world.vault, "boss")).add(
        SignatoryInput(
            authority="KZ-MVD",
            position="Заместитель министра",
            full_name=f"{surname} Тест Тестович",
            valid_from=date(2024, 1, 1),
            certificate_pem=pem,
            user="boss",  # the supervisor who signs (four eyes: not the letter's author)
        )
    )
    return pair


def sign(world: World, credentials: Credentials) -> bytes:
    choice = SignerChoice(certificate=credentials.certificate)
    service = DocumentService(world.vault)
    document = service.build("answer", world.incoming, BuildOptions(signer=choice))
    return SigningService(world.vault).sign(document, render(document, stamp=True), credentials)


def audited_signatures(world: World) -> int:
    with world.vault.read_session() as session:
        query = select(func.count()).where(AuditEntry.action == "document.sign")
        return int(session.scalar(query) or 0)


def test_an_expired_certificate_is_refused_and_nothing_is_signed(world: World) -> None:
    issued = datetime.now(UTC) - timedelta(days=400)
    expired = issue_signing_certificate(world.keys.ca, now=issued, validity=timedelta(days=365))
    registered(world, expired, "Просроченов")
    before = audited_signatures(world)
    with pytest.raises(PermissionDenied, match=r"Срок действия сертификата .* истёк") as caught:
        sign(world, credentials_of(expired))
    day = expired.certificate.not_valid_after_utc.astimezone()
    assert f"{day:%d.%m.%Y}" in str(caught.value)
    assert audited_signatures(world) == before


def test_a_certificate_not_yet_valid_is_refused(world: World) -> None:
    future = datetime.now(UTC) + timedelta(days=30)
    early = issue_signing_certificate(world.keys.ca, now=future)
    registered(world, early, "Ранний")
    with pytest.raises(PermissionDenied, match="действует только с"):
        sign(world, credentials_of(early))


def test_an_expired_certificate_on_a_token_is_refused(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = make_token(tmp_path, "Токен с истёкшим", PIN, monkeypatch)
    issued = datetime.now(UTC) - timedelta(days=800)
    expired = issue_signing_certificate(world.keys.ca, now=issued, validity=timedelta(days=700))
    registered(world, expired, "Токенов")
    put_key(token, expired, "old", b"\x11")
    credentials = load_pkcs11(module_path(), token.label, PIN.encode())
    with credentials, pytest.raises(PermissionDenied, match="истёк"):
        sign(world, credentials)
