"""Our bundle signing key on a PKCS#11 token (a smart card or USB token of the national PKI;
SoftHSM2 in tests).

The vault keeps where the key is (module, token label, key label) and its certificate; the
key never leaves the token. Each export logs in with the PIN, has the token sign the label
and the manifest, and closes the session. pyHanko's PKCS#11 signer builds the CMS, so the
signature is the same detached SignedData a software key gives (``migdesk.bundles.cms``).

Only the signing key can live on a token. The encryption key unwraps each bundle's content
key with RSA-OAEP-SHA256, which common tokens do not offer (SoftHSM2 2.6 does OAEP with
SHA-1 only); it stays a PKCS#12 key inside the encrypted vault.

pyHanko and python-pkcs11 are imported on first use: the application starts without them.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509

from migdesk.errors import InvalidInput
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.messages import _
from migdesk.pki.fingerprints import fingerprint, format_fingerprint

if TYPE_CHECKING:
    from migdesk.signing.credentials import Credentials


@dataclass(frozen=True)
class TokenKey:
    """Where our signing key is, and the certificate it must present there."""

    library: Path
    token_label: str
    key_label: str | None
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()


class TokenBundleSigner:
    """Signs through an open, logged-in token session (``open_token_signer``)."""

    def __init__(self, credentials: Credentials, token_label: str) -> None:
        self._credentials = credentials
        self._token_label = token_label

    @property
    def certificate(self) -> x509.Certificate:
        return self._credentials.certificate

    def sign_detached(self, content: bytes) -> bytes:
        from pkcs11 import exceptions as p11_errors

        signer = self._credentials.signer
        try:
            info = asyncio.run(signer.async_sign_general_data(content, "sha256", detached=True))
        except p11_errors.PKCS11Error as exc:
            # Typically the token was pulled out while the bundle was being written.
            raise InvalidInput(
                _(
                    "Токен «{token_label}» не подписал пакет ({error_type}): проверьте, "
                    "что он подключён, и повторите выгрузку."
                ).format(token_label=self._token_label, error_type=type(exc).__name__),
                "token_label",
            ) from exc
        return bytes(info.dump())


def token_credentials(
    library: Path, token_label: str, pin: bytes, key_label: str | None
) -> Credentials:
    """The token's signer; every token failure is a Russian ``InvalidInput``."""
    from migdesk.signing.token import load_pkcs11

    return load_pkcs11(library, token_label, pin, key_label)


@contextlib.contextmanager
def open_token_signer(key: TokenKey, pin: bytes | None) -> Iterator[TokenBundleSigner]:
    """Logs in to the token; refuses when no PIN was given or the token presents another
    certificate than the one partners trust. The session closes on leaving."""
    if pin is None:
        raise ExchangeRefused(
            ExchangeReason.PIN_REQUIRED,
            _(
                "Ключ подписи органа хранится на токене «{token_label}»: введите ПИН-код токена."
            ).format(token_label=key.token_label),
        )
    with token_credentials(key.library, key.token_label, pin, key.key_label) as credentials:
        if credentials.certificate != key.certificate:
            raise ExchangeRefused(
                ExchangeReason.WRONG_TOKEN,
                _(
                    "На токене «{token_label}» другой ключ подписи (SHA-256 "
                    "{found}), а не принятый в хранилище (SHA-256 "
                    "{expected}). Подключите токен органа."
                ).format(
                    token_label=key.token_label,
                    found=format_fingerprint(fingerprint(credentials.certificate)),
                    expected=format_fingerprint(fingerprint(key.certificate)),
                ),
            )
        yield TokenBundleSigner(credentials, key.token_label)
