"""Trust in partner authorities: their CA certificates, CRLs, and chain validation.

Chains are built and checked by ``cryptography.x509.verification`` (validity periods,
signatures, basicConstraints, path length, key sizes). Its web-PKI end-entity profile
wants a subjectAltName and a TLS key purpose, which signing certificates of a migration
authority do not have, so the leaf profile here is our own: keyUsage must allow the role,
and the leaf must not be a CA. Revocation is checked against CRLs whose signature verifies
with the issuing certificate of the validated chain.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.verification import (
    Criticality,
    ExtensionPolicy,
    Policy,
    PolicyBuilder,
    Store,
    VerificationError,
)

from migdesk.messages import _
from migdesk.pki.errors import PkiError, TrustFailure, UntrustedCertificate
from migdesk.pki.fingerprints import fingerprint
from migdesk.pki.keys import MIN_RSA_BITS
from migdesk.pki.names import authority_code, check_authority_code, display_name

MAX_CHAIN_DEPTH = 4


class Usage(Enum):
    """What a leaf certificate is checked for."""

    SIGNING = "signing"
    ENCRYPTION = "encryption"


def _usage_allowed(usage: Usage, key_usage: x509.KeyUsage) -> bool:
    if usage is Usage.SIGNING:
        return key_usage.digital_signature or key_usage.content_commitment
    return key_usage.key_encipherment


def _usage_validator(usage: Usage) -> Callable[[Policy, x509.Certificate, x509.KeyUsage], None]:
    def check(_policy: Policy, _cert: x509.Certificate, value: x509.KeyUsage) -> None:
        if not _usage_allowed(usage, value):
            raise ValueError(f"keyUsage does not allow {usage.value}")

    return check


def _not_a_ca(
    _policy: Policy, _cert: x509.Certificate, value: x509.BasicConstraints | None
) -> None:
    if value is not None and value.ca:
        raise ValueError("a CA certificate cannot sign or receive bundles")


def _leaf_policy(usage: Usage) -> ExtensionPolicy:
    return (
        ExtensionPolicy.permit_all()
        .require_present(x509.KeyUsage, Criticality.AGNOSTIC, _usage_validator(usage))
        .may_be_present(x509.BasicConstraints, Criticality.AGNOSTIC, _not_a_ca)
    )


@dataclass(frozen=True)
class VerifiedCertificate:
    authority: str
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.certificate)

    @property
    def name(self) -> str:
        return display_name(self.certificate)


def is_ca(cert: x509.Certificate) -> bool:
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    except x509.ExtensionNotFound:
        return False
    return constraints.value.ca


def authorities_only(certs: Iterable[x509.Certificate]) -> list[x509.Certificate]:
    """The CA certificates of a file that may also hold leaf certificates (what
    ``authority export-cert`` writes: the CA and the authority's signing and encryption
    certificates, so one file serves both trust and encryption)."""
    return [cert for cert in certs if is_ca(cert)]


@dataclass
class TrustStore:
    """Partner CA certificates by authority code, plus the CRLs known so far."""

    anchors: dict[str, list[x509.Certificate]] = field(default_factory=dict)
    crls: list[x509.CertificateRevocationList] = field(default_factory=list)

    def add_authority(self, code: str, ca_cert: x509.Certificate) -> None:
        check_authority_code(code)
        if not is_ca(ca_cert):
            raise PkiError(
                _("Сертификат «{display_name}» не является сертификатом УЦ.").format(
                    display_name=display_name(ca_cert)
                )
            )
        own = authority_code(ca_cert)
        if own is not None and own != code:
            raise PkiError(
                _("Сертификат УЦ выдан органу {own}, а не {code}.").format(own=own, code=code)
            )
        bucket = self.anchors.setdefault(code, [])
        if ca_cert not in bucket:
            bucket.append(ca_cert)

    def add_crl(self, crl: x509.CertificateRevocationList) -> None:
        self.crls.append(crl)

    @classmethod
    def from_certificates(
        cls, certs: Iterable[x509.Certificate], crls: Iterable[x509.CertificateRevocationList] = ()
    ) -> TrustStore:
        """CA certificates that name their authority (organizationIdentifier) themselves."""
        store = cls()
        for cert in certs:
            code = authority_code(cert)
            if code is None:
                raise PkiError(
                    _(
                        "В сертификате УЦ «{display_name}» не указан код органа; его "
                        "нужно добавить с явным кодом."
                    ).format(display_name=display_name(cert))
                )
            store.add_authority(code, cert)
        for crl in crls:
            store.add_crl(crl)
        return store

    def authorities(self) -> list[str]:
        return sorted(self.anchors)

    # --- validation -----------------------------------------------------------------------

    def verify(
        self,
        leaf: x509.Certificate,
        intermediates: Iterable[x509.Certificate],
        authority: str,
        usage: Usage,
        at: datetime | None = None,
    ) -> VerifiedCertificate:
        """The validated chain of ``leaf`` for ``authority``; UntrustedCertificate if not."""
        at = at or datetime.now(UTC)
        extra = [cert for cert in intermediates if cert != leaf]
        _check_leaf(leaf, authority, usage)
        anchors = self.anchors.get(authority, [])
        try:
            chain = _build(anchors, leaf, extra, usage, at) if anchors else None
        except (VerificationError, ValueError):  # ValueError: an undecodable extension
            chain = None
        if chain is None:
            raise self._explain(leaf, extra, authority, usage, at)
        self._check_revocation(chain, at)
        return VerifiedCertificate(authority, leaf, tuple(chain))

    def _explain(
        self,
        leaf: x509.Certificate,
        extra: list[x509.Certificate],
        authority: str,
        usage: Usage,
        at: datetime,
    ) -> UntrustedCertificate:
        anchors = self.anchors.get(authority, [])
        # Valid at the start of its own life but not now: the failure is the time.
        then = leaf.not_valid_before_utc + timedelta(seconds=1)
        if anchors and _verifies(anchors, leaf, extra, usage, then):
            text = _("ещё не начал действовать") if at < leaf.not_valid_before_utc else _("истёк")
            return UntrustedCertificate(
                TrustFailure.EXPIRED,
                _("Срок действия сертификата «{display_name}» (или его УЦ) {text}.").format(
                    display_name=display_name(leaf), text=text
                ),
            )
        for other, other_anchors in self.anchors.items():
            if other != authority and _verifies(other_anchors, leaf, extra, usage, at):
                return UntrustedCertificate(
                    TrustFailure.AUTHORITY_MISMATCH,
                    _(
                        "Сертификат «{display_name}» выдан УЦ органа {other}, а не {authority}."
                    ).format(display_name=display_name(leaf), other=other, authority=authority),
                )
        return UntrustedCertificate(
            TrustFailure.UNKNOWN,
            _(
                "Неизвестный подписант «{display_name}»: сертификат не выдан "
                "доверенным УЦ органа {authority}."
            ).format(display_name=display_name(leaf), authority=authority),
        )

    def _check_revocation(self, chain: list[x509.Certificate], at: datetime) -> None:
        for cert, issuer in itertools.pairwise(chain):
            for crl in self.crls:
                if crl.issuer != issuer.subject or not _crl_signed_by(crl, issuer):
                    continue
                entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
                if entry is not None and entry.revocation_date_utc <= at:
                    raise UntrustedCertificate(
                        TrustFailure.REVOKED,
                        _("Сертификат «{display_name}» отозван {revoked_on:%Y-%m-%d}.").format(
                            display_name=display_name(cert),
                            revoked_on=entry.revocation_date_utc,
                        ),
                    )


def _check_leaf(leaf: x509.Certificate, authority: str, usage: Usage) -> None:
    """Clear reasons for what the verifier would only report as a generic failure."""
    try:
        key_usage = leaf.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        key_usage = None
    role = _("подписи") if usage is Usage.SIGNING else _("шифрования")
    if key_usage is None or not _usage_allowed(usage, key_usage):
        raise UntrustedCertificate(
            TrustFailure.WRONG_USAGE,
            _("Сертификат «{display_name}» не предназначен для {role}.").format(
                display_name=display_name(leaf), role=role
            ),
        )
    public_key = leaf.public_key()
    if usage is Usage.ENCRYPTION and not isinstance(public_key, rsa.RSAPublicKey):
        raise UntrustedCertificate(
            TrustFailure.WRONG_USAGE, _("Сертификат шифрования должен содержать ключ RSA.")
        )
    if isinstance(public_key, rsa.RSAPublicKey) and public_key.key_size < MIN_RSA_BITS:
        raise UntrustedCertificate(
            TrustFailure.WRONG_USAGE,
            _("Ключ RSA короче {bits} бит не принимается.").format(bits=MIN_RSA_BITS),
        )
    own = authority_code(leaf)
    if own is not None and own != authority:
        raise UntrustedCertificate(
            TrustFailure.AUTHORITY_MISMATCH,
            _("Сертификат «{display_name}» принадлежит органу {own}, а не {authority}.").format(
                display_name=display_name(leaf), own=own, authority=authority
            ),
        )


def _build(
    anchors: list[x509.Certificate],
    leaf: x509.Certificate,
    extra: list[x509.Certificate],
    usage: Usage,
    at: datetime,
) -> list[x509.Certificate]:
    verifier = (
        PolicyBuilder()
        .store(Store(anchors))
        .time(at)
        .max_chain_depth(MAX_CHAIN_DEPTH)
        .extension_policies(
            ca_policy=ExtensionPolicy.webpki_defaults_ca(), ee_policy=_leaf_policy(usage)
        )
        .build_client_verifier()
    )
    return list(verifier.verify(leaf, extra).chain)


def _verifies(
    anchors: list[x509.Certificate],
    leaf: x509.Certificate,
    extra: list[x509.Certificate],
    usage: Usage,
    at: datetime,
) -> bool:
    try:
        _build(anchors, leaf, extra, usage, at)
    except (VerificationError, ValueError):
        return False
    return True


def _crl_signed_by(crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> bool:
    key = issuer.public_key()
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        return False
    try:
        return crl.is_signature_valid(key)
    except (TypeError, ValueError):
        return False
