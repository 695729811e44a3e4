"""The signatory's key: a PKCS#12 file (password from a file or the terminal) or a PKCS#11
token (PIN). Both give a pyHanko signer and the certificate it signs with."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.pki.files import load_pkcs12
from migdesk.pki.keys import KeyPair


class KeyUnavailable(InvalidInput):
    """The key stopped answering while signing (a token pulled out, its session gone): every
    later signature with these credentials fails the same way."""


@dataclass(frozen=True)
class Credentials:
    """A pyHanko signer with its certificate (as ``cryptography`` sees it).

    A token's signer needs its PKCS#11 session until the signature is made: close the
    credentials (``close()`` or ``with``) after signing. For a PKCS#12 key it does nothing.
    """

    signer: Any  # pyhanko.sign.signers.Signer
    certificate: x509.Certificate
    closer: Callable[[], None] | None = field(default=None, repr=False, compare=False)
    # The issuers found with the key (on the token, in the file), leaf excluded.
    chain: tuple[x509.Certificate, ...] = field(default=(), compare=False)

    def close(self) -> None:
        if self.closer is not None:
            self.closer()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def asn1_certificate(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def read_secret(path: Path | None, prompt: str, *, pin: bool = False) -> bytes:
    """From a file (first line) or, on a terminal, asked without echo; never an argument.
    ``pin``: the secret is a token's PIN (only the messages differ)."""
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n").encode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            noun = _("файл ПИН-кода") if pin else _("файл пароля")
            raise InvalidInput(
                _("Не удалось прочитать {noun} «{path}».").format(noun=noun, path=path)
            ) from exc
    if not sys.stdin.isatty():
        raise InvalidInput(
            _("ПИН-код токена: укажите файл с ПИН-кодом или запустите в терминале.")
            if pin
            else _("Пароль ключа: укажите файл с паролем или запустите в терминале.")
        )
    return getpass.getpass(prompt).encode("utf-8")


def load_p12(path: Path, password: bytes) -> Credentials:
    return credentials_of(load_pkcs12(path, password))


def load_p12_apart(path: Path, password: bytes) -> Credentials:
    """As :func:`load_p12`, the file opened in a child process: for the GUI, whose window the
    key derivation (GIL held) froze even from a worker thread."""
    from migdesk.pki.p12_apart import load_pkcs12_apart

    return credentials_of(load_pkcs12_apart(path, password))


def credentials_of(pair: KeyPair) -> Credentials:
    """A key already in memory (one just issued by ``migdesk.pki``, a demo's signatory)."""
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
    above = tuple(c for c in pair.chain if c != pair.certificate)
    return Credentials(signer, pair.certificate, chain=above)
