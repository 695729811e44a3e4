"""The CMS verifier against signatures made by OpenSSL, and against broken structures."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from migdesk.bundles.cms import CmsInvalid, sign_detached, verify_detached
from migdesk.pki import AuthorityKeys, KeyPair


def _openssl_sign(tmp_path: Path, pair: KeyPair, content: bytes, *extra: str) -> bytes:
    (tmp_path / "content").write_bytes(content)
    (tmp_path / "cert.pem").write_bytes(pair.certificate.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(
        pair.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    subprocess.run(
        ["openssl", "cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256",
         "-in", "content", "-signer", "cert.pem", "-inkey", "key.pem", "-out", "sig.der", *extra],
        cwd=tmp_path, check=True, capture_output=True,
    )  # fmt: skip
    return (tmp_path / "sig.der").read_bytes()


@pytest.mark.parametrize("extra", [(), ("-keyopt", "rsa_padding_mode:pss")])
def test_verifies_openssl_rsa_signatures(
    tmp_path: Path, am: AuthorityKeys, extra: tuple[str, ...]
) -> None:
    signature = _openssl_sign(tmp_path, am.signing, b"label bytes", *extra)
    assert verify_detached(signature, b"label bytes").certificate == am.signing.certificate
    with pytest.raises(CmsInvalid):
        verify_detached(signature, b"label bytez")


def test_verifies_openssl_ecdsa_signature(tmp_path: Path, kz: AuthorityKeys) -> None:
    signature = _openssl_sign(tmp_path, kz.signing, b"\x00binary\r\n")
    assert verify_detached(signature, b"\x00binary\r\n").certificate == kz.signing.certificate


def test_refuses_signature_without_signed_attributes(tmp_path: Path, kz: AuthorityKeys) -> None:
    signature = _openssl_sign(tmp_path, kz.signing, b"data", "-noattr")
    with pytest.raises(CmsInvalid):
        verify_detached(signature, b"data")


def test_refuses_embedded_content(tmp_path: Path, kz: AuthorityKeys) -> None:
    signature = _openssl_sign(tmp_path, kz.signing, b"data", "-nodetach")
    with pytest.raises(CmsInvalid):
        verify_detached(signature, b"data")


def test_refuses_signature_without_certificate(tmp_path: Path, kz: AuthorityKeys) -> None:
    signature = _openssl_sign(tmp_path, kz.signing, b"data", "-nocerts")
    with pytest.raises(CmsInvalid):
        verify_detached(signature, b"data")


def test_garbage_never_escapes_as_another_exception(kz: AuthorityKeys) -> None:
    good = sign_detached(b"x", kz.signing)
    for damaged in (b"", b"\x30", good[:50], good[:-1], b"\x30\x03\x02\x01\x01", good * 2):
        with pytest.raises(CmsInvalid):
            verify_detached(damaged, b"x")
