"""Why a certificate or key is refused; each error carries a Russian message for the user."""

from __future__ import annotations

from enum import Enum

from migdesk.errors import MigDeskError


class PkiError(MigDeskError):
    """A key, certificate or CRL file cannot be created, read or used."""


class TrustFailure(Enum):
    """Why a certificate chain is not accepted (stable names for the GUI and tests)."""

    UNKNOWN = "unknown"
    EXPIRED = "expired"
    REVOKED = "revoked"
    WRONG_USAGE = "wrong_usage"
    AUTHORITY_MISMATCH = "authority_mismatch"


class UntrustedCertificate(PkiError):
    def __init__(self, failure: TrustFailure, message: str) -> None:
        super().__init__(message)
        self.failure = failure
