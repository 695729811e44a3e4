"""``keys import-p12``: our signing and encryption keys from a national PKI's PKCS#12 files,
through a real ``migdesk-cli`` process; refusals in Russian leave the keys as they were,
and the next bundle is signed with the imported certificate (checked by openssl)."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from migdesk.pki import KeyPair, create_authority, fingerprint
from migdesk.pki.files import save_certificates_pem, save_pkcs12
from migdesk.pki.keys import PrivateKey
from migdesk.pki.names import subject_name
from tests.conftest import Cli, sample_person

PASSWORD = b"national p12 secret"


def _p12(tmp: Path, name: str, pair: KeyPair) -> Path:
    path = tmp / f"{name}.p12"
    save_pkcs12(path, pair, PASSWORD, name)
    return path


def _leaf(ca: KeyPair, key: PrivateKey, *, sign: bool) -> KeyPair:
    """A certificate of the national CA for ``key``, outside what MigDesk would issue."""
    now = datetime.now(UTC)
    usage = x509.KeyUsage(
        digital_signature=sign,
        content_commitment=False,
        key_encipherment=not sign,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject_name("KZ-MVD", "signing" if sign else "encryption"))
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(ca.private_key, hashes.SHA256())
    )
    return KeyPair(cert, key, (cert, ca.certificate))


def _keys(cli: Cli) -> list[dict[str, str]]:
    shown = cli("keys", "show", "--json")
    assert shown.code == 0, shown.stderr
    result: list[dict[str, str]] = shown.json()
    return result


def _import(cli: Cli, password_file: Path, **files: Path) -> tuple[int, str]:
    args = [arg for role, path in files.items() for arg in (f"--{role}", str(path))]
    done = cli("keys", "import-p12", *args, "--p12-password-file", str(password_file), "--json")
    return done.code, done.stderr


def test_refusals_leave_the_keys_unchanged(cli_vault: Cli, tmp_path: Path) -> None:
    national = create_authority("KZ-MVD")
    password = tmp_path / "p12.txt"
    password.write_text(PASSWORD.decode() + "\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password\n", encoding="utf-8")
    signing = _p12(tmp_path, "signing", national.signing)
    encryption = _p12(tmp_path, "encryption", national.encryption)
    short_rsa = _p12(
        tmp_path, "rsa2048", _leaf(national.ca, rsa.generate_private_key(65537, 2048), sign=True)
    )
    ec_encryption = _p12(
        tmp_path, "ec-enc", _leaf(national.ca, ec.generate_private_key(ec.SECP256R1()), sign=False)
    )
    no_chain = _p12(
        tmp_path, "alone", KeyPair(national.signing.certificate, national.signing.private_key)
    )

    refusals = [
        ((wrong, {"signing": signing}), "неверный пароль"),
        ((password, {"signing": short_rsa}), "RSA-2048 не допускается"),
        ((password, {"encryption": ec_encryption}), "Ключ шифрования ECDSA secp256r1"),
        ((password, {"encryption": signing}), "не предназначен для шифрования"),
        ((password, {"signing": encryption}), "не предназначен для подписи"),
        ((password, {"signing": no_chain}), "нет цепочки сертификатов"),
        # One good file and one bad: nothing of either is stored.
        ((password, {"signing": signing, "encryption": signing}), "для шифрования"),
    ]
    for (secret, files), message in refusals:
        code, stderr = _import(cli_vault, secret, **files)
        assert code == 1 and message in stderr, (files, stderr)
        assert "Traceback" not in stderr and PASSWORD.decode() not in stderr
        assert _keys(cli_vault) == []
    assert cli_vault("keys", "import-p12").code == 2  # neither file named

    clerk_password = tmp_path / "clerk.txt"
    clerk_password.write_text("front desk pass 1\n", encoding="utf-8")
    added = cli_vault(
        "user", "add", "clerk", "--role", "officer", "--password-file", str(clerk_password)
    )
    assert added.code == 0, added.stderr
    denied = cli_vault(
        "keys",
        "import-p12",
        "--signing",
        str(signing),
        "--p12-password-file",
        str(password),
        MIGDESK_USER="clerk",
        MIGDESK_PASSWORD="front desk pass 1",
    )
    assert denied.code == 1 and "administrator" in denied.stderr
    assert _keys(cli_vault) == []


def test_imported_keys_sign_the_next_bundle(cli_vault: Cli, tmp_path: Path) -> None:
    national = create_authority("KZ-MVD")
    national_ca = tmp_path / "national-ca.pem"
    save_certificates_pem(national_ca, [national.ca.certificate])
    password = tmp_path / "p12.txt"
    password.write_text(PASSWORD.decode() + "\n", encoding="utf-8")
    signing = _p12(tmp_path, "signing", national.signing)
    encryption = _p12(tmp_path, "encryption", national.encryption)

    done = cli_vault(
        "keys",
        "import-p12",
        "--signing",
        str(signing),
        "--encryption",
        str(encryption),
        "--p12-password-file",
        str(password),
        "--json",
    )
    assert done.code == 0, done.stderr
    imported = {c["role"]: c["sha256"] for c in done.json()["imported"]}
    assert imported == {
        "signing": fingerprint(national.signing.certificate),
        "encryption": fingerprint(national.encryption.certificate),
    }
    # The national root is now "our CA": the one partners are asked to trust.
    active = {c["role"]: c["sha256"] for c in _keys(cli_vault)}
    assert active == {**imported, "ca": fingerprint(national.ca.certificate)}

    partner = create_authority("AM-MIGRATION")
    partner_pem = tmp_path / "partner.pem"
    save_certificates_pem(
        partner_pem,
        [partner.ca.certificate, partner.encryption.certificate, partner.signing.certificate],
    )
    trusted = cli_vault(
        "authority",
        "trust",
        "AM-MIGRATION",
        str(partner_pem),
        "--fingerprint",
        fingerprint(partner.ca.certificate),
    )
    assert trusted.code == 0, trusted.stderr
    person = cli_vault("person", "add", "-", "--json", stdin=json.dumps(sample_person()))
    assert person.code == 0, person.stderr
    stick = tmp_path / "stick"
    stick.mkdir()
    exported = cli_vault(
        "bundle",
        "export",
        "--to",
        "AM-MIGRATION",
        "--out",
        str(stick),
        "--person",
        person.json()["id"],
        "--json",
    )
    assert exported.code == 0, exported.stderr
    folder = Path(exported.json()["path"])

    inspected = cli_vault("bundle", "inspect", str(folder), "--ca", str(national_ca), "--json")
    assert inspected.code == 0, inspected.stderr
    info = inspected.json()
    assert info["signature"] == "valid" and info["intact"]
    assert info["signer_cert_sha256"] == fingerprint(national.signing.certificate)

    proc = subprocess.run(
        [
            "openssl", "cms", "-verify", "-binary", "-inform", "DER",
            "-in", "label.p7s", "-content", "label.json",
            "-CAfile", str(national_ca), "-purpose", "any", "-out", "/dev/null",
            "-certsout", str(tmp_path / "signers.pem"),
        ],
        cwd=folder, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    embedded = x509.load_pem_x509_certificates((tmp_path / "signers.pem").read_bytes())
    assert national.signing.certificate in embedded
