"""A detached signature checked all the way: CMS, then the signer's chain and authority."""

from __future__ import annotations

from datetime import datetime

from migdesk.bundles.cms import CmsInvalid, CmsSigner, verify_detached
from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.pki.errors import PkiError, TrustFailure, UntrustedCertificate
from migdesk.pki.trust import TrustStore, Usage, VerifiedCertificate

TRUST_REASONS = {
    TrustFailure.UNKNOWN: Reason.UNKNOWN_SIGNER,
    TrustFailure.WRONG_USAGE: Reason.UNKNOWN_SIGNER,
    TrustFailure.EXPIRED: Reason.SIGNER_EXPIRED,
    TrustFailure.REVOKED: Reason.SIGNER_REVOKED,
    TrustFailure.AUTHORITY_MISMATCH: Reason.SIGNER_MISMATCH,
}


def parse_signature(
    signature: bytes, content: bytes, broken: Reason = Reason.SIGNATURE_BROKEN
) -> CmsSigner:
    try:
        return verify_detached(signature, content)
    except CmsInvalid as exc:
        raise BundleRejected(broken) from exc


def trust_signer(
    signer: CmsSigner, trust: TrustStore, authority: str, at: datetime | None = None
) -> VerifiedCertificate:
    try:
        return trust.verify(
            signer.certificate, signer.other_certificates, authority, Usage.SIGNING, at
        )
    except UntrustedCertificate as exc:
        raise BundleRejected(TRUST_REASONS[exc.failure], str(exc)) from exc


def verify_signature(
    signature: bytes,
    content: bytes,
    trust: TrustStore,
    authority: str,
    *,
    at: datetime | None = None,
    broken: Reason = Reason.SIGNATURE_BROKEN,
) -> VerifiedCertificate:
    return trust_signer(parse_signature(signature, content, broken), trust, authority, at)


def embedded_trust(signer: CmsSigner, authority: str) -> TrustStore:
    """A trust store of the self-signed CA certificates the signature carries itself.

    Validating against it only proves the chain is self-consistent (anyone can make one);
    the courier mode reports that as "not verified", never as trusted."""
    store = TrustStore()
    for cert in signer.other_certificates:
        if cert.issuer == cert.subject:
            try:
                store.add_authority(authority, cert)
            except PkiError:
                continue
    return store
