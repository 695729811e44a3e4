"""Own keys and partner trust: ``keys init`` once, certificates accepted only with the CA
fingerprint from the letter, expired or revoked certificates refused, the ``authority``
sub-commands usable from the group another module owns."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509

from migdesk.cli.context import Context, common_options
from migdesk.cli.keys_cmds import register_authority_trust
from migdesk.exchange import (
    ExchangeReason,
    ExchangeRefused,
    import_crl,
    import_pkcs12,
    trust_partner,
)
from migdesk.exchange.keys import own_signing
from migdesk.pki import create_authority, fingerprint, issue_crl
from migdesk.pki.files import save_certificates_pem, save_crl_pem, save_pkcs12
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, Cli
from tests.exchange.exchange_world import Station, audit_head, state


def test_keys_init_once_via_cli(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "v" / "test.vault")
    assert cli("init", "--authority", "KZ-MVD").code == 0
    made = cli("keys", "init", "--json")
    assert made.code == 0, made.stderr
    roles = [c["role"] for c in made.json()["certificates"]]
    assert roles == ["ca", "signing", "encryption"]
    again = cli("keys", "init")
    assert again.code == 1 and "уже созданы" in again.stderr
    shown = cli("keys", "show", "--json")
    assert [c["sha256"] for c in shown.json()] == [c["sha256"] for c in made.json()["certificates"]]


def _partner_pem(tmp_path: Path, code: str, *, now: datetime | None = None) -> tuple[Path, str]:
    keys = create_authority(code, now=now)
    path = tmp_path / f"{code}.pem"
    save_certificates_pem(
        path, [keys.ca.certificate, keys.encryption.certificate, keys.signing.certificate]
    )
    return path, fingerprint(keys.ca.certificate)


def _trust(station: Station, code: str, path: Path, fp: str) -> None:
    with station.open() as vault:
        trust_partner(vault, code, x509.load_pem_x509_certificates(path.read_bytes()), fp)


def test_fingerprint_must_match_the_letter(kz: Station, tmp_path: Path) -> None:
    path, real = _partner_pem(tmp_path, "AM-POLICE")
    wrong = ("0" if real[0] != "0" else "1") + real[1:]
    with kz.open() as vault:
        before, head = state(vault), audit_head(vault)
        certs = x509.load_pem_x509_certificates(path.read_bytes())
        with pytest.raises(ExchangeRefused) as refused:
            trust_partner(vault, "AM-POLICE", certs, wrong)
        assert refused.value.reason is ExchangeReason.FINGERPRINT_MISMATCH
        assert real not in str(refused.value)  # the file's own value is never suggested
        assert state(vault) == before and audit_head(vault) == head
        added = trust_partner(vault, "AM-POLICE", certs, real.upper()).added
        assert [role for role, _ in added] == ["ca", "encryption", "signing"]
        assert trust_partner(vault, "AM-POLICE", certs, real).added == []


def test_expired_partner_certificates_are_refused(kz: Station, tmp_path: Path) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=4 * 365)
    path, fp = _partner_pem(tmp_path, "AM-POLICE", now=long_ago)
    with pytest.raises(ExchangeRefused) as refused:
        _trust(kz, "AM-POLICE", path, fp)
    assert refused.value.reason is ExchangeReason.NOT_TRUSTED
    assert "истёк" in str(refused.value)


def test_revoked_partner_certificate_is_refused(kz: Station, tmp_path: Path) -> None:
    keys = create_authority("AM-POLICE")
    ca_only = tmp_path / "ca.pem"
    save_certificates_pem(ca_only, [keys.ca.certificate])
    fp = fingerprint(keys.ca.certificate)
    _trust(kz, "AM-POLICE", ca_only, fp)
    with kz.open() as vault:
        assert import_crl(vault, issue_crl(keys.ca, [keys.encryption.certificate.serial_number]))
        stranger = create_authority("AM-POLICE")
        with pytest.raises(ExchangeRefused):
            import_crl(vault, issue_crl(stranger.ca, []))  # not signed by a trusted CA
    leaf = tmp_path / "enc.pem"
    save_certificates_pem(leaf, [keys.encryption.certificate])
    with pytest.raises(ExchangeRefused) as refused:
        _trust(kz, "AM-POLICE", leaf, fp)  # the CA is known: the letter's value still counts
    assert "отозван" in str(refused.value)


def test_authority_subcommands_plug_into_another_group(
    kz: Station, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    common = common_options()
    parser = argparse.ArgumentParser(parents=[common])
    commands = parser.add_subparsers(dest="command", required=True)
    authority = commands.add_parser("authority", parents=[common])
    register_authority_trust(authority.add_subparsers(dest="sub", required=True), common)
    monkeypatch.setenv("MIGDESK_VAULT", str(kz.path))
    monkeypatch.setenv("MIGDESK_USER", ADMIN)
    monkeypatch.setenv("MIGDESK_PASSWORD", PASSWORD)

    def run(*argv: str) -> int:
        ctx = Context(parser.parse_args(argv))
        try:
            code: int = ctx.args.handler(ctx)
            return code
        finally:
            ctx.close()

    out = tmp_path / "kz.pem"
    assert run("authority", "export-cert", "--out", str(out)) == 0
    certs = x509.load_pem_x509_certificates(out.read_bytes())
    assert len(certs) == 3
    path, fp = _partner_pem(tmp_path, "AM-POLICE")
    assert run("authority", "trust", "AM-POLICE", str(path), "--fingerprint", fp) == 0
    with Vault.open(kz.path, ADMIN, PASSWORD) as vault:
        rows = vault.raw_execute(
            "SELECT role, confirmed_sha256, confirmed_by FROM exchange_partner_certs "
            "WHERE authority = 'AM-POLICE'"
        )
    assert sorted(r[0] for r in rows) == ["ca", "encryption", "signing"]
    assert {(r[1], r[2]) for r in rows} == {(fp, ADMIN)}


def test_pkcs12_from_a_national_pki_replaces_the_signing_key(kz: Station, tmp_path: Path) -> None:
    national = create_authority("KZ-MVD")
    p12 = tmp_path / "signing.p12"
    save_pkcs12(p12, national.signing, b"p12-secret", "KZ-MVD signing")
    with kz.open() as vault:
        stored = import_pkcs12(vault, p12, b"p12-secret", "signing")
        assert stored.sha256 == fingerprint(national.signing.certificate)
        with vault.read_session() as session:
            assert own_signing(session).certificate == national.signing.certificate
        foreign = create_authority("AM-POLICE")
        other = tmp_path / "foreign.p12"
        save_pkcs12(other, foreign.signing, b"p12-secret", "AM-POLICE signing")
        with pytest.raises(ExchangeRefused):
            import_pkcs12(vault, other, b"p12-secret", "signing")


def test_crl_from_the_stick_through_the_cli(kz: Station, tmp_path: Path) -> None:
    """`authority crl FILE`: a partner CA's CRL is stored once; a stranger's is refused."""
    keys = create_authority("AM-POLICE")
    ca_only = tmp_path / "ca.pem"
    save_certificates_pem(ca_only, [keys.ca.certificate])
    _trust(kz, "AM-POLICE", ca_only, fingerprint(keys.ca.certificate))
    crl_file = tmp_path / "am.crl"
    save_crl_pem(crl_file, issue_crl(keys.ca, [keys.encryption.certificate.serial_number]))
    cli = kz.cli()
    first = cli("authority", "crl", str(crl_file), "--json")
    assert first.code == 0, first.stderr
    assert first.json()["added"] is True and first.json()["revoked"] == 1
    again = cli("authority", "crl", str(crl_file), "--json")
    assert again.code == 0 and again.json()["added"] is False
    stranger = tmp_path / "stranger.crl"
    save_crl_pem(stranger, issue_crl(create_authority("AM-POLICE").ca, []))
    refused = cli("authority", "crl", str(stranger))
    assert refused.code == 1 and "Traceback" not in refused.stderr and refused.stderr.strip()
    garbage = tmp_path / "garbage.crl"
    garbage.write_bytes(b"not a crl")
    bad = cli("authority", "crl", str(garbage))
    assert bad.code != 0 and "не является списком отзыва" in bad.stderr
