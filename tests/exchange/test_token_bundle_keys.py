"""Our bundle signing key on a real SoftHSM2 token (``keys use-pkcs11``): the token signs
the label and the manifest, the partner's MigDesk imports the bundle, openssl verifies the
label against our CA, and every refusal (no PIN, wrong PIN, another token's key, a
certificate unfit for signing or without a chain) leaves the keys, the stick and the audit
trail as they were."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509

from migdesk.errors import InvalidInput, PermissionDenied
from migdesk.exchange import ExchangeReason, ExchangeRefused, export_bundle, import_bundle
from migdesk.exchange.keys import list_own_certificates, signing_token, use_token_signing
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.pki import create_authority, fingerprint
from migdesk.pki.authority import issue_encryption_certificate
from migdesk.pki.files import save_certificates_pem
from migdesk.pki.keys import KeyAlgorithm
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station, audit_head, own_ca, token_key
from tests.signing.softhsm import SoftToken, make_token, module_path, put_key
from tests.support import files

PIN = "3579"


@pytest.fixture
def token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SoftToken:
    return make_token(tmp_path, "Токен органа", PIN, monkeypatch)


@pytest.mark.parametrize(
    ("algorithm", "chain"),
    [(KeyAlgorithm.EC_P256, False), (KeyAlgorithm.RSA_3072, True)],
    ids=["ec-p256-ca-from-vault", "rsa-3072-ca-on-token"],
)
def test_bundle_signed_on_the_token_is_imported_by_the_partner(
    kz: Station, am: Station, token: SoftToken, tmp_path: Path, algorithm: KeyAlgorithm, chain: bool
) -> None:
    with kz.open() as vault:
        pair = token_key(vault, token, algorithm, chain=chain)
        ca_pem = tmp_path / "kz-ca.pem"
        save_certificates_pem(ca_pem, [own_ca(vault).certificate])
        before = {c.role: c.sha256 for c in list_own_certificates(vault)}
        added = use_token_signing(vault, module_path(), token.label, PIN.encode())
        assert added.role == "signing" and added.sha256 == fingerprint(pair.certificate)
        after = {c.role: c.sha256 for c in list_own_certificates(vault)}
        # Only the signing key changed; the CA partners trust and our encryption key stay.
        assert after == {**before, "signing": fingerprint(pair.certificate)}
        located = signing_token(vault)
        assert located is not None and located.token_label == token.label
        assert located.certificate == pair.certificate
        stored = vault.raw_execute(
            "SELECT source, private_key_der IS NULL FROM exchange_own_keys "
            "WHERE role = 'signing' AND active = 1"
        )
        assert [tuple(r) for r in stored] == [("pkcs11", 1)]  # the key is not in the vault

        pid = PersonService(vault).add(sample_person()).id
        result = export_bundle(
            vault, AM, files.stick(tmp_path), persons=[pid], token_pin=PIN.encode()
        )
    assert result.ok and result.path is not None, result.message

    proc = subprocess.run(
        [
            "openssl", "cms", "-verify", "-binary", "-inform", "DER",
            "-in", "label.p7s", "-content", "label.json",
            "-CAfile", str(ca_pem), "-purpose", "any", "-out", "/dev/null",
            "-certsout", str(tmp_path / "signers.pem"),
        ],
        cwd=result.path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert pair.certificate in x509.load_pem_x509_certificates(
        (tmp_path / "signers.pem").read_bytes()
    )

    with am.open() as vault:
        imported = import_bundle(vault, result.path)
        assert imported.status == "imported", imported.message
        assert PersonService(vault).get(pid)["surname_ru"] == sample_person()["surname_ru"]


def _nothing_happened(vault: Vault, stick: Path, head: tuple[int, str]) -> None:
    assert list(stick.iterdir()) == []
    assert audit_head(vault) == head


def test_export_refusals_write_nothing(
    kz: Station,
    token: SoftToken,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = files.stick(tmp_path)
    with kz.open() as vault:
        token_key(vault, token, KeyAlgorithm.EC_P256, chain=False)
        use_token_signing(vault, module_path(), token.label, PIN.encode())
        pid = PersonService(vault).add(sample_person()).id
        head = audit_head(vault)

        with pytest.raises(ExchangeRefused) as no_pin:
            export_bundle(vault, AM, stick, persons=[pid])
        assert no_pin.value.reason is ExchangeReason.PIN_REQUIRED
        assert "Токен органа" in str(no_pin.value)
        _nothing_happened(vault, stick, head)

        with pytest.raises(InvalidInput, match="Неверный ПИН-код"):
            export_bundle(vault, AM, stick, persons=[pid], token_pin=b"0000")
        _nothing_happened(vault, stick, head)

        # Another token under the same label, with a key our partners never saw.
        (tmp_path / "other").mkdir()
        other = make_token(tmp_path / "other", token.label, PIN, monkeypatch)
        put_key(other, create_authority("KZ-MVD").signing, "bundle-signer", b"\x07")
        with pytest.raises(ExchangeRefused) as wrong:
            export_bundle(vault, AM, stick, persons=[pid], token_pin=PIN.encode())
        assert wrong.value.reason is ExchangeReason.WRONG_TOKEN
        assert "Подключите токен органа" in str(wrong.value)
        _nothing_happened(vault, stick, head)


def test_unfit_token_keys_are_refused_and_keys_stay(
    kz: Station, token: SoftToken, tmp_path: Path
) -> None:
    with kz.open() as vault:
        keys_before = list_own_certificates(vault)
        head = audit_head(vault)
        ca = own_ca(vault)
        put_key(token, issue_encryption_certificate(ca), "enc", b"\x01")
        stranger = create_authority("KZ-MVD")  # a CA our vault does not know, not on the token
        put_key(token, stranger.signing, "stranger", b"\x02")
        refusals = [
            ("enc", "не предназначен для подписи"),
            ("stranger", "нет цепочки сертификатов"),
            ("absent", "нет ключа подписи с меткой «absent»"),
        ]
        for label, message in refusals:
            with pytest.raises((ExchangeRefused, InvalidInput), match=message):
                use_token_signing(vault, module_path(), token.label, PIN.encode(), label)
        with pytest.raises(InvalidInput, match="несколько ключей подписи"):
            use_token_signing(vault, module_path(), token.label, PIN.encode())
        with pytest.raises(InvalidInput, match="Неверный ПИН-код"):
            use_token_signing(vault, module_path(), token.label, b"1111", "stranger")
        assert list_own_certificates(vault) == keys_before
        assert audit_head(vault) == head
        assert signing_token(vault) is None

        UserService(vault).add("clerk", "officer", "front desk pass 2")
    clerk = Vault.open(kz.path, "clerk", "front desk pass 2")
    try:
        with pytest.raises(PermissionDenied):
            use_token_signing(clerk, module_path(), token.label, PIN.encode(), "stranger")
    finally:
        clerk.close()


def test_cli_use_pkcs11_then_export_with_a_pin_file(
    kz: Station, token: SoftToken, tmp_path: Path
) -> None:
    with kz.open() as vault:
        pair = token_key(vault, token, KeyAlgorithm.EC_P256, chain=True)
        pid = PersonService(vault).add(sample_person()).id
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text(PIN + "\n", encoding="utf-8")
    cli = kz.cli()
    args = ("--library", str(module_path()), "--token-label", token.label)

    used = cli("keys", "use-pkcs11", *args, "--pin-file", str(pin_file), "--json")
    assert used.code == 0, used.stderr
    answer = used.json()
    assert answer["token_label"] == token.label
    assert answer["imported"][0]["sha256"] == fingerprint(pair.certificate)
    shown = cli("keys", "show", "--json")
    signing = next(c for c in shown.json() if c["role"] == "signing")
    assert signing["source"] == "pkcs11" and signing["token_label"] == token.label
    assert f"ключ на токене «{token.label}»" in cli("keys", "show").stdout
    assert PIN not in used.stdout + used.stderr

    stick = files.stick(tmp_path)
    export = ("bundle", "export", "--to", AM, "--out", str(stick), "--person", pid, "--json")
    no_pin = cli(*export)  # no terminal to ask on, no file: refused before anything is written
    assert no_pin.code == 1 and "ПИН-код токена" in no_pin.stderr, no_pin.stderr
    assert list(stick.iterdir()) == []

    done = cli(*export, "--pin-file", str(pin_file))
    assert done.code == 0, done.stderr
    assert set(done.json()) >= {"path", "sequence", "sha256"}
    assert done.json()["sequence"] == 1


def test_the_attribute_a_token_signer_adds_is_known_once_bundles_are_loaded() -> None:
    """pyHanko's signer adds signing-certificate-v2; asn1crypto knows its name only once
    ``asn1crypto.tsp`` is loaded and caches its name table when a CMS is first handled. In a
    fresh process (as the app starts) a bundle verified before a token signs must not leave
    the name unknown: ``migdesk.bundles.cms`` registers it when it is loaded."""
    script = (
        "from migdesk.bundles.cms import sign_detached, verify_detached\n"
        "from migdesk.pki import create_authority\n"
        "from asn1crypto import cms\n"
        "keys = create_authority('KZ-MVD')\n"
        "verify_detached(sign_detached(b'x', keys.signing), b'x')\n"
        "print(cms.CMSAttributeType('signing_certificate_v2').dotted)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "1.2.840.113549.1.9.16.2.47"
