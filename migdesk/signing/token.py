"""Signing keys on a PKCS#11 token (smart card, USB token, SoftHSM2 in tests).

The key never leaves the token: pyHanko's ``PKCS11Signer`` asks the token to sign through
an open, logged-in session. That session belongs to the returned ``Credentials`` and is
closed by ``Credentials.close()`` (or ``with``) once the signing is done. Every failure the
user can cause (wrong module, token not inserted, wrong or locked PIN, no key) becomes an
``InvalidInput`` with a Russian message; nothing about the PIN is ever put in one.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

import pkcs11
from cryptography import x509
from pkcs11 import Attribute, CertificateType, KeyType, Mechanism, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11_errors
from pyhanko.sign.pkcs11 import PKCS11Signer

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.signing.credentials import Credentials, asn1_certificate


def _library(path: Path) -> Any:
    """The module, loaded once per process (python-pkcs11 caches it by path, so the same
    spelling must always be used: the resolved one)."""
    if not path.is_file():
        raise InvalidInput(
            _("Библиотека PKCS#11 «{path}» не найдена.").format(path=path), "library"
        )
    try:
        return pkcs11.lib(str(path.resolve()))
    except (p11_errors.PKCS11Error, OSError) as exc:
        raise InvalidInput(
            _(
                "Не удалось загрузить библиотеку PKCS#11 «{path}»: файл не "
                "является модулем PKCS#11 или не подходит для этой системы."
            ).format(path=path),
            "library",
        ) from exc


def _initialised_tokens(lib: Any) -> list[Any]:
    tokens = []
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except p11_errors.PKCS11Error:
            continue  # a reader without a usable card
        # SoftHSM2 (and some readers) show an empty, uninitialised slot: nothing to sign with.
        if token.flags & TokenFlag.TOKEN_INITIALIZED:
            tokens.append(token)
    return tokens


def list_pkcs11_tokens(library: Path) -> list[str]:
    """Labels of the initialised tokens the module sees now (for a picker)."""
    lib = _library(library)
    try:
        return [token.label for token in _initialised_tokens(lib)]
    except p11_errors.PKCS11Error as exc:
        raise InvalidInput(
            _("Модуль PKCS#11 «{library}» не отвечает: {error_type}.").format(
                library=library, error_type=type(exc).__name__
            ),
            "library",
        ) from exc


def _token(lib: Any, label: str) -> Any:
    found = [token for token in _initialised_tokens(lib) if token.label == label]
    if not found:
        raise InvalidInput(
            _("Токен «{label}» не найден: проверьте, что он подключён, и метку токена.").format(
                label=label
            ),
            "token_label",
        )
    if len(found) > 1:
        raise InvalidInput(
            _("Подключено несколько токенов с меткой «{label}»; оставьте один.").format(
                label=label
            ),
            "token_label",
        )
    return found[0]


def _login(token: Any, pin: bytes) -> Any:
    try:
        text = pin.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(_("ПИН-код должен быть в кодировке UTF-8."), "pin") from None
    try:
        # A failed login leaves python-pkcs11's session handle behind; the module drops
        # it when the process ends. The PIN is a str here only for the duration of the call.
        return token.open(user_pin=text)
    except p11_errors.PinLocked:
        raise InvalidInput(
            _(
                "ПИН-код токена «{label}» заблокирован после неудачных попыток. "
                "Разблокировать его может администратор токена (PUK / ПИН-код "
                "администратора)."
            ).format(label=token.label),
            "pin",
        ) from None
    except p11_errors.PinExpired:
        raise InvalidInput(
            _("Срок действия ПИН-кода токена «{label}» истёк: смените ПИН-код.").format(
                label=token.label
            ),
            "pin",
        ) from None
    except (p11_errors.PinIncorrect, p11_errors.PinInvalid, p11_errors.PinLenRange):
        raise InvalidInput(
            _("Неверный ПИН-код токена «{label}».").format(label=token.label), "pin"
        ) from None
    except p11_errors.PKCS11Error as exc:
        raise InvalidInput(
            _("Не удалось открыть токен «{label}» ({error_type}).").format(
                label=token.label, error_type=type(exc).__name__
            ),
            "token_label",
        ) from None


def _signing_key(session: Any, token_label: str, key_label: str | None) -> Any:
    query: dict[Attribute, Any] = {Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.SIGN: True}
    if key_label is not None:
        query[Attribute.LABEL] = key_label
    keys = list(session.get_objects(query))
    if len(keys) == 1:
        return keys[0]
    if key_label is not None:
        if not keys:
            raise InvalidInput(
                _("На токене «{token_label}» нет ключа подписи с меткой «{key_label}».").format(
                    token_label=token_label, key_label=key_label
                ),
                "key_label",
            )
        raise InvalidInput(
            _("На токене «{token_label}» несколько ключей с меткой «{key_label}».").format(
                token_label=token_label, key_label=key_label
            ),
            "key_label",
        )
    if not keys:
        raise InvalidInput(
            _("На токене «{token_label}» нет ключа подписи.").format(token_label=token_label),
            "key_label",
        )
    labels = ", ".join(sorted(f"«{key.label}»" for key in keys))
    raise InvalidInput(
        _(
            "На токене «{token_label}» несколько ключей подписи ({labels}); укажите метку ключа."
        ).format(token_label=token_label, labels=labels),
        "key_label",
    )


def _certificates(session: Any) -> list[tuple[bytes, str, x509.Certificate]]:
    """(CKA_ID, label, certificate) of every X.509 certificate on the token."""
    query = {
        Attribute.CLASS: ObjectClass.CERTIFICATE,
        Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
    }
    found = []
    for obj in session.get_objects(query):
        try:
            cert = x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
        except ValueError:
            continue  # an unreadable certificate is not the one we need
        found.append((bytes(obj[Attribute.ID]), str(obj[Attribute.LABEL]), cert))
    return found


def _key_certificate(
    key: Any, certs: list[tuple[bytes, str, x509.Certificate]], token_label: str
) -> x509.Certificate:
    """The key's certificate: same CKA_ID (the PKCS#11 convention), else same label."""
    key_id, label = bytes(key.id or b""), str(key.label or "")
    matches = [cert for cid, _, cert in certs if key_id and cid == key_id]
    if not matches:
        matches = [cert for _, clabel, cert in certs if label and clabel == label]
    if len(matches) != 1:
        raise InvalidInput(
            _("На токене «{token_label}» не найден сертификат ключа «{key}».").format(
                token_label=token_label, key=label or key_id.hex()
            )
            if not matches
            else _("На токене «{token_label}» несколько сертификатов ключа «{label}».").format(
                token_label=token_label, label=label
            ),
            "key_label",
        )
    return matches[0]


