"""A signing certificate revoked by a CRL stored in the vault is not shown valid; a
certificate whose CA has no CRL here still verifies offline (soft-fail)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from reportlab.pdfgen.canvas import Canvas

from migdesk.exchange.trust import import_crl
from migdesk.pki import create_authority, fingerprint, issue_crl
from migdesk.pki.authority import issue_signing_certificate
from migdesk.pki.files import save_certificates_pem, save_pkcs12
from migdesk.pki.keys import KeyPair
from migdesk.signing.credentials import load_p12
from migdesk.signing.pades import sign_pdf
from migdesk.signing.verify import UNTRUSTED, VALID, verify_pdf
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, Cli


def _signed_by(pair: KeyPair, tmp: Path, name: str) -> Path:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Synthetic partner letter")
    canvas.showPage()
    canvas.save()
    p12 = tmp / f"{name}.p12"
    save_pkcs12(p12, pair, b"pw", name)
    pdf = sign_pdf(
        out.getvalue(),
        load_p12(p12, b"pw"),
        signer_name="Тестов Т. Т.",
        signed_at=datetime.now().astimezone(),
        box=None,
        reason="проверка",
    )
    path = tmp / f"{name}.pdf"
    path.write_bytes(pdf)
    return path


def _trust(cli: Cli, code: str, ca: KeyPair, tmp: Path) -> None:
    pem = tmp / f"{code}-ca.pem"
    save_certificates_pem(pem, [ca.certificate])
    done = cli("authority", "trust", code, str(pem), "--fingerprint", fingerprint(ca.certificate))
    assert done.code == 0, done.stderr


def _signatory(cli: Cli, code: str, pair: KeyPair, name: str) -> None:
    pem = pair.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    data = {
        "authority": code,
        "position": "Начальник управления",
        "full_name": name,
        "valid_from": "2020-01-01",
        "valid_until": None,
        "certificate_pem": pem,
    }
    added = cli("signatory", "add", "-", "--json", stdin=json.dumps(data, ensure_ascii=False))
    assert added.code == 0, added.stderr


def _verify(cli: Cli, path: Path) -> tuple[int, dict[str, object], str]:
    done = cli("doc", "verify", str(path), "--json")
    [result] = done.json()
    return done.code, result, done.stderr


def test_stored_crl_revokes_a_partner_signature(cli_vault: Cli, tmp_path: Path) -> None:
    police = create_authority("AM-POLICE")
    second = issue_signing_certificate(police.ca)  # same CA, not revoked
    migration = create_authority("AM-MIGRATION")  # its CA has no CRL in the vault
    _trust(cli_vault, "AM-POLICE", police.ca, tmp_path)
    _trust(cli_vault, "AM-MIGRATION", migration.ca, tmp_path)
    _signatory(cli_vault, "AM-POLICE", police.signing, "Отозванов Тест Тестович")
    _signatory(cli_vault, "AM-POLICE", second, "Действующий Тест Тестович")
    _signatory(cli_vault, "AM-MIGRATION", migration.signing, "Безотзывный Тест Тестович")
    revoked_pdf = _signed_by(police.signing, tmp_path, "police")
    second_pdf = _signed_by(second, tmp_path, "second")
    migration_pdf = _signed_by(migration.signing, tmp_path, "migration")

    code, before, stderr = _verify(cli_vault, revoked_pdf)
    assert code == 0, stderr
    assert before["status"] == "valid" and before["revoked"] is False

    with Vault.open(cli_vault.vault, ADMIN, PASSWORD) as vault:
        assert import_crl(vault, issue_crl(police.ca, [police.signing.certificate.serial_number]))

    code, after, _ = _verify(cli_vault, revoked_pdf)
    assert code == 1
    # The status values are a contract: revoked shows as untrusted, with the reason.
    assert after["status"] == "untrusted" and after["trusted"] is False
    assert after["intact"] is True and after["revoked"] is True
    assert after["revocation_date"] is not None
    assert isinstance(after["problem"], str) and "Отозван сертификат подписи" in after["problem"]
    assert after["serial"] == before["serial"]
    # The stored result keeps the reason.
    checks = cli_vault("doc", "checks", "--json").json()
    stored = next(c for c in checks if c["id"] == after["check_id"])
    assert stored["status"] == "untrusted" and "Отозван" in stored["problem"]

    # Same CA, a certificate the CRL does not list; and a CA without any CRL: still valid.
    for path in (second_pdf, migration_pdf):
        code, result, stderr = _verify(cli_vault, path)
        assert code == 0, stderr
        assert result["status"] == "valid" and result["revoked"] is False
        assert result["problem"] is None


def test_a_stale_crl_is_not_taken_as_good(tmp_path: Path) -> None:
    # A CA whose CRL is stored but out of date: revocation cannot be known, so the
    # signature is not valid; a fresh CRL from the same CA next to it settles it.
    police = create_authority("AM-POLICE")
    pdf = _signed_by(police.signing, tmp_path, "police").read_bytes()
    month_ago = datetime.now(UTC) - timedelta(days=60)
    stale = issue_crl(police.ca, [], now=month_ago, next_update=timedelta(days=30))
    [check] = verify_pdf(pdf, [police.ca.certificate], [stale])
    assert check.status == UNTRUSTED and not check.revoked
    assert check.problem is not None and "устарел" in check.problem
    [check] = verify_pdf(pdf, [police.ca.certificate], [stale, issue_crl(police.ca, [])])
    assert check.status == VALID and check.problem is None
