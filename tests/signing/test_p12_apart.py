"""A PKCS#12 file opened in a child process (the GUI's signing path) gives what opening it
in the process gives, and refuses what it refuses, in the interface's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from migdesk import messages
from migdesk.pki import create_authority
from migdesk.pki.errors import PkiError
from migdesk.pki.files import load_pkcs12, save_pkcs12
from migdesk.pki.p12_apart import load_pkcs12_apart
from migdesk.signing.credentials import load_p12_apart

PASSWORD = b"p12 password (test)"


def _key(pair: object) -> bytes:
    return pair.private_key.private_bytes(  # type: ignore[attr-defined, no-any-return]
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


@pytest.fixture(scope="module")
def p12(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("p12") / "signer.p12"
    save_pkcs12(path, create_authority("KZ-MVD").signing, PASSWORD, "signer")
    return path


def test_the_same_key_certificate_and_chain(p12: Path) -> None:
    here, apart = load_pkcs12(p12, PASSWORD), load_pkcs12_apart(p12, PASSWORD)
    assert apart.certificate == here.certificate
    assert apart.chain == here.chain and len(apart.chain) >= 2
    assert _key(apart) == _key(here)
    with load_p12_apart(p12, PASSWORD) as credentials:  # what the signing worker gets
        assert credentials is not None


def test_wrong_password_refused_as_in_the_process(p12: Path) -> None:
    with pytest.raises(PkiError) as here:
        load_pkcs12(p12, b"wrong")
    with pytest.raises(PkiError) as apart:
        load_pkcs12_apart(p12, b"wrong")
    assert str(apart.value) == str(here.value)
    assert "неверный пароль" in str(apart.value)


def test_refusal_in_the_interface_language(p12: Path) -> None:
    messages.set_language("en")
    with pytest.raises(PkiError, match="wrong password"):
        load_pkcs12_apart(p12, b"wrong")


def test_not_a_file_refused(tmp_path: Path) -> None:
    with pytest.raises(PkiError) as here:
        load_pkcs12(tmp_path / "missing.p12", PASSWORD)
    with pytest.raises(PkiError) as apart:
        load_pkcs12_apart(tmp_path / "missing.p12", PASSWORD)
    assert str(apart.value) == str(here.value)
