"""Signing with a key on a PKCS#11 token (a real SoftHSM2 token per test): pdfsig accepts the
signature, Art. 9.3 still decides who may sign, and every mistake a user can make with a
token is a Russian refusal rather than a PKCS#11 exception."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pkcs11
import pytest

from migdesk.errors import InvalidInput, PermissionDenied
from migdesk.pki import create_authority
from migdesk.pki.keys import KeyAlgorithm
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.sources import SignerChoice
from migdesk.reports.gost_layout import render
from migdesk.signing.credentials import Credentials
from migdesk.signing.pades import sign_pdf
from migdesk.signing.service import SigningService
from migdesk.signing.token import list_pkcs11_tokens, load_pkcs11
from migdesk.signing.verify import VALID
from tests.reports.doc_world import World
from tests.signing.pdfsig import nss_db, pdfsig
from tests.signing.softhsm import SoftToken, make_token, module_path, put_key

PIN = "4711-тест"  # non-ASCII on purpose: the PIN travels as UTF-8 bytes


@pytest.fixture
def token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SoftToken:
    return make_token(tmp_path, "Токен подписанта", PIN, monkeypatch)


def _sign(world: World, credentials: Credentials, vault_of: str = "boss") -> bytes:
    vault = world.vault if vault_of == "boss" else world.officer
    service = DocumentService(vault)
    document = service.build(
        "answer",
        world.incoming,
        BuildOptions(signer=SignerChoice(certificate=credentials.certificate)),
    )
    return SigningService(vault).sign(document, render(document, stamp=True), credentials)


def test_token_signature_is_valid_for_pdfsig_and_authorised(
    world: World, token: SoftToken, tmp_path: Path
) -> None:
    put_key(token, world.keys.signing, "signer", b"\x01", chain=(world.keys.ca.certificate,))
    assert list_pkcs11_tokens(module_path()) == [token.label]  # not SoftHSM's empty slot
    with load_pkcs11(module_path(), token.label, PIN.encode("utf-8")) as credentials:
        assert credentials.certificate == world.keys.signing.certificate
        signed = _sign(world, credentials)
        session = credentials.signer.pkcs11_session
    # Closed once signing is over: the token refuses the old session.
    with pytest.raises(pkcs11.PKCS11Error):
        session.generate_random(64)
    credentials.close()  # a second close is harmless

    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    report = pdfsig(nss_db(tmp_path, world.ca_pem), path)
    assert "Signature is Valid" in report, report
    assert "Certificate is Trusted" in report, report
    assert "Total document signed" in report, report

    results = SigningService(world.vault).verify(signed, [world.keys.ca.certificate])
    assert [r.check.status for r in results] == [VALID]
    assert results[0].authorised.signatory_id == world.signatory


def test_rsa_key_on_the_token_signs_too(world: World, token: SoftToken) -> None:
    """The token may hold RSA (hash-and-sign mechanism) rather than EC (raw ECDSA)."""
    keys = create_authority("KZ-MVD", signing_algorithm=KeyAlgorithm.RSA_3072)
    put_key(token, keys.signing, "rsa", b"\x02")
    document = DocumentService(world.vault).build(
        "answer", world.incoming, BuildOptions(signer=SignerChoice(signatory=world.signatory))
    )
    with load_pkcs11(module_path(), token.label, PIN.encode(), "rsa") as credentials:
        signed = sign_pdf(
            render(document).pdf,
            credentials,
            signer_name="Подписантов Тест",
            signed_at=datetime.now().astimezone(),
            box=None,
            reason="проверка RSA",
        )
    results = SigningService(world.vault).verify(signed, [keys.ca.certificate])
    assert [r.check.status for r in results] == [VALID]
    assert results[0].check.certificate == keys.signing.certificate


def test_certificate_of_no_authorised_signatory_is_refused(world: World, token: SoftToken) -> None:
    stranger = create_authority("KZ-MVD")
    put_key(token, stranger.signing, "stranger", b"\x07")
    credentials = load_pkcs11(module_path(), token.label, PIN.encode())
    with credentials, pytest.raises(PermissionDenied, match="перечня уполномоченных"):
        _sign(world, credentials, "officer")


def test_token_mistakes_are_russian_refusals(
    world: World, token: SoftToken, tmp_path: Path
) -> None:
    library = module_path()

    def refused(match: str, *args: object) -> InvalidInput:
        with pytest.raises(InvalidInput, match=match) as caught:
            load_pkcs11(*args)  # type: ignore[arg-type]
        return caught.value

    refused("не найдена", tmp_path / "нет.so", token.label, PIN.encode())
    not_a_module = tmp_path / "fake.so"
    not_a_module.write_bytes(b"\x7fELF not really")
    refused("Не удалось загрузить библиотеку PKCS#11", not_a_module, token.label, b"1")
    with pytest.raises(InvalidInput, match="Не удалось загрузить"):
        list_pkcs11_tokens(not_a_module)
    refused("Токен «Чужой» не найден", library, "Чужой", PIN.encode())
    wrong = refused("Неверный ПИН-код токена «Токен подписанта»", library, token.label, b"0000")
    assert "0000" not in str(wrong)
    refused("нет ключа подписи\\.", library, token.label, PIN.encode())  # empty token

    put_key(token, world.keys.signing, "signer", b"\x01")
    refused("нет ключа подписи с меткой «другой»", library, token.label, PIN.encode(), "другой")
    put_key(token, create_authority("KZ-MVD").signing, "orphan", b"\x09", with_certificate=False)
    refused("несколько ключей подписи", library, token.label, PIN.encode())
    refused("не найден сертификат ключа «orphan»", library, token.label, PIN.encode(), "orphan")
    # The labelled key is found among several.
    with load_pkcs11(library, token.label, PIN.encode(), "signer") as credentials:
        assert credentials.certificate == world.keys.signing.certificate


def test_softhsm_tools_are_installed() -> None:
    """CI installs softhsm2: its absence must fail loudly, not skip the token tests."""
    assert shutil.which("softhsm2-util") is not None
    assert module_path().is_file()
