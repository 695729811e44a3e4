"""Our own authority keys: a local CA with signing and encryption certificates, or
certificates from a national PKI (PKCS#12), kept inside the encrypted vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.pkcs12_import import ROLE_NAMES, chain_top, check_own_pair, load_own_pkcs12
from migdesk.models import OwnKey, VaultSetting
from migdesk.pki.authority import create_authority
from migdesk.pki.files import certificate_pem
from migdesk.pki.fingerprints import fingerprint
from migdesk.pki.keys import KeyPair, as_private_key
from migdesk.pki.names import authority_code, check_authority_code
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

OWN_AUTHORITY_SETTING = "own_authority"
ROLES = ("ca", "signing", "encryption")


def now_utc() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class OwnCertificate:
    role: str
    sha256: str
    subject: str
    not_after: datetime


def own_authority(session: Session) -> str:
    row = session.get(VaultSetting, OWN_AUTHORITY_SETTING)
    if row is None or not row.value:
        raise ExchangeRefused(
            ExchangeReason.NO_OWN_AUTHORITY,
            "Не задан свой компетентный орган хранилища (init --authority КОД).",
        )
    return check_authority_code(row.value)


def _pkcs8(pair: KeyPair) -> bytes:
    return pair.private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _row(code: str, role: str, pair: KeyPair, source: str, user: str) -> OwnKey:
    above = [cert for cert in pair.chain if cert != pair.certificate]
    return OwnKey(
        authority=code,
        role=role,
        certificate_der=pair.certificate.public_bytes(serialization.Encoding.DER),
        chain_pem=b"".join(certificate_pem(cert) for cert in above).decode("ascii"),
        private_key_der=_pkcs8(pair),
        sha256=fingerprint(pair.certificate),
        not_after=pair.certificate.not_valid_after_utc.replace(tzinfo=None),
        source=source,
        active=True,
        created_at=now_utc(),
        created_by=user,
    )


def _describe(row: OwnKey) -> OwnCertificate:
    cert = x509.load_der_x509_certificate(row.certificate_der)
    return OwnCertificate(row.role, row.sha256, cert.subject.rfc4514_string(), row.not_after)


def _active(session: Session, role: str) -> list[OwnKey]:
    stmt = select(OwnKey).where(OwnKey.role == role, OwnKey.active.is_(True))
    return list(session.scalars(stmt.order_by(OwnKey.id.desc())))


def create_own_keys(vault: Vault) -> list[OwnCertificate]:
    """A new local CA issuing our signing and encryption certificates (administrators)."""
    require(vault.current_roles(), Permission.MANAGE_KEYS)
    with vault.session() as session:
        code = own_authority(session)
        if any(_active(session, role) for role in ROLES):
            raise ExchangeRefused(
                ExchangeReason.KEYS_EXIST,
                "Ключи органа уже созданы; повторное создание заменило бы сертификаты, "
                "известные партнёру.",
            )
        keys = create_authority(code)
        rows = [
            _row(code, "ca", keys.ca, "created", vault.user),
            _row(code, "signing", keys.signing, "created", vault.user),
            _row(code, "encryption", keys.encryption, "created", vault.user),
        ]
        session.add_all(rows)
        session.flush()
        audit.append(
            session,
            vault.user,
            "keys.create",
            details={"authority": code, "certificates": {r.role: r.sha256 for r in rows}},
        )
        return [_describe(row) for row in rows]


def import_pkcs12(vault: Vault, path: Path, password: bytes, role: str) -> OwnCertificate:
    """A signing or encryption key with its certificate from a national PKI."""
    require(vault.current_roles(), Permission.MANAGE_KEYS)
    return import_key_pairs(vault, {role: load_own_pkcs12(path, password, role)})[0]


def import_key_pairs(vault: Vault, pairs: dict[str, KeyPair]) -> list[OwnCertificate]:
    """Checked key pairs (``load_own_pkcs12``) become our active keys in one transaction:
    either every one of them is stored or none (``keys import-p12`` with two files)."""
    require(vault.current_roles(), Permission.MANAGE_KEYS)
    for role, pair in pairs.items():
        check_own_pair(pair, role)  # also when the caller built the pair itself
    with vault.session() as session:
        code = own_authority(session)
        own_cas = [
            x509.load_der_x509_certificate(row.certificate_der) for row in _active(session, "ca")
        ]
        tops: dict[str, x509.Certificate] = {}
        for role, pair in pairs.items():
            holder = authority_code(pair.certificate)
            if holder is not None and holder != code:
                raise ExchangeRefused(
                    ExchangeReason.BAD_CERTIFICATE,
                    f"Сертификат выдан органу {holder}, а не {code}.",
                )
            top = chain_top(pair, own_cas)
            if top is None:
                # Partners trust a CA by its fingerprint (authority trust): without the
                # chain in the file they would have nothing to check our signatures with.
                raise ExchangeRefused(
                    ExchangeReason.BAD_CERTIFICATE,
                    f"В файле ключа {ROLE_NAMES[role]} нет цепочки сертификатов до корневого "
                    "УЦ; выгрузите PKCS#12 вместе с цепочкой (например, openssl pkcs12 "
                    "-export -chain).",
                )
            tops[role] = top
        rows = []
        for role, pair in pairs.items():
            for old in _active(session, role):
                old.active = False  # kept: old encryption keys still open bundles sent to them
            row = _row(code, role, pair, "pkcs12", vault.user)
            session.add(row)
            rows.append(row)
            root = tops[role]
            sha = fingerprint(root)
            if session.scalar(select(OwnKey.id).where(OwnKey.sha256 == sha)) is None:
                for old in _active(session, "ca"):
                    old.active = False
                ca_row = _row(code, "ca", KeyPair(root, pair.private_key, ()), "pkcs12", vault.user)
                ca_row.private_key_der = None  # a national CA's key is not ours
                session.add(ca_row)
            session.flush()
        for row in rows:
            audit.append(
                session,
                vault.user,
                "keys.import",
                details={"authority": code, "role": row.role, "sha256": row.sha256},
            )
        return [_describe(row) for row in rows]


def _pair(row: OwnKey) -> KeyPair:
    cert = x509.load_der_x509_certificate(row.certificate_der)
    above = x509.load_pem_x509_certificates(row.chain_pem.encode()) if row.chain_pem else []
    if row.private_key_der is None:
        raise ExchangeRefused(ExchangeReason.NO_KEYS, "Нет закрытого ключа органа.")
    key = as_private_key(serialization.load_der_private_key(row.private_key_der, None))
    return KeyPair(cert, key, (cert, *above))


def _no_keys() -> ExchangeRefused:
    return ExchangeRefused(
        ExchangeReason.NO_KEYS,
        "Ключи органа не созданы: администратор выполняет «keys init» (или импорт PKCS#12).",
    )


def own_signing(session: Session) -> KeyPair:
    stmt = (
        select(OwnKey)
        .where(OwnKey.role == "signing", OwnKey.active.is_(True))
        .options(undefer(OwnKey.private_key_der))
        .order_by(OwnKey.id.desc())
    )
    row = session.scalars(stmt).first()
    if row is None:
        raise _no_keys()
    return _pair(row)


def own_encryption(session: Session, sha256: str | None = None) -> KeyPair:
    """The encryption key a bundle was sealed to (by fingerprint), else the active one:
    old keys stay so bundles sent before a renewal still open."""
    stmt = (
        select(OwnKey)
        .where(OwnKey.role == "encryption", OwnKey.private_key_der.is_not(None))
        .options(undefer(OwnKey.private_key_der))
        .order_by(OwnKey.active.desc(), OwnKey.id.desc())
    )
    rows = list(session.scalars(stmt))
    if not rows:
        raise _no_keys()
    chosen = next((r for r in rows if r.sha256 == sha256), rows[0])
    return _pair(chosen)


def own_certificates_pem(vault: Vault) -> tuple[bytes, str]:
    """PEM with our CA, encryption and signing certificates (for the partner), and the CA
    fingerprint to put into the signed letter."""
    require(vault.current_roles(), Permission.MANAGE_KEYS)
    with vault.session() as session:
        rows = [row for role in ROLES for row in _active(session, role)[:1]]
        if not rows or rows[0].role != "ca":
            raise _no_keys()
        certs = [x509.load_der_x509_certificate(row.certificate_der) for row in rows]
        audit.append(
            session,
            vault.user,
            "keys.export_cert",
            details={"certificates": [row.sha256 for row in rows]},
        )
        return b"".join(certificate_pem(cert) for cert in certs), rows[0].sha256


def list_own_certificates(vault: Vault) -> list[OwnCertificate]:
    with vault.read_session() as session:
        return [_describe(row) for role in ROLES for row in _active(session, role)]
