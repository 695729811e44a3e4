"""What a key pair from a national PKI (PKCS#12) must be before it becomes our signing or
encryption key (issue «Exchange bundles»): RSA-3072 (or longer) or ECDSA P-256 for
signing, RSA for encryption, a leaf certificate whose key usage allows the role, valid
now, with its private key, and a chain up to a root CA that partners can be asked to trust.

Every refusal is an ``ExchangeRefused`` in Russian, raised before anything is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.messages import N_, _, lazy_table
from migdesk.pki.files import load_pkcs12
from migdesk.pki.keys import MIN_RSA_BITS, RSA_BITS, KeyPair
from migdesk.pki.names import display_name

ROLE_NAMES = lazy_table({"signing": N_("подписи"), "encryption": N_("шифрования")})


def _refuse(message: str) -> ExchangeRefused:
    return ExchangeRefused(ExchangeReason.BAD_CERTIFICATE, message)


def _check_key(cert: x509.Certificate, role: str) -> None:
    key = cert.public_key()
    if role == "signing":
        ok_rsa = isinstance(key, rsa.RSAPublicKey) and key.key_size >= RSA_BITS
        ok_ec = isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1)
        if not (ok_rsa or ok_ec):
            raise _refuse(
                _(
                    "Ключ подписи {key} не допускается: нужен RSA не короче "
                    "{bits} бит или ECDSA P-256."
                ).format(key=_describe(key), bits=RSA_BITS)
            )
    elif not (isinstance(key, rsa.RSAPublicKey) and key.key_size >= MIN_RSA_BITS):
        raise _refuse(
            _(
                "Ключ шифрования {key} не допускается: нужен RSA не короче "
                "{bits} бит (ключ содержимого пакета заворачивается "
                "RSA-OAEP)."
            ).format(key=_describe(key), bits=MIN_RSA_BITS)
        )


def _check_private_key(pair: KeyPair) -> None:
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    key = pair.certificate.public_key()
    if pair.private_key.public_key().public_bytes(*spki) != key.public_bytes(*spki):
        raise _refuse(_("Закрытый ключ в файле PKCS#12 не соответствует сертификату."))


def _describe(key: object) -> str:
    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA-{key.key_size}"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"ECDSA {key.curve.name}"
    return type(key).__name__


def _check_usage(cert: x509.Certificate, role: str) -> None:
    name = display_name(cert)
    try:
        if cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            raise _refuse(
                _("Сертификат «{name}» — сертификат УЦ, а не ключа {role}.").format(
                    name=name, role=ROLE_NAMES[role]
                )
            )
    except x509.ExtensionNotFound:
        pass
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    # The same test partners apply to our certificates (migdesk.pki.trust._usage_allowed):
    # a key that passes here is one their MigDesk accepts.
    allowed = usage is not None and (
        (usage.digital_signature or usage.content_commitment)
        if role == "signing"
        else usage.key_encipherment
    )
    if not allowed:
        wanted = "digitalSignature" if role == "signing" else "keyEncipherment"
        raise _refuse(
            _(
                "Сертификат «{name}» не предназначен для {role}: в "
                "расширении keyUsage нет {wanted}."
            ).format(name=name, role=ROLE_NAMES[role], wanted=wanted)
        )


def _check_dates(cert: x509.Certificate, at: datetime) -> None:
    if at < cert.not_valid_before_utc:
        raise _refuse(
            _(
                "Сертификат «{display_name}» начинает действовать {not_valid_before_utc:%d.%m.%Y}."
            ).format(
                display_name=display_name(cert), not_valid_before_utc=cert.not_valid_before_utc
            )
        )
    if at > cert.not_valid_after_utc:
        raise _refuse(
            _(
                "Срок действия сертификата «{display_name}» истёк {not_valid_after_utc:%d.%m.%Y}."
            ).format(display_name=display_name(cert), not_valid_after_utc=cert.not_valid_after_utc)
        )


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def chain_top(
    leaf: x509.Certificate,
    chain: Sequence[x509.Certificate],
    own_cas: Sequence[x509.Certificate],
) -> x509.Certificate | None:
    """The root the leaf chains up to inside the file or token (verified signatures), else
    the own CA already in the vault that issued the top of that chain, else ``None``."""
    current = leaf
    for _step in range(len(chain) + 1):
        if current.issuer == current.subject and _issued_by(current, current):
            return current
        issuer = next(
            (c for c in chain if c != current and _issued_by(current, c)),
            None,
        )
        if issuer is None:
            return next((ca for ca in own_cas if _issued_by(current, ca)), None)
        current = issuer
    return None


def check_own_certificate(cert: x509.Certificate, role: str, *, at: datetime | None = None) -> None:
    """What the certificate of our key must be for ``role``, wherever the key is kept."""
    if role not in ROLE_NAMES:
        raise _refuse(_("Роль ключа: signing или encryption."))
    _check_usage(cert, role)
    _check_key(cert, role)
    _check_dates(cert, at or datetime.now(UTC))


def check_own_pair(pair: KeyPair, role: str, *, at: datetime | None = None) -> None:
    check_own_certificate(pair.certificate, role, at=at)
    _check_private_key(pair)


def load_own_pkcs12(path: Path, password: bytes, role: str) -> KeyPair:
    """The key pair of ``path``, checked for ``role``; a wrong password is a ``PkiError``."""
    pair = load_pkcs12(path, password)
    check_own_pair(pair, role)
    return pair
