"""The signatory's key: a PKCS#12 file (password from a file or the terminal) or a PKCS#11
token (PIN). Both give a pyHanko signer and the certificate it signs with."""

from __future__ import annotations

import getpass
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from migdesk.errors import InvalidInput
from migdesk.pki.files import load_pkcs12


@dataclass(frozen=True)
class Credentials:
    """A pyHanko signer with its certificate (as ``cryptography`` sees it)."""

    signer: Any  # pyhanko.sign.signers.Signer
    certificate: x509.Certificate


def asn1_certificate(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def read_secret(path: Path | None, prompt: str) -> bytes:
    """From a file (first line) or, on a terminal, asked without echo; never an argument."""
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n").encode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"Не удалось прочитать файл пароля «{path}».") from exc
    if not sys.stdin.isatty():
        raise InvalidInput("Пароль ключа: укажите файл с паролем или запустите в терминале.")
    return getpass.getpass(prompt).encode("utf-8")


def load_p12(path: Path, password: bytes) -> Credentials:
    pair = load_pkcs12(path, password)
    key_der = pair.private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    chain = [asn1_certificate(c) for c in pair.chain if c != pair.certificate]
    signer = signers.SimpleSigner(
        signing_cert=asn1_certificate(pair.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs(chain),  # type: ignore[no-untyped-call]
    )
    return Credentials(signer, pair.certificate)
