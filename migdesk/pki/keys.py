"""Key pairs MigDesk creates and accepts: ECDSA P-256 or RSA (3072 bits when we create)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from migdesk.messages import _
from migdesk.pki.errors import PkiError

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey

RSA_BITS = 3072
# Keys from a national PKI may be older; below this nothing is accepted at all.
MIN_RSA_BITS = 2048


class KeyAlgorithm(Enum):
    EC_P256 = "ec-p256"
    RSA_3072 = "rsa-3072"


def generate_key(algorithm: KeyAlgorithm) -> PrivateKey:
    if algorithm is KeyAlgorithm.EC_P256:
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)


def as_private_key(key: object) -> PrivateKey:
    if isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        return key
    raise PkiError(_("Поддерживаются только ключи RSA и ECDSA."))


def as_public_key(key: object) -> PublicKey:
    if isinstance(key, rsa.RSAPublicKey):
        if key.key_size < MIN_RSA_BITS:
            raise PkiError(
                _("Ключ RSA короче {bits} бит не принимается.").format(bits=MIN_RSA_BITS)
            )
        return key
    if isinstance(key, ec.EllipticCurvePublicKey):
        return key
    raise PkiError(_("Поддерживаются только ключи RSA и ECDSA."))


@dataclass(frozen=True)
class KeyPair:
    """A certificate, its private key and the chain up to (and including) the CA."""

    certificate: x509.Certificate
    private_key: PrivateKey
    chain: tuple[x509.Certificate, ...] = ()
