"""SHA-256 certificate fingerprints: lowercase hex in files, ``AB:CD:…`` on paper; whether a
stored PEM is the same certificate."""

from __future__ import annotations

import re

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from migdesk.messages import _
from migdesk.pki.errors import PkiError

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 over the DER certificate, as 64 lowercase hex digits."""
    return cert.fingerprint(hashes.SHA256()).hex()


def format_fingerprint(hex_digest: str) -> str:
    """Paper form read aloud or compared with the signed letter: ``AB:CD:…`` (32 pairs)."""
    value = parse_fingerprint(hex_digest)
    return ":".join(value[i : i + 2] for i in range(0, 64, 2)).upper()


def parse_fingerprint(text: str) -> str:
    """Accepts hex with or without colons, spaces or case; returns lowercase hex."""
    value = re.sub(r"[\s:]", "", text).lower()
    if not _HEX64.fullmatch(value):
        raise PkiError(_("Отпечаток SHA-256 должен состоять из 64 шестнадцатеричных цифр."))
    return value


def is_fingerprint(text: str) -> bool:
    return _HEX64.fullmatch(text) is not None


def same_certificate(pem: str | None, cert: x509.Certificate) -> bool:
    """Whether ``pem`` (as stored, possibly missing or damaged) is ``cert``, byte for byte."""
    if not pem:
        return False
    try:
        stored = x509.load_pem_x509_certificate(pem.encode("ascii"))
    except ValueError:
        return False
    der = serialization.Encoding.DER
    return stored.public_bytes(der) == cert.public_bytes(der)
