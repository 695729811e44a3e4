"""Detached CMS SignedData: signing with ``cryptography``, verifying with ``asn1crypto``.

``cryptography`` builds CMS signatures but cannot verify them, so verification parses the
SignedData with asn1crypto and does each step of RFC 5652 §5.4/§5.6 itself: exactly one
signer, the content-type attribute is id-data, the message-digest attribute equals the
digest of the content, and the signature verifies over the DER SET OF signed attributes
with the signer certificate's key (cryptography does the maths). Whether that certificate
is trusted is a separate step (``migdesk.pki.trust``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from asn1crypto import cms as asn1_cms  # type: ignore[import-untyped]

# Registers the signing-certificate-v2 attribute that pyHanko's signers add (a token signing
# a bundle). asn1crypto caches its name table on first use, so the registration must come
# before any CMS is parsed here, or a later token signature fails to encode.
from asn1crypto import tsp as _registers_attributes  # noqa: F401
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7

from migdesk.pki.keys import KeyPair

MAX_SIGNATURE_BYTES = 64 * 1024

_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


class CmsInvalid(ValueError):
    """The signature does not verify or is not a well-formed detached SignedData."""


@dataclass(frozen=True)
class CmsSigner:
    certificate: x509.Certificate
    other_certificates: tuple[x509.Certificate, ...]
    signing_time: datetime | None


class ExternalSigner(Protocol):
    """A key that never leaves its device (a PKCS#11 token): the device's own signer builds
    the SignedData. It must meet what ``verify_detached`` demands (detached id-data, one
    signer, content-type and message-digest attributes) and carry the chain."""

    @property
    def certificate(self) -> x509.Certificate: ...

    def sign_detached(self, content: bytes) -> bytes: ...


BundleSigner = KeyPair | ExternalSigner


def sign_detached(content: bytes, signer: BundleSigner) -> bytes:
    """DER detached SignedData over ``content``, carrying the signer's certificate chain.

    RSA keys held here sign with RSASSA-PSS (SHA-256, MGF1-SHA-256, salt = digest length)."""
    if not isinstance(signer, KeyPair):
        return signer.sign_detached(content)
    rsa_padding = None
    if isinstance(signer.private_key, rsa.RSAPrivateKey):
        rsa_padding = padding.PSS(
            mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH
        )
    builder = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(content)
        .add_signer(
            signer.certificate, signer.private_key, hashes.SHA256(), rsa_padding=rsa_padding
        )
    )
    for cert in signer.chain:
        if cert != signer.certificate:
            builder = builder.add_certificate(cert)
    return builder.sign(
        serialization.Encoding.DER,
        [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary],
    )


def verify_detached(signature: bytes, content: bytes) -> CmsSigner:
    """The signer of ``content``; CmsInvalid for any defect, whatever the parser raises."""
    if len(signature) > MAX_SIGNATURE_BYTES:
        raise CmsInvalid("signature too large")
    try:
        return _verify(signature, content)
    except CmsInvalid:
        raise
    except Exception as exc:
        raise CmsInvalid(f"malformed CMS ({type(exc).__name__})") from exc


def _verify(signature: bytes, content: bytes) -> CmsSigner:
    info = asn1_cms.ContentInfo.load(signature, strict=True)
    if info["content_type"].native != "signed_data":
        raise CmsInvalid("not SignedData")
    signed = info["content"]
    encap = signed["encap_content_info"]
    if encap["content_type"].native != "data" or encap["content"].native is not None:
        raise CmsInvalid("content must be detached id-data")
    signer_infos = signed["signer_infos"]
    if len(signer_infos) != 1:
        raise CmsInvalid("exactly one signer expected")
    signer_info = signer_infos[0]
    certs = [
        _load_certificate(choice.chosen.dump())
        for choice in signed["certificates"]
        if choice.name == "certificate"
    ]
    cert = _find_signer(signer_info["sid"], certs)
    digest_name = signer_info["digest_algorithm"]["algorithm"].native
    if digest_name not in _HASHES:
        raise CmsInvalid(f"digest {digest_name} not accepted")
    signing_time = _check_attributes(signer_info["signed_attrs"], content, digest_name)
    # The signature covers the attributes as a DER SET OF (tag 0x31), not as the [0] IMPLICIT
    # field they are stored in; the stored bytes are kept verbatim, only the tag changes.
    stored = signer_info["signed_attrs"].dump()
    if not stored or stored[0] != 0xA0:
        raise CmsInvalid("signed attributes missing")
    _check_signature(
        cert,
        signer_info["signature_algorithm"],
        _HASHES[digest_name](),
        signer_info["signature"].native,
        b"\x31" + stored[1:],
    )
    others = tuple(other for other in certs if other != cert)
    return CmsSigner(cert, others, signing_time)


def _load_certificate(der: bytes) -> x509.Certificate:
    """A certificate whose fields all parse now: cryptography parses lazily, and a damaged
    name or extension must fail here, as a broken signature, not later in the trust check."""
    cert = x509.load_der_x509_certificate(der)
    _ = (cert.subject, cert.issuer, cert.extensions, cert.not_valid_after_utc)
    cert.public_key()
    return cert


def _find_signer(sid: Any, certs: list[x509.Certificate]) -> x509.Certificate:
    if sid.name == "issuer_and_serial_number":
        issuer = sid.chosen["issuer"].dump()
        serial = sid.chosen["serial_number"].native
        for cert in certs:
            if cert.serial_number == serial and cert.issuer.public_bytes() == issuer:
                return cert
    elif sid.name == "subject_key_identifier":
        wanted = sid.chosen.native
        for cert in certs:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
            except x509.ExtensionNotFound:
                continue
            if ski.value.digest == wanted:
                return cert
    raise CmsInvalid("signer certificate not included")


def _check_attributes(attrs: Any, content: bytes, digest_name: str) -> datetime | None:
    if attrs.native is None:
        raise CmsInvalid("signed attributes missing")
    seen: dict[str, Any] = {}
    for attr in attrs:
        kind = attr["type"].dotted
        values = attr["values"]
        if kind in seen or len(values) != 1:
            raise CmsInvalid("duplicate or multi-valued signed attribute")
        seen[kind] = values[0]
    content_type = seen.get("1.2.840.113549.1.9.3")
    digest = seen.get("1.2.840.113549.1.9.4")
    if content_type is None or content_type.native != "data":
        raise CmsInvalid("content-type attribute must be id-data")
    if digest is None or digest.native != hashlib.new(digest_name, content).digest():
        raise CmsInvalid("message digest does not match the content")
    signing_time = seen.get("1.2.840.113549.1.9.5")
    if signing_time is None:
        return None
    value = signing_time.native
    return value if isinstance(value, datetime) else None


def _check_signature(
    cert: x509.Certificate,
    algorithm: Any,
    digest: hashes.HashAlgorithm,
    signature: bytes,
    data: bytes,
) -> None:
    key = cert.public_key()
    scheme = algorithm.signature_algo
    try:
        if scheme == "ecdsa" and isinstance(key, ec.EllipticCurvePublicKey):
            _same_hash(algorithm, digest)
            key.verify(signature, data, ec.ECDSA(digest))
        elif scheme == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPublicKey):
            _same_hash(algorithm, digest)
            key.verify(signature, data, padding.PKCS1v15(), digest)
        elif scheme == "rsassa_pss" and isinstance(key, rsa.RSAPublicKey):
            params = algorithm["parameters"]
            pss_hash = _HASHES[params["hash_algorithm"]["algorithm"].native]()
            mgf = params["mask_gen_algorithm"]
            if mgf["algorithm"].native != "mgf1":
                raise CmsInvalid("only MGF1 is accepted")
            mgf_hash = _HASHES[mgf["parameters"]["algorithm"].native]()
            salt = int(params["salt_length"].native)
            key.verify(signature, data, padding.PSS(padding.MGF1(mgf_hash), salt), pss_hash)
        else:
            raise CmsInvalid(f"signature scheme {scheme} does not match the key")
    except InvalidSignature as exc:
        raise CmsInvalid("signature does not verify") from exc


def _same_hash(algorithm: Any, digest: hashes.HashAlgorithm) -> None:
    """``sha256WithRSA``-style identifiers name a hash; it must be the digest algorithm's."""
    try:
        named = algorithm.hash_algo
    except ValueError:
        return  # plain rsaEncryption / id-ecPublicKey: the digest algorithm decides
    if named != digest.name:
        raise CmsInvalid("signature and digest algorithms disagree")
