"""Partner certificates and CRLs in the vault, and the trust store built from them.

A partner's certificates are accepted only together with the SHA-256 fingerprint of their
CA as printed in the signed paper letter (Art. 9.3): the file may have travelled on any
stick, the letter is what vouches for it. Leaf certificates in the same file must chain to
that CA now; expired or revoked ones are refused."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.keys import now_utc, own_authority
from migdesk.messages import _
from migdesk.models import PartnerCertificate, RevocationList
from migdesk.pki.errors import PkiError, UntrustedCertificate
from migdesk.pki.fingerprints import fingerprint, parse_fingerprint
from migdesk.pki.names import authority_code, check_authority_code, display_name
from migdesk.pki.trust import TrustStore, Usage
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault


@dataclass(frozen=True)
class TrustResult:
    authority: str
    ca_sha256: str
    added: list[tuple[str, str]] = field(default_factory=list)  # (role, sha256)


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _leaf_usage(cert: x509.Certificate) -> Usage:
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and usage.key_encipherment:
        return Usage.ENCRYPTION
    return Usage.SIGNING


def _cert(row: PartnerCertificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(row.certificate_der)


def load_trust(session: Session) -> TrustStore:
    """Every active partner CA and every stored CRL."""
    store = TrustStore()
    stmt = select(PartnerCertificate).where(
        PartnerCertificate.role == "ca", PartnerCertificate.active.is_(True)
    )
    for row in session.scalars(stmt.order_by(PartnerCertificate.id)):
        store.add_authority(row.authority, _cert(row))
    for crl in session.scalars(select(RevocationList).order_by(RevocationList.id)):
        store.add_crl(x509.load_der_x509_crl(crl.der))
    return store


def partner_encryption_certificate(session: Session, code: str) -> x509.Certificate:
    stmt = (
        select(PartnerCertificate)
        .where(
            PartnerCertificate.authority == code,
            PartnerCertificate.role == "encryption",
            PartnerCertificate.active.is_(True),
        )
        .order_by(PartnerCertificate.id.desc())
    )
    row = session.scalars(stmt).first()
    if row is None:
        raise ExchangeRefused(
            ExchangeReason.NOT_TRUSTED,
            _(
                "Нет доверенного сертификата шифрования органа {code}: "
                "администратор принимает его командой «authority trust» со "
                "сверкой отпечатка по письму."
            ).format(code=code),
        )
    return _cert(row)


def _confirmed_ca(
    session: Session, code: str, certs: list[x509.Certificate], expected: str
) -> tuple[x509.Certificate, bool]:
    """The CA whose fingerprint the administrator confirmed: in the file, or already trusted
    (a renewed leaf certificate arriving on its own). Second value: whether it is new."""
    for cert in certs:
        if _is_ca(cert) and fingerprint(cert) == expected:
            return cert, True
    row = session.scalar(
        select(PartnerCertificate).where(
            PartnerCertificate.authority == code,
            PartnerCertificate.role == "ca",
            PartnerCertificate.sha256 == expected,
            PartnerCertificate.active.is_(True),
        )
    )
    if row is not None:
        return _cert(row), False
    # The file's own fingerprint is deliberately not shown: it must come from the letter.
    raise ExchangeRefused(
        ExchangeReason.FINGERPRINT_MISMATCH,
        _(
            "Отпечаток SHA-256 не совпадает ни с одним сертификатом УЦ "
            "органа {code} в файле. Сертификаты не приняты: сверьте "
            "отпечаток с подписанным письмом."
        ).format(code=code),
    )


def trust_partner(
    vault: Vault, code: str, certs: list[x509.Certificate], confirmed_fingerprint: str
) -> TrustResult:
    require(vault.current_roles(), Permission.MANAGE_KEYS)
    check_authority_code(code)
    expected = parse_fingerprint(confirmed_fingerprint)
    with vault.session() as session:
        if code == own_authority(session):
            raise ExchangeRefused(
                ExchangeReason.BAD_CERTIFICATE, _("Это код своего органа, а не партнёра.")
            )
        ca, ca_is_new = _confirmed_ca(session, code, certs, expected)
        now = datetime.now(UTC)
        if not ca.not_valid_before_utc <= now <= ca.not_valid_after_utc:
            raise ExchangeRefused(
                ExchangeReason.BAD_CERTIFICATE,
                _("Срок действия сертификата УЦ «{display_name}» истёк или не наступил.").format(
                    display_name=display_name(ca)
                ),
            )
        store = load_trust(session)
        try:
            store.add_authority(code, ca)
        except PkiError as exc:
            raise ExchangeRefused(ExchangeReason.BAD_CERTIFICATE, str(exc)) from exc
        rows: list[tuple[str, x509.Certificate]] = [("ca", ca)] if ca_is_new else []
        for cert in certs:
            if _is_ca(cert):
                continue  # another CA in the file was not confirmed by the letter
            usage = _leaf_usage(cert)
            try:
                store.verify(cert, certs, code, usage, now)
            except UntrustedCertificate as exc:
                raise ExchangeRefused(ExchangeReason.NOT_TRUSTED, str(exc)) from exc
            rows.append((usage.value, cert))
        result = TrustResult(code, expected)
        for role, cert in rows:
            result.added.extend(_store(session, vault.user, code, role, cert, expected))
        audit.append(
            session,
            vault.user,
            "authority.trust",
            details={"authority": code, "ca_sha256": expected, "added": result.added},
        )
        return result


def _store(
    session: Session, user: str, code: str, role: str, cert: x509.Certificate, confirmed: str
) -> list[tuple[str, str]]:
    sha = fingerprint(cert)
    if session.scalar(select(PartnerCertificate.id).where(PartnerCertificate.sha256 == sha)):
        return []  # accepted before: trusting the same file twice changes nothing
    if role == "encryption":
        # The newest encryption certificate is the one bundles are sealed to.
        stmt = select(PartnerCertificate).where(
            PartnerCertificate.authority == code, PartnerCertificate.role == role
        )
        for old in session.scalars(stmt):
            old.active = False
    session.add(
        PartnerCertificate(
            authority=code,
            role=role,
            certificate_der=cert.public_bytes(serialization.Encoding.DER),
            sha256=sha,
            subject=display_name(cert)[:300],
            not_after=cert.not_valid_after_utc.replace(tzinfo=None),
            confirmed_sha256=confirmed,
            confirmed_by=user,
            confirmed_at=now_utc(),
            active=True,
        )
    )
    return [(role, sha)]


def import_crl(vault: Vault, crl: x509.CertificateRevocationList) -> bool:
    """Stores a CRL signed by a trusted partner CA; False when it was already stored."""
    require(vault.current_roles(), Permission.MANAGE_KEYS)
    with vault.session() as session:
        issuer = _crl_issuer(session, crl)
        der = crl.public_bytes(serialization.Encoding.DER)
        sha = hashlib.sha256(der).hexdigest()
        if session.scalar(select(RevocationList.id).where(RevocationList.sha256 == sha)):
            return False
        session.add(
            RevocationList(
                authority=issuer,
                der=der,
                sha256=sha,
                last_update=crl.last_update_utc.replace(tzinfo=None),
                next_update=crl.next_update_utc.replace(tzinfo=None)
                if crl.next_update_utc
                else None,
                imported_at=now_utc(),
                imported_by=vault.user,
            )
        )
        audit.append(
            session, vault.user, "authority.crl", details={"authority": issuer, "sha256": sha}
        )
        return True


def _crl_issuer(session: Session, crl: x509.CertificateRevocationList) -> str:
    """A CRL is believed only when a trusted CA's key verifies it."""
    stmt = select(PartnerCertificate).where(
        PartnerCertificate.role == "ca", PartnerCertificate.active.is_(True)
    )
    for row in session.scalars(stmt):
        cert = _cert(row)
        if cert.subject != crl.issuer:
            continue
        key = cert.public_key()
        try:
            if crl.is_signature_valid(key):  # type: ignore[arg-type]
                return authority_code(cert) or row.authority
        except (TypeError, ValueError):
            continue
    raise ExchangeRefused(
        ExchangeReason.NOT_TRUSTED, _("Список отзыва не подписан доверенным УЦ партнёра.")
    )
