"""Reading and writing certificates, keys and CRLs (PEM, DER, PKCS#12).

Private keys never touch disk unencrypted: PEM keys use the best available encryption,
PKCS#12 uses PBES2 with AES-256-CBC and an HMAC-SHA-256 MAC (what current OpenSSL and
Windows read). Files are written atomically and owner-only (umask of the process).
"""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from migdesk import safe_files
from migdesk.atomic import write_atomic
from migdesk.messages import _
from migdesk.pki.errors import PkiError
from migdesk.pki.keys import KeyPair, PrivateKey, as_private_key

# Certificates, CRLs and PKCS#12 files are small; a bigger file is not one of them.
MAX_FILE_BYTES = 4 * 1024 * 1024
PKCS12_KDF_ROUNDS = 600_000


def _read(path: Path) -> bytes:
    """A regular file only: a FIFO or device offered as a key must not hang the import."""
    try:
        data = safe_files.read_regular(path, MAX_FILE_BYTES)
    except safe_files.NotRegularFile as exc:
        raise PkiError(
            _("Не удалось прочитать ключ или сертификат: {exc}.").format(exc=exc)
        ) from exc
    except OSError as exc:
        raise PkiError(
            _("Не удалось прочитать файл «{path}»: {os_text}.").format(
                path=path, os_text=safe_files.os_text(exc)
            )
        ) from exc
    if len(data) > MAX_FILE_BYTES:
        raise PkiError(
            _("Файл «{path}» слишком велик для сертификата или ключа.").format(path=path)
        )
    return data


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def save_certificates_pem(path: Path, certs: list[x509.Certificate]) -> None:
    write_atomic(path, b"".join(certificate_pem(cert) for cert in certs))


def load_certificates(path: Path) -> list[x509.Certificate]:
    """Every certificate in a PEM file (or the one in a DER file)."""
    data = _read(path)
    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise PkiError(
            _("Файл «{path}» не содержит сертификатов X.509.").format(path=path)
        ) from exc
    return certs


def load_certificate(path: Path) -> x509.Certificate:
    certs = load_certificates(path)
    if len(certs) != 1:
        raise PkiError(
            _("В файле «{path}» ожидался один сертификат, найдено {count}.").format(
                path=path, count=len(certs)
            )
        )
    return certs[0]


def save_private_key_pem(path: Path, pair: KeyPair, password: bytes) -> None:
    if not password:
        raise PkiError(_("Закрытый ключ сохраняется только под паролем."))
    pem = pair.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password),
    )
    write_atomic(path, pem)


def load_private_key_pem(path: Path, password: bytes | None) -> PrivateKey:
    try:
        return as_private_key(serialization.load_pem_private_key(_read(path), password))
    except (ValueError, TypeError) as exc:
        raise PkiError(
            _("Не удалось открыть закрытый ключ «{path}»: неверный пароль?").format(path=path)
        ) from exc


def save_pkcs12(path: Path, pair: KeyPair, password: bytes, friendly_name: str) -> None:
    if not password:
        raise PkiError(_("Файл PKCS#12 сохраняется только под паролем."))
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(PKCS12_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(password)
    )
    extra = [cert for cert in pair.chain if cert != pair.certificate]
    data = pkcs12.serialize_key_and_certificates(
        friendly_name.encode("utf-8"), pair.private_key, pair.certificate, extra or None, encryption
    )
    write_atomic(path, data)


def load_pkcs12(path: Path, password: bytes) -> KeyPair:
    try:
        loaded = pkcs12.load_pkcs12(_read(path), password)
    except ValueError as exc:
        raise PkiError(
            _("Не удалось открыть «{path}»: неверный пароль или повреждённый файл.").format(
                path=path
            )
        ) from exc
    if loaded.key is None or loaded.cert is None:
        raise PkiError(_("В файле «{path}» нет закрытого ключа с сертификатом.").format(path=path))
    cert = loaded.cert.certificate
    chain = (cert, *(extra.certificate for extra in loaded.additional_certs))
    return KeyPair(cert, as_private_key(loaded.key), chain)


def load_crl(path: Path) -> x509.CertificateRevocationList:
    """A CRL in PEM or DER (both travel on sticks)."""
    data = _read(path)
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except ValueError as exc:
        raise PkiError(
            _("Файл «{path}» не является списком отзыва (CRL).").format(path=path)
        ) from exc


def save_crl_pem(path: Path, crl: x509.CertificateRevocationList) -> None:
    write_atomic(path, crl.public_bytes(serialization.Encoding.PEM))
