"""``doc render --sign-pkcs11``, ``doc verify`` without ``--trusted`` or on a request
attachment, and ``doc checks``, through real ``migdesk-cli`` processes and a real SoftHSM2
token."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from reportlab.pdfgen.canvas import Canvas

from migdesk.pki import AuthorityKeys, create_authority
from migdesk.pki.files import save_certificates_pem, save_pkcs12
from migdesk.pki.fingerprints import fingerprint
from migdesk.signing.credentials import load_p12
from migdesk.signing.pades import sign_pdf
from tests.conftest import Cli
from tests.signing.pdfsig import nss_db, pdfsig
from tests.signing.softhsm import SoftToken, make_token, module_path, put_key

PIN = "2468"


def _ok(cli: Cli, *args: str, data: object = None, **env: str) -> Any:
    result = cli(*args, "--json", stdin=None if data is None else json.dumps(data), **env)
    assert result.code == 0, result.stderr
    return result.json()


def _signatory(cli: Cli, authority: str, keys: AuthorityKeys, user: str | None) -> Any:
    pem = keys.signing.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return _ok(
        cli,
        "signatory",
        "add",
        "-",
        data={
            "authority": authority,
            "position": "Заместитель руководителя",
            "full_name": "Подписантов Тест Тестович",
            "valid_from": "2020-01-01",
            "valid_until": None,
            "user": user,
            "certificate_pem": pem,
        },
    )


def _request(cli: Cli) -> Any:
    return _ok(
        cli,
        "request",
        "new",
        "-",
        data={
            "to": "AM-POLICE",
            "substance": "Просим сообщить сведения о регистрации (синтетические данные).",
            "purpose": "Проверка оснований пребывания.",
            "justification": "Рассмотрение заявления.",
        },
    )


def test_render_signed_on_a_token(
    cli_vault: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = create_authority("KZ-MVD")
    token: SoftToken = make_token(tmp_path, "CLI token", PIN, monkeypatch)
    put_key(token, keys.signing, "signer", b"\x01", chain=(keys.ca.certificate,))
    stranger = create_authority("KZ-MVD")
    put_key(token, stranger.signing, "stranger", b"\x02")
    pin_file, wrong_pin = tmp_path / "pin.txt", tmp_path / "wrong.txt"
    pin_file.write_text(PIN + "\n", encoding="utf-8")
    wrong_pin.write_text("0000\n", encoding="utf-8")
    ca = tmp_path / "ca.pem"
    save_certificates_pem(ca, [keys.ca.certificate])
    # Four eyes: a supervisor other than the request's author signs it.
    secret = tmp_path / "signer.pw"
    secret.write_text("second user's password (test)", encoding="utf-8")
    added = cli_vault(
        "user", "add", "signer", "--role", "supervisor", "--password-file", str(secret)
    )
    assert added.code == 0, added.stderr
    signer = Cli(cli_vault.vault, "signer", "second user's password (test)")
    signatory = _signatory(cli_vault, "KZ-MVD", keys, "signer")
    created = _request(cli_vault)
    library = str(module_path())

    def render_args(out: Path, *extra: str) -> list[str]:
        return ["doc", "render", created["id"], "--kind", "request", "--out", str(out), *extra]

    token_args = ["--sign-pkcs11", library, "--token-label", token.label]
    signed = tmp_path / "signed.pdf"
    out = _ok(
        signer,
        *render_args(signed, *token_args, "--key-label", "signer", "--pin-file", str(pin_file)),
        **token.env,
    )
    assert out["signed"] is True and out["number"] == created["number"]
    assert out["sha256"] == hashlib.sha256(signed.read_bytes()).hexdigest()
    report = pdfsig(nss_db(tmp_path, ca), signed)
    assert "Signature is Valid" in report and "Certificate is Trusted" in report, report

    verified = _ok(cli_vault, "doc", "verify", str(signed), "--trusted", str(ca))
    assert [(v["status"], v["authorised"], v["signatory_id"]) for v in verified] == [
        ("valid", True, signatory["id"])
    ]

    # Wrong PIN: a Russian refusal, exit 1 (invalid input), nothing written.
    refused = tmp_path / "refused.pdf"
    wrong = signer(
        *render_args(refused, *token_args, "--pin-file", str(wrong_pin), "--key-label", "signer"),
        **token.env,
    )
    assert wrong.code == 1, wrong.stderr
    assert "Неверный ПИН-код токена «CLI token»" in wrong.stderr
    assert "Traceback" not in wrong.stderr and "0000" not in wrong.stderr
    assert not refused.exists()
    # Two signing keys and none chosen: the user is told to pick one.
    ambiguous = signer(*render_args(refused, *token_args, "--pin-file", str(pin_file)), **token.env)
    assert ambiguous.code == 1 and "укажите метку ключа" in ambiguous.stderr
    # Art. 9.3 applies to token keys as to files: a certificate of nobody on the list.
    unlisted = signer(
        *render_args(refused, *token_args, "--key-label", "stranger", "--pin-file", str(pin_file)),
        **token.env,
    )
    assert unlisted.code == 1 and "Подписание отклонено" in unlisted.stderr, unlisted.stderr
    assert not refused.exists()

    # Usage mistakes exit 2.
    both = signer(*render_args(refused, "--sign-p12", "x.p12", *token_args), **token.env)
    assert both.code == 2
    no_label = signer(*render_args(refused, "--sign-pkcs11", library, "--pin-file", "p"))
    assert no_label.code == 2 and "--token-label" in no_label.stderr
    stray = signer(*render_args(refused, "--token-label", token.label))
    assert stray.code == 2 and "--sign-pkcs11" in stray.stderr


def _partner_pdf(partner: AuthorityKeys, tmp: Path) -> bytes:
    p12 = tmp / "partner.p12"
    save_pkcs12(p12, partner.signing, b"pw", "partner")
    with load_p12(p12, b"pw") as credentials:
        return sign_pdf(
            _letter(),
            credentials,
            signer_name="Партнёров П. П.",
            signed_at=datetime.now().astimezone(),
            box=None,
            reason="ответ на запрос",
        )


def _letter() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Synthetic answer of the partner")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_verify_against_the_vault_and_stored_checks(cli_vault: Cli, tmp_path: Path) -> None:
    partner = create_authority("AM-POLICE")
    signed = _partner_pdf(partner, tmp_path)
    path = tmp_path / "partner.pdf"
    path.write_bytes(signed)

    # Nothing trusted yet and no --trusted: intact but untrusted, exit 1.
    before = cli_vault("doc", "verify", str(path), "--json")
    assert before.code == 1, before.stderr
    assert [v["status"] for v in before.json()] == ["untrusted"]

    certs = tmp_path / "partner-certs.pem"
    save_certificates_pem(certs, [partner.ca.certificate, partner.signing.certificate])
    _ok(
        cli_vault,
        "authority",
        "trust",
        "AM-POLICE",
        str(certs),
        "--fingerprint",
        fingerprint(partner.ca.certificate),
    )
    _signatory(cli_vault, "AM-POLICE", partner, None)
    after = _ok(cli_vault, "doc", "verify", str(path))
    assert [(v["status"], v["authorised"]) for v in after] == [("valid", True)]
    assert isinstance(after[0]["check_id"], int)
    # The JSON contract: the fields of before, plus check_id, plus revocation by stored CRLs.
    assert set(after[0]) == {
        "field",
        "status",
        "intact",
        "trusted",
        "whole_document",
        "signer",
        "serial",
        "signing_time",
        "authorised",
        "signatory_id",
        "signatory",
        "authority",
        "problem",
        "check_id",
        "revoked",
        "revocation_date",
    }

    # The same PDF received as a request attachment, verified there and stored against it.
    received = _ok(
        cli_vault,
        "request",
        "receive",
        "-",
        data={
            "from": "AM-POLICE",
            "to": "KZ-MVD",
            "substance": "Ответ партнёра с подписанным письмом (синтетические данные).",
            "purpose": "Проверка оснований пребывания.",
            "justification": "Рассмотрение заявления.",
            "received_on": datetime.now().date().isoformat(),
            "their_number": "П-1",
            "attachments": [
                {
                    "name": "письмо.pdf",
                    "mime": "application/pdf",
                    "content_base64": base64.b64encode(signed).decode("ascii"),
                }
            ],
        },
    )
    shown = _ok(cli_vault, "request", "show", received["id"])
    attachment = shown["attachments"][0]["id"]
    on_request = _ok(
        cli_vault, "doc", "verify", "--request", received["id"], "--attachment", str(attachment)
    )
    assert [v["status"] for v in on_request] == ["valid"]

    checks = _ok(cli_vault, "doc", "checks", "--request", received["id"])
    assert len(checks) == 1
    entry = checks[0]
    assert entry["id"] == on_request[0]["check_id"]
    assert (entry["request_id"], entry["attachment_id"]) == (received["id"], attachment)
    assert entry["file_name"] == "письмо.pdf" and entry["status"] == "valid"
    assert entry["file_sha256"] == hashlib.sha256(signed).hexdigest()
    assert entry["authorised"] is True and entry["checked_by"] == "admin"

    every = _ok(cli_vault, "doc", "checks", "--sha256", hashlib.sha256(signed).hexdigest())
    assert [c["status"] for c in every] == ["untrusted", "valid", "valid"]
    assert [c["request_id"] for c in every] == [None, None, received["id"]]

    unknown = cli_vault("doc", "verify", "--request", "no-such", "--attachment", "1", "--json")
    assert unknown.code == 1 and "не найден" in unknown.stderr
    half = cli_vault("doc", "verify", "--request", received["id"], "--json")
    assert half.code == 2
    nothing = cli_vault("doc", "verify", "--json")
    assert nothing.code == 2
    bad_hash = cli_vault("doc", "checks", "--sha256", "xyz", "--json")
    assert bad_hash.code == 2
