"""Our own authority keys: a local CA with signing and encryption certificates, or
certificates from a national PKI (PKCS#12), kept inside the encrypted vault; or a signing
key that stays on a PKCS#11 token (``use_token_signing``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from migdesk.bundles.cms import CmsInvalid, verify_detached
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.pkcs12_import import (
    ROLE_NAMES,
    chain_top,
    check_own_certificate,
    check_own_pair,
    load_own_pkcs12,
)
from migdesk.exchange.token_keys import TokenBundleSigner, TokenKey, token_credentials
from migdesk.messages import _
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
    source: str = "created"  # created | pkcs12 | pkcs11
    token_label: str | None = None  # pkcs11: the token the key is on


def own_authority(session: Session) -> str:
    row = session.get(VaultSetting, OWN_AUTHORITY_SETTING)
    if row is None or not row.value:
        raise ExchangeRefused(
            ExchangeReason.NO_OWN_AUTHORITY,
            _("Не задан свой компетентный орган хранилища (init --authority КОД)."),
        )
    return check_authority_code(row.value)


def _pkcs8(pair: KeyPair) -> bytes:
    return pair.private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _row(code: str, role: str, pair: KeyPair, source: str, user: str) -> OwnKey:
    row = _certificate_row(code, role, pair.certificate, pair.chain, source, user)
    row.private_key_der = _pkcs8(pair)
    return row


def _certificate_row(
    code: str,
    role: str,
    certificate: x509.Certificate,
    chain: Sequence[x509.Certificate],
    source: str,
    user: str,
) -> OwnKey:
    above = [cert for cert in chain if cert != certificate]
    return OwnKey(
        authority=code,
        role=role,
        certificate_der=certificate.public_bytes(serialization.Encoding.DER),
        chain_pem=b"".join(certificate_pem(cert) for cert in above).decode("ascii"),
        private_key_der=None,
        sha256=fingerprint(certificate),
        not_after=certificate.not_valid_after_utc.replace(tzinfo=None),
        source=source,
        active=True,
        created_at=now_utc(),
        created_by=user,
    )


def _describe(row: OwnKey) -> OwnCertificate:
    cert = x509.load_der_x509_certificate(row.certificate_der)
    return OwnCertificate(
        row.role,
        row.sha256,
        cert.subject.rfc4514_string(),
        row.not_after,
        row.source,
        row.token_label,
    )


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
                _(
                    "Ключи органа уже созданы; повторное создание заменило бы "
                    "сертификаты, известные партнёру."
                ),
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
    return _store_keys(
        vault,
        {role: (pair.certificate, pair.chain) for role, pair in pairs.items()},
        lambda code, role: _row(code, role, pairs[role], "pkcs12", vault.user),
        "pkcs12",
    )


def use_token_signing(
    vault: Vault, library: Path, token_label: str, pin: bytes, key_label: str | None = None
) -> OwnCertificate:
    """Our signing key becomes the one on a PKCS#11 token (administrators). The token signs
    a probe first: the key must be there, answer to the PIN and match its certificate."""
    require(vault.current_roles(), Permission.MANAGE_KEYS)
    with token_credentials(library, token_label, pin, key_label) as credentials:
        certificate, chain = credentials.certificate, credentials.chain
        check_own_certificate(certificate, "signing")
        probe = os.urandom(32)
        signature = TokenBundleSigner(credentials, token_label).sign_detached(probe)
    try:
        signed_by = verify_detached(signature, probe).certificate
    except CmsInvalid as exc:
        raise ExchangeRefused(
            ExchangeReason.BAD_CERTIFICATE,
            _(
                "Подпись ключом токена «{token_label}» не проверяется его "
                "сертификатом: ключ и сертификат на токене не пара."
            ).format(token_label=token_label),
        ) from exc
    if signed_by != certificate:
        raise ExchangeRefused(
            ExchangeReason.BAD_CERTIFICATE,
            _("Токен «{token_label}» подписал другим сертификатом, чем выбранный.").format(
                token_label=token_label
            ),
        )

    def row(code: str, role: str) -> OwnKey:
        made = _certificate_row(code, role, certificate, chain, "pkcs11", vault.user)
        made.token_library = str(library.resolve())
        made.token_label = token_label
        made.token_key_label = key_label
        return made

    return _store_keys(vault, {"signing": (certificate, chain)}, row, "pkcs11")[0]


def _store_keys(
    vault: Vault,
    certificates: dict[str, tuple[x509.Certificate, Sequence[x509.Certificate]]],
    make_row: Callable[[str, str], OwnKey],
    source: str,
) -> list[OwnCertificate]:
    """New active keys (replacing the active ones of their roles) and, when their chain ends
    in a CA not yet ours, that CA, in one transaction."""
    with vault.session() as session:
        code = own_authority(session)
        own_cas = [
            x509.load_der_x509_certificate(row.certificate_der) for row in _active(session, "ca")
        ]
        tops: dict[str, x509.Certificate] = {}
        for role, (certificate, chain) in certificates.items():
            holder = authority_code(certificate)
            if holder is not None and holder != code:
                raise ExchangeRefused(
                    ExchangeReason.BAD_CERTIFICATE,
                    _("Сертификат выдан органу {holder}, а не {code}.").format(
                        holder=holder, code=code
                    ),
                )
            top = chain_top(certificate, chain, own_cas)
            if top is None:
                # Partners trust a CA by its fingerprint (authority trust): without the
                # chain they would have nothing to check our signatures with.
                raise ExchangeRefused(
                    ExchangeReason.BAD_CERTIFICATE,
                    _(
                        "Для ключа {role} нет цепочки сертификатов до корневого "
                        "УЦ; выгрузите PKCS#12 вместе с цепочкой (например, openssl "
                        "pkcs12 -export -chain) или запишите сертификаты УЦ на токен."
                    ).format(role=ROLE_NAMES[role]),
                )
            tops[role] = top
        rows = []
        for role in certificates:
            for old in _active(session, role):
                old.active = False  # kept: old encryption keys still open bundles sent to them
            row = make_row(code, role)
            session.add(row)
            rows.append(row)
            root = tops[role]
            sha = fingerprint(root)
            if session.scalar(select(OwnKey.id).where(OwnKey.sha256 == sha)) is None:
                for old in _active(session, "ca"):
                    old.active = False
                # A national CA's key is not ours: the certificate only.
                session.add(_certificate_row(code, "ca", root, (), source, vault.user))
            session.flush()
        for row in rows:
            audit.append(
                session,
                vault.user,
                "keys.import",
                details={
                    "authority": code,
                    "role": row.role,
                    "sha256": row.sha256,
                    "source": source,
                },
            )
        return [_describe(row) for row in rows]


def _pair(row: OwnKey) -> KeyPair:
    cert = x509.load_der_x509_certificate(row.certificate_der)
    above = x509.load_pem_x509_certificates(row.chain_pem.encode()) if row.chain_pem else []
    if row.private_key_der is None:
        raise ExchangeRefused(ExchangeReason.NO_KEYS, _("Нет закрытого ключа органа."))
    key = as_private_key(serialization.load_der_private_key(row.private_key_der, None))
    return KeyPair(cert, key, (cert, *above))


def _no_keys() -> ExchangeRefused:
    return ExchangeRefused(
        ExchangeReason.NO_KEYS,
        _("Ключи органа не созданы: администратор выполняет «keys init» (или импорт PKCS#12)."),
    )


def own_signing(session: Session) -> KeyPair | TokenKey:
    """Our active signing key: held in the vault, or where to find it on a token."""
    stmt = (
        select(OwnKey)
        .where(OwnKey.role == "signing", OwnKey.active.is_(True))
        .options(undefer(OwnKey.private_key_der))
        .order_by(OwnKey.id.desc())
    )
    row = session.scalars(stmt).first()
    if row is None:
        raise _no_keys()
    token = _token_key(row)
    return token if token is not None else _pair(row)


def _token_key(row: OwnKey) -> TokenKey | None:
    if row.token_library is None or row.token_label is None:
        return None
    cert = x509.load_der_x509_certificate(row.certificate_der)
    above = x509.load_pem_x509_certificates(row.chain_pem.encode()) if row.chain_pem else []
    return TokenKey(
        Path(row.token_library), row.token_label, row.token_key_label, cert, tuple(above)
    )


def signing_token(vault: Vault) -> TokenKey | None:
    """The token our signing key is on (an export then needs its PIN), else ``None``."""
    with vault.read_session() as session:
        stmt = (
            select(OwnKey)
            .where(OwnKey.role == "signing", OwnKey.active.is_(True))
            .order_by(OwnKey.id.desc())
        )
        row = session.scalars(stmt).first()
        return None if row is None else _token_key(row)


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
