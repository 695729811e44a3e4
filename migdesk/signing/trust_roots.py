"""Whose CA certificates a signed PDF is checked against by default: the partners' CAs an
administrator accepted after comparing the fingerprint with the signed letter (exchange
trust store, Art. 9.3), and our own CA, so that our own signed documents verify too; and
the CRLs stored with them, so that a revoked signing certificate is not shown valid."""

from __future__ import annotations

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.models import OwnKey, PartnerCertificate, RevocationList
from migdesk.pki.fingerprints import fingerprint


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def vault_trust_roots(session: Session) -> list[x509.Certificate]:
    """Active partner CAs, our active CA and the CA certificates above our own signing
    certificates (a national PKI's, imported with the PKCS#12 file); no duplicates."""
    found: dict[str, x509.Certificate] = {}

    def add(cert: x509.Certificate) -> None:
        found.setdefault(fingerprint(cert), cert)

    partner = select(PartnerCertificate.certificate_der).where(
        PartnerCertificate.role == "ca", PartnerCertificate.active.is_(True)
    )
    for der in session.scalars(partner.order_by(PartnerCertificate.id)):
        add(x509.load_der_x509_certificate(der))
    own = select(OwnKey).where(OwnKey.active.is_(True)).order_by(OwnKey.id)
    for row in session.scalars(own):
        if row.role == "ca":
            add(x509.load_der_x509_certificate(row.certificate_der))
        if row.chain_pem:
            for cert in x509.load_pem_x509_certificates(row.chain_pem.encode("ascii")):
                if _is_ca(cert):
                    add(cert)
    return list(found.values())


def vault_crls(session: Session) -> list[x509.CertificateRevocationList]:
    """Every CRL an administrator imported (each verified with a trusted CA's key then:
    ``migdesk.exchange.trust.import_crl``); pyhanko-certvalidator checks them again."""
    rows = session.scalars(select(RevocationList.der).order_by(RevocationList.id))
    return [x509.load_der_x509_crl(der) for der in rows]
