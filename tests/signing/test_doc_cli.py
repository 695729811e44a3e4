"""``doc render|verify|kinds`` through a real ``migdesk-cli`` process."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from migdesk.pki import create_authority
from migdesk.pki.files import save_certificates_pem, save_pkcs12
from tests.conftest import Cli, sample_person


def _ok(cli: Cli, *args: str, data: object = None) -> object:
    result = cli(*args, "--json", stdin=None if data is None else json.dumps(data))
    assert result.code == 0, result.stderr
    return result.json()


def _second_user(cli: Cli, tmp_path: Path, name: str) -> Cli:
    """Four eyes: a supervisor other than the request's author signs it."""
    secret = tmp_path / f"{name}.pw"
    secret.write_text("second user's password (test)", encoding="utf-8")
    added = cli("user", "add", name, "--role", "supervisor", "--password-file", str(secret))
    assert added.code == 0, added.stderr
    return Cli(cli.vault, name, "second user's password (test)")


def test_render_sign_and_verify(cli_vault: Cli, tmp_path: Path) -> None:
    signer = _second_user(cli_vault, tmp_path, "signer")
    keys = create_authority("KZ-MVD")
    pem = keys.signing.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    p12, password, ca = tmp_path / "me.p12", tmp_path / "p12.txt", tmp_path / "ca.pem"
    save_pkcs12(p12, keys.signing, b"secret p12", "me")
    password.write_text("secret p12\n", encoding="utf-8")
    save_certificates_pem(ca, [keys.ca.certificate])
    signatory = _ok(
        cli_vault,
        "signatory",
        "add",
        "-",
        data={
            "authority": "KZ-MVD",
            "position": "Заместитель министра",
            "full_name": "Подписантов Тест Тестович",
            "valid_from": "2020-01-01",
            "valid_until": None,
            "user": "signer",
            "certificate_pem": pem,
        },
    )
    assert isinstance(signatory, dict)
    person = _ok(cli_vault, "person", "add", "-", data=sample_person())
    assert isinstance(person, dict)
    created = _ok(
        cli_vault,
        "request",
        "new",
        "-",
        data={
            "to": "AM-POLICE",
            "substance": "Просим сообщить сведения о регистрации (синтетические данные).",
            "purpose": "Проверка оснований пребывания.",
            "justification": "Рассмотрение заявления.",
            "persons": [person["id"]],
        },
    )
    assert isinstance(created, dict)

    plain = tmp_path / "request.pdf"
    out = _ok(cli_vault, "doc", "render", created["id"], "--kind", "request", "--out", str(plain))
    assert isinstance(out, dict)
    assert out["path"] == str(plain) and out["number"] == created["number"]
    assert out["sha256"] == hashlib.sha256(plain.read_bytes()).hexdigest()
    assert len(out["content_sha256"]) == 64 and out["signed"] is False

    signed = tmp_path / "signed.pdf"
    out = _ok(
        signer,
        "doc",
        "render",
        created["id"],
        "--kind",
        "request",
        "--out",
        str(signed),
        "--sign-p12",
        str(p12),
        "--p12-password-file",
        str(password),
    )
    assert isinstance(out, dict) and out["signed"] is True

    # Signed once: a second signature is refused (exit 1), no file written, the message
    # naming the stored copy.
    again = tmp_path / "signed-again.pdf"
    twice = signer(
        "doc",
        "render",
        created["id"],
        "--kind",
        "request",
        "--out",
        str(again),
        "--sign-p12",
        str(p12),
        "--p12-password-file",
        str(password),
    )
    assert twice.code == 1 and not again.exists()
    kept = _ok(cli_vault, "request", "attachments", created["id"])
    assert isinstance(kept, list)
    attachment = next(a for a in kept if a["name"].endswith(", подписан.pdf"))
    assert f"Письмо № {created['number']} уже подписано " in twice.stderr
    assert "(Т.Т. Подписантов)" in twice.stderr
    expected = f"migdesk-cli request attachment {created['id']} {attachment['number']} --out"
    assert expected in twice.stderr
    assert len([a for a in kept if a["name"].endswith(", подписан.pdf")]) == 1

    verified = _ok(cli_vault, "doc", "verify", str(signed), "--trusted", str(ca))
    assert isinstance(verified, list) and len(verified) == 1
    entry = verified[0]
    assert entry["status"] == "valid" and entry["authorised"] is True
    assert "KZ-MVD" in entry["signer"] and entry["signing_time"]
    assert entry["signatory_id"] == signatory["id"]

    unsigned = cli_vault("doc", "verify", str(plain), "--trusted", str(ca), "--json")
    assert unsigned.code == 1 and unsigned.json() == []

    sheet = tmp_path / "sheet.pdf"
    _ok(cli_vault, "doc", "render", person["id"], "--kind", "person-sheet", "--out", str(sheet))
    bundles = tmp_path / "bundles.json"
    bundles.write_text(
        json.dumps(
            [{"sender": "KZ-MVD", "addressee": "AM-POLICE", "sequence": 1, "sha256": "ab" * 32}]
        ),
        encoding="utf-8",
    )
    register = tmp_path / "register.pdf"
    out = _ok(
        cli_vault,
        "doc",
        "render",
        "Р-1",
        "--kind",
        "transmittal",
        "--data",
        str(bundles),
        "--out",
        str(register),
    )
    assert isinstance(out, dict) and out["number"] == "Р-1"

    audit = _ok(cli_vault, "audit", "list")
    assert isinstance(audit, list)
    actions = {e["action"] for e in audit}
    assert {"document.print", "document.sign", "document.verify"} <= actions


def test_refusals_and_kinds(cli_vault: Cli, tmp_path: Path) -> None:
    kinds = _ok(cli_vault, "doc", "kinds")
    assert isinstance(kinds, list) and {k["kind"] for k in kinds} >= {"request", "transmittal"}
    missing = cli_vault(
        "doc", "render", "no-such-id", "--kind", "answer", "--out", str(tmp_path / "x.pdf")
    )
    assert missing.code == 1 and "не найден" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    usage = cli_vault("doc", "render", "x", "--kind", "memo", "--out", str(tmp_path / "y.pdf"))
    assert usage.code == 2