def _raw_ecdsa(token: Any, key: Any) -> bool:
    """Many tokens (SoftHSM2 among them) sign EC keys only with plain CKM_ECDSA: then the
    digest is computed here and the token signs it (pyHanko's raw mode)."""
    if key.key_type != KeyType.EC:
        return False
    try:
        return Mechanism.ECDSA_SHA256 not in token.slot.get_mechanisms()
    except p11_errors.PKCS11Error:
        return True  # CKM_ECDSA is the one every EC token has


def _chain(leaf: x509.Certificate, certs: list[x509.Certificate]) -> list[x509.Certificate]:
    """Issuers of ``leaf`` found on the token, embedded so a verifier can build the path."""
    chain: list[x509.Certificate] = []
    current = leaf
    while current.issuer != current.subject:
        issuer = next((c for c in certs if c.subject == current.issuer and c not in chain), None)
        if issuer is None:
            break
        chain.append(issuer)
        current = issuer
    return chain


class _SessionCloser:
    """Closes the session once, however many times it is asked to."""

    def __init__(self, session: Any) -> None:
        self._session: Any = session
        self._lock = threading.Lock()

    def __call__(self) -> None:
        with self._lock:
            session, self._session = self._session, None
        if session is not None:
            # A token pulled out meanwhile: the session is gone anyway.
            with contextlib.suppress(p11_errors.PKCS11Error):
                session.close()


def load_pkcs11(
    library: Path, token_label: str, pin: bytes, key_label: str | None = None
) -> Credentials:
    """A signer on the token's key (the only signing key, or the one labelled ``key_label``)
    and its certificate. The token session stays open until ``Credentials.close()``."""
    lib = _library(library)
    try:
        token = _token(lib, token_label)
    except p11_errors.PKCS11Error as exc:
        raise InvalidInput(
            _("Модуль PKCS#11 «{library}» не отвечает: {error_type}.").format(
                library=library, error_type=type(exc).__name__
            ),
            "library",
        ) from exc
    session = _login(token, pin)
    close = _SessionCloser(session)
    try:
        key = _signing_key(session, token_label, key_label)
        certs = _certificates(session)
        certificate = _key_certificate(key, certs, token_label)
        chain = _chain(certificate, [cert for _, _, cert in certs])
        key_id = bytes(key.id or b"") or None
        signer = PKCS11Signer(
            session,
            signing_cert=asn1_certificate(certificate),
            ca_chain=[asn1_certificate(cert) for cert in chain],
            key_label=key.label or None,
            key_id=key_id,
            use_raw_mechanism=_raw_ecdsa(token, key),
        )
    except InvalidInput:
        close()
        raise
    except p11_errors.PKCS11Error as exc:
        close()
        raise InvalidInput(
            _("Не удалось прочитать ключ с токена «{token_label}» ({error_type}).").format(
                token_label=token_label, error_type=type(exc).__name__
            ),
            "key_label",
        ) from exc
    return Credentials(signer, certificate, close, chain=tuple(chain))
