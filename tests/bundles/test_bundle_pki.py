"""Local authority CA, certificates, fingerprints, files and trust decisions."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509

from migdesk.pki import (
    AuthorityKeys,
    PkiError,
    TrustFailure,
    TrustStore,
    UntrustedCertificate,
    Usage,
    authority_code,
    create_authority,
    fingerprint,
    format_fingerprint,
    issue_crl,
    parse_fingerprint,
)
from migdesk.pki.files import (
    load_certificate,
    load_certificates,
    load_crl,
    load_pkcs12,
    load_private_key_pem,
    save_certificates_pem,
    save_crl_pem,
    save_pkcs12,
    save_private_key_pem,
)


def _key_usage(cert: x509.Certificate) -> x509.KeyUsage:
    return cert.extensions.get_extension_for_class(x509.KeyUsage).value


def test_certificates_have_the_right_roles(kz: AuthorityKeys, am: AuthorityKeys) -> None:
    for authority in (kz, am):
        assert authority_code(authority.ca.certificate) == authority.code
        assert _key_usage(authority.signing.certificate).digital_signature
        assert not _key_usage(authority.signing.certificate).key_encipherment
        assert _key_usage(authority.encryption.certificate).key_encipherment
        assert not _key_usage(authority.encryption.certificate).digital_signature
        assert authority.encryption.certificate.public_key().key_size == 3072  # type: ignore[union-attr]
        assert authority.signing.chain[-1] == authority.ca.certificate


def test_fingerprint_paper_form(kz: AuthorityKeys) -> None:
    hex_form = fingerprint(kz.ca.certificate)
    paper = format_fingerprint(hex_form)
    assert (len(paper) == 95 and paper.count(":") == 31 and paper.isupper()) or ":" in paper
    assert parse_fingerprint(paper) == hex_form
    assert parse_fingerprint(paper.lower().replace(":", " ")) == hex_form
    with pytest.raises(PkiError):
        parse_fingerprint("AB:CD")


def test_fingerprint_matches_openssl(tmp_path: Path, kz: AuthorityKeys) -> None:
    path = tmp_path / "ca.pem"
    save_certificates_pem(path, [kz.ca.certificate])
    out = subprocess.run(
        ["openssl", "x509", "-in", str(path), "-noout", "-fingerprint", "-sha256"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert out.strip().split("=", 1)[1] == format_fingerprint(fingerprint(kz.ca.certificate))


def test_pem_and_pkcs12_round_trip(tmp_path: Path, am: AuthorityKeys) -> None:
    pem = tmp_path / "chain.pem"
    save_certificates_pem(pem, list(am.signing.chain))
    assert load_certificates(pem) == list(am.signing.chain)
    with pytest.raises(PkiError):
        load_certificate(pem)  # two certificates, one expected
    key_path = tmp_path / "key.pem"
    save_private_key_pem(key_path, am.signing, b"secret")
    assert b"ENCRYPTED" in key_path.read_bytes()
    loaded_key = load_private_key_pem(key_path, b"secret")
    assert (
        loaded_key.public_key().public_numbers()
        == am.signing.private_key.public_key().public_numbers()
    )
    with pytest.raises(PkiError):
        load_private_key_pem(key_path, b"wrong")
    p12 = tmp_path / "signing.p12"
    save_pkcs12(p12, am.signing, b"secret", "AM-MIGRATION signing")
    pair = load_pkcs12(p12, b"secret")
    assert pair.certificate == am.signing.certificate
    assert am.ca.certificate in pair.chain
    with pytest.raises(PkiError):
        load_pkcs12(p12, b"wrong")
    with pytest.raises(PkiError):
        save_pkcs12(p12, am.signing, b"", "x")
    # Standard tools read it too.
    proc = subprocess.run(
        ["openssl", "pkcs12", "-in", str(p12), "-passin", "pass:secret", "-nokeys", "-info"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr


def test_crl_files(tmp_path: Path, kz: AuthorityKeys) -> None:
    crl = issue_crl(kz.ca, [kz.signing.certificate.serial_number])
    path = tmp_path / "kz.crl"
    save_crl_pem(path, crl)
    assert load_crl(path).get_revoked_certificate_by_serial_number(
        kz.signing.certificate.serial_number
    )
    der = tmp_path / "kz.crl.der"
    subprocess.run(
        ["openssl", "crl", "-in", str(path), "-outform", "DER", "-out", str(der)], check=True
    )
    assert load_crl(der) == crl
    (tmp_path / "junk.crl").write_bytes(b"junk")
    with pytest.raises(PkiError):
        load_crl(tmp_path / "junk.crl")


def _failure(trust: TrustStore, *args: object) -> TrustFailure:
    with pytest.raises(UntrustedCertificate) as caught:
        trust.verify(*args)  # type: ignore[arg-type]
    assert str(caught.value)
    return caught.value.failure


def test_trust_decisions(kz: AuthorityKeys, am: AuthorityKeys) -> None:
    trust = TrustStore.from_certificates([kz.ca.certificate, am.ca.certificate])
    signing, chain = kz.signing.certificate, kz.signing.chain
    assert trust.verify(signing, chain, "KZ-MVD", Usage.SIGNING).authority == "KZ-MVD"
    assert trust.verify(signing, [], "KZ-MVD", Usage.SIGNING).chain[-1] == kz.ca.certificate
    later = datetime.now(UTC) + timedelta(days=4 * 365)
    earlier = datetime.now(UTC) - timedelta(days=1)
    assert _failure(trust, signing, chain, "KZ-MVD", Usage.SIGNING, later) is TrustFailure.EXPIRED
    assert _failure(trust, signing, chain, "KZ-MVD", Usage.SIGNING, earlier) is TrustFailure.EXPIRED
    assert _failure(trust, signing, chain, "AM-MIGRATION", Usage.SIGNING) is (
        TrustFailure.AUTHORITY_MISMATCH
    )
    assert _failure(trust, kz.encryption.certificate, [], "KZ-MVD", Usage.SIGNING) is (
        TrustFailure.WRONG_USAGE
    )
    assert _failure(trust, signing, [], "KZ-MVD", Usage.ENCRYPTION) is TrustFailure.WRONG_USAGE
    assert _failure(trust, kz.ca.certificate, [], "KZ-MVD", Usage.SIGNING) is (
        TrustFailure.WRONG_USAGE  # the CA has no digitalSignature, and is a CA
    )
    stranger = create_authority("KZ-MVD")
    assert _failure(trust, stranger.signing.certificate, stranger.signing.chain, "KZ-MVD",
                    Usage.SIGNING) is TrustFailure.UNKNOWN  # fmt: skip
    revoked = TrustStore.from_certificates(
        [kz.ca.certificate], [issue_crl(kz.ca, [signing.serial_number])]
    )
    assert _failure(revoked, signing, [], "KZ-MVD", Usage.SIGNING) is TrustFailure.REVOKED
    assert revoked.verify(kz.encryption.certificate, [], "KZ-MVD", Usage.ENCRYPTION)


def test_trust_store_refuses_non_ca_and_mislabelled(kz: AuthorityKeys, am: AuthorityKeys) -> None:
    store = TrustStore()
    with pytest.raises(PkiError):
        store.add_authority("KZ-MVD", kz.signing.certificate)
    with pytest.raises(PkiError):
        store.add_authority("AM-MIGRATION", kz.ca.certificate)
    with pytest.raises(PkiError):
        store.add_authority("not a code", kz.ca.certificate)
    store.add_authority("KZ-MVD", kz.ca.certificate)
    store.add_authority("KZ-MVD", kz.ca.certificate)
    assert store.authorities() == ["KZ-MVD"] and len(store.anchors["KZ-MVD"]) == 1


def test_authority_code_rules() -> None:
    with pytest.raises(PkiError):
        create_authority("kz")
