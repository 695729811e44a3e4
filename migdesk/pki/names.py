"""Authority codes and where they live in certificates.

An authority code (``KZ-MVD``, ``AM-MIGRATION``) is written to the subject as
organizationIdentifier (2.5.4.97), the attribute X.520 defines for exactly this, so that
openssl shows it and a partner PKI can set it too.
"""

from __future__ import annotations

import re

from cryptography import x509
from cryptography.x509.oid import NameOID

from migdesk.messages import _
from migdesk.pki.errors import PkiError

_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]+(?:-[A-Z0-9]+)*$")
MAX_CODE_LENGTH = 40


def is_authority_code(code: str) -> bool:
    return len(code) <= MAX_CODE_LENGTH and _CODE.fullmatch(code) is not None


def check_authority_code(code: str) -> str:
    if not is_authority_code(code):
        raise PkiError(
            _(
                "Неверный код органа «{code}»: ожидается вид KZ-MVD (страна, дефис, латиница)."
            ).format(code=code)
        )
    return code


def subject_name(code: str, role: str) -> x509.Name:
    """``C=<country>, organizationIdentifier=<code>, CN=MigDesk <code> <role>``."""
    check_authority_code(code)
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, code[:2]),
            x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, code),
            x509.NameAttribute(NameOID.COMMON_NAME, f"MigDesk {code} {role}"),
        ]
    )


def authority_code(cert: x509.Certificate) -> str | None:
    """The code in the subject, or None when the certificate carries none (or a bad one)."""
    values = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_IDENTIFIER)
    if len(values) != 1:
        return None
    value = values[0].value
    code = value if isinstance(value, str) else value.decode("utf-8", "replace")
    return code if is_authority_code(code) else None


def display_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if names:
        value = names[0].value
        return value if isinstance(value, str) else value.decode("utf-8", "replace")
    return cert.subject.rfc4514_string()
