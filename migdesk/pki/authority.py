"""A local authority CA and the two certificates each authority uses for bundles.

Signing certificate: keyUsage digitalSignature + nonRepudiation (critical), ECDSA P-256 or
RSA-3072. Encryption certificate: keyUsage keyEncipherment (critical), RSA-3072 only, since
the content key is wrapped with RSA-OAEP. Neither carries an extendedKeyUsage: key usage
alone separates the roles, and openssl checks them with ``-purpose any``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from migdesk.pki.keys import KeyAlgorithm, KeyPair, PrivateKey, generate_key
from migdesk.pki.names import authority_code, check_authority_code, subject_name

CA_VALIDITY = timedelta(days=10 * 365)
LEAF_VALIDITY = timedelta(days=3 * 365)
# Clocks of two offline workstations drift; a fresh certificate must already be valid there.
BACKDATE = timedelta(hours=1)


@dataclass(frozen=True)
class AuthorityKeys:
    """Everything one authority needs: its CA and the two certificates it issued."""

    code: str
    ca: KeyPair
    signing: KeyPair
    encryption: KeyPair


def _key_usage(
    *,
    digital_signature: bool = False,
    content_commitment: bool = False,
    key_encipherment: bool = False,
    key_cert_sign: bool = False,
) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=content_commitment,
        key_encipherment=key_encipherment,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=key_cert_sign,
        crl_sign=key_cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def create_ca(
    code: str,
    algorithm: KeyAlgorithm = KeyAlgorithm.EC_P256,
    *,
    now: datetime | None = None,
    validity: timedelta = CA_VALIDITY,
) -> KeyPair:
    check_authority_code(code)
    now = now or datetime.now(UTC)
    key = generate_key(algorithm)
    name = subject_name(code, "CA")
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(now + validity)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(key_cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return KeyPair(cert, key, (cert,))


def _issue(
    ca: KeyPair,
    key: PrivateKey,
    role: str,
    usage: x509.KeyUsage,
    now: datetime,
    validity: timedelta,
) -> KeyPair:
    code = _ca_code(ca)
    not_after = min(now + validity, ca.certificate.not_valid_after_utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject_name(code, role))
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - BACKDATE)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.private_key.public_key()),
            critical=False,
        )
        .sign(ca.private_key, hashes.SHA256())
    )
    return KeyPair(cert, key, (cert, *ca.chain))


def _ca_code(ca: KeyPair) -> str:
    code = authority_code(ca.certificate)
    if code is None:
        raise ValueError("the CA certificate carries no authority code")
    return code


def issue_signing_certificate(
    ca: KeyPair,
    algorithm: KeyAlgorithm = KeyAlgorithm.EC_P256,
    *,
    now: datetime | None = None,
    validity: timedelta = LEAF_VALIDITY,
) -> KeyPair:
    usage = _key_usage(digital_signature=True, content_commitment=True)
    return _issue(ca, generate_key(algorithm), "signing", usage, now or datetime.now(UTC), validity)


def issue_encryption_certificate(
    ca: KeyPair, *, now: datetime | None = None, validity: timedelta = LEAF_VALIDITY
) -> KeyPair:
    key = generate_key(KeyAlgorithm.RSA_3072)
    usage = _key_usage(key_encipherment=True)
    return _issue(ca, key, "encryption", usage, now or datetime.now(UTC), validity)


def create_authority(
    code: str,
    *,
    ca_algorithm: KeyAlgorithm = KeyAlgorithm.EC_P256,
    signing_algorithm: KeyAlgorithm = KeyAlgorithm.EC_P256,
    now: datetime | None = None,
) -> AuthorityKeys:
    ca = create_ca(code, ca_algorithm, now=now)
    return AuthorityKeys(
        code=code,
        ca=ca,
        signing=issue_signing_certificate(ca, signing_algorithm, now=now),
        encryption=issue_encryption_certificate(ca, now=now),
    )


def issue_crl(
    ca: KeyPair,
    revoked_serials: list[int],
    *,
    now: datetime | None = None,
    next_update: timedelta = timedelta(days=30),
) -> x509.CertificateRevocationList:
    """A CRL signed by the CA, listing the given serial numbers as revoked now."""
    now = now or datetime.now(UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.certificate.subject)
        .last_update(now - BACKDATE)
        .next_update(now + next_update)
    )
    for serial in revoked_serials:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(serial)
            .revocation_date(now - BACKDATE)
            .build()
        )
    return builder.sign(ca.private_key, hashes.SHA256())
