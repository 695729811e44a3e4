"""Keys and certificates of the authorities: a local CA, signing and encryption certificates,
fingerprints, PEM/PKCS#12/CRL files, and trust in partner authorities."""

from migdesk.pki.authority import (
    AuthorityKeys,
    create_authority,
    create_ca,
    issue_crl,
    issue_encryption_certificate,
    issue_signing_certificate,
)
from migdesk.pki.errors import PkiError, TrustFailure, UntrustedCertificate
from migdesk.pki.fingerprints import fingerprint, format_fingerprint, parse_fingerprint
from migdesk.pki.keys import KeyAlgorithm, KeyPair, PrivateKey, PublicKey
from migdesk.pki.names import authority_code, display_name, is_authority_code
from migdesk.pki.trust import TrustStore, Usage, VerifiedCertificate

__all__ = [
    "AuthorityKeys",
    "KeyAlgorithm",
    "KeyPair",
    "PkiError",
    "PrivateKey",
    "PublicKey",
    "TrustFailure",
    "TrustStore",
    "UntrustedCertificate",
    "Usage",
    "VerifiedCertificate",
    "authority_code",
    "create_authority",
    "create_ca",
    "display_name",
    "fingerprint",
    "format_fingerprint",
    "is_authority_code",
    "issue_crl",
    "issue_encryption_certificate",
    "issue_signing_certificate",
    "parse_fingerprint",
]
