"""``request attachments`` and ``request attachment N --out FILE``: a request's stored files
listed and written out through the CLI, on a real vault through real processes. The signed
PDF letter comes out byte for byte and its signature still validates (``pdfsig`` with the
test CA, and ``doc verify``); a courier is refused by role; an existing file is not
replaced without ``--force``; a missing folder is named; each export is in the audit."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from migdesk.pki.files import save_certificates_pem
from tests.conftest import Cli
from tests.requests.test_request_cli import DRAFT, INCOMING
from tests.signing.pdfsig import nss_db, pdfsig
from tests.support.signing import key_args, signer_keys

pytestmark = pytest.mark.slow  # CLI subprocesses

SCAN = b"synthetic scan of a test document\n" * 40
ENTRY_FIELDS = {
    "number",
    "name",
    "mime",
    "kind",
    "size",
    "sha256",
    "step",
    "added_at",
    "added_by",
    "signed",
    "signature_status",
    "received_from",
    "attached_at",
    "letter",  # added: the signed PDF of a step's own letter (Art. 10)
}


def _ok(cli: Cli, *args: str, data: object = None) -> Any:
    result = cli(*args, "--json", stdin=None if data is None else json.dumps(data))
    assert result.code == 0, result.stderr
    return result.json()


def _user(cli: Cli, name: str, roles: str) -> Cli:
    secret = Path(cli.vault).parent / f"{name}.pw"
    # Distinct per user, without the user's name in it (the password rule refuses that).
    secret.write_text(f"{name[::-1]} pass phrase (test)")
    added = cli("user", "add", name, "--role", roles, "--password-file", str(secret))
    assert added.code == 0, added.stderr
    return Cli(cli.vault, name, f"{name[::-1]} pass phrase (test)")


def _signed_request(cli: Cli, tmp_path: Path) -> tuple[str, Cli]:
    """An outgoing request signed by a second user bound to the signatory (four eyes)."""
    signer = _user(cli, "signer", "supervisor")
    signatory = _ok(
        cli,
        "signatory",
        "add",
        "-",
        data={
            "authority": "KZ-MVD",
            "position": "Начальник",
            "full_name": "Тестов",
            "valid_from": "2020-01-01",
            "user": "signer",
        },
    )
    created = _ok(cli, "request", "new", "-", data=DRAFT)
    args = ("request", "step", created["id"], "sign", "-", *key_args(tmp_path))
    _ok(signer, *args, data={"signatory": signatory["id"]})
    return created["id"], signer


def _incoming(cli: Cli) -> str:
    scan = {
        "name": "скан запроса.pdf",
        "mime": "application/octet-stream",
        "content_base64": base64.b64encode(SCAN).decode(),
    }
    return str(_ok(cli, "request", "receive", "-", data={**INCOMING, "attachments": [scan]})["id"])


def test_the_signed_letter_is_listed_and_saved_byte_for_byte_and_still_valid(
    cli_vault: Cli, tmp_path: Path
) -> None:
    request_id, signer = _signed_request(cli_vault, tmp_path)
    [letter] = _ok(signer, "request", "attachments", request_id)
    assert set(letter) == ENTRY_FIELDS
    assert letter["kind"] == "signed_letter" and letter["signed"] is True
    assert letter["mime"] == "application/pdf" and letter["added_by"] == "signer"
    assert letter["step"] == 2 and letter["received_from"] is None
    assert letter["added_at"].endswith("Z")
    assert letter["attached_at"] == letter["added_at"]  # stored with the sign step
    # The number is the one ``doc verify --attachment`` takes.
    shown = _ok(signer, "request", "show", request_id)
    assert [a["id"] for a in shown["attachments"]] == [letter["number"]]

    out = tmp_path / "письмо.pdf"
    saved = _ok(
        signer, "request", "attachment", request_id, str(letter["number"]), "--out", str(out)
    )
    data = out.read_bytes()
    assert saved == {
        "status": "saved",
        "path": str(out),
        "sha256": letter["sha256"],
        "bytes": letter["size"],
        "received_from": None,
    }
    assert hashlib.sha256(data).hexdigest() == letter["sha256"] and len(data) == letter["size"]
    ca = tmp_path / "ca.pem"
    save_certificates_pem(ca, [signer_keys().ca.certificate])
    report = pdfsig(nss_db(tmp_path, ca), out)
    assert "Signature is Valid" in report and "Certificate is Trusted" in report, report
    # MigDesk's own check (pyHanko) of the file written out: intact, whole, trusted.
    [verified] = signer("doc", "verify", str(out), "--trusted", str(ca), "--json").json()
    assert verified["status"] == "valid" and verified["intact"] and verified["whole_document"]

    human = signer("request", "attachments", request_id)
    assert human.code == 0 and f"{letter['number']}\t{letter['name']}\t" in human.stdout


def test_each_export_is_audited_and_a_received_file_says_its_limits(
    cli_vault: Cli, tmp_path: Path
) -> None:
    request_id = _incoming(cli_vault)
    [scan] = _ok(cli_vault, "request", "attachments", request_id)
    assert scan["kind"] == "received" and scan["received_from"] == "AM-MIGRATION"
    assert scan["signed"] is False and scan["step"] is None and scan["added_by"] == "admin"
    assert scan["size"] == len(SCAN)

    out = tmp_path / "scan.bin"
    result = cli_vault("request", "attachment", request_id, str(scan["number"]), "--out", str(out))
    assert result.code == 0, result.stderr
    assert out.read_bytes() == SCAN
    # The provider's limits go with the file (Art. 11.2, 11.3), as on a printed person sheet.
    assert "AM-MIGRATION" in result.stderr and "11" in result.stderr
    [entry] = _ok(cli_vault, "audit", "list", "--action", "request.attachment_export")
    assert entry["record_id"] == request_id and entry["user"] == "admin"
    assert entry["details"]["attachment"] == scan["number"]
    assert entry["details"]["sha256"] == scan["sha256"]
    assert entry["details"]["received_from"] == "AM-MIGRATION"
    assert len(_ok(cli_vault, "audit", "list", "--action", "request.attachments")) == 1


def test_an_existing_file_is_kept_unless_forced(cli_vault: Cli, tmp_path: Path) -> None:
    request_id = _incoming(cli_vault)
    [scan] = _ok(cli_vault, "request", "attachments", request_id)
    out = tmp_path / "there.bin"
    out.write_bytes(b"the officer's own file")
    args = ("request", "attachment", request_id, str(scan["number"]), "--out", str(out))
    refused = cli_vault(*args, "--json")
    assert refused.code == 1
    assert refused.json()["status"] == "target_exists" and "--force" in refused.stderr
    assert out.read_bytes() == b"the officer's own file"
    assert _ok(cli_vault, "audit", "list", "--action", "request.attachment_export") == []
    assert _ok(cli_vault, *args, "--force")["status"] == "saved"
    assert out.read_bytes() == SCAN
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".there")] == []


def test_a_missing_folder_is_named_and_nothing_is_written(cli_vault: Cli, tmp_path: Path) -> None:
    request_id = _incoming(cli_vault)
    [scan] = _ok(cli_vault, "request", "attachments", request_id)
    out = tmp_path / "нет такой папки" / "scan.bin"
    refused = cli_vault(
        "request", "attachment", request_id, str(scan["number"]), "--out", str(out), "--json"
    )
    assert refused.code == 1
    answer = refused.json()
    assert answer["status"] == "target_missing" and answer["sha256"] is None
    assert "Папка назначения" in refused.stderr and str(out.parent) in refused.stderr
    assert not out.parent.exists()
    assert _ok(cli_vault, "audit", "list", "--action", "request.attachment_export") == []


def test_a_courier_can_neither_list_nor_save(cli_vault: Cli, tmp_path: Path) -> None:
    request_id = _incoming(cli_vault)
    [scan] = _ok(cli_vault, "request", "attachments", request_id)
    carrier = _user(cli_vault, "carrier", "courier")
    listed = carrier("request", "attachments", request_id)
    assert listed.code == 1 and "officer" in listed.stderr and listed.stdout == ""
    out = tmp_path / "scan.bin"
    saved = carrier("request", "attachment", request_id, str(scan["number"]), "--out", str(out))
    assert saved.code == 1 and "officer" in saved.stderr
    assert not out.exists()
    # An officer not working on the request does not learn that it exists (Art. 11.1).
    other = _user(cli_vault, "other", "officer")
    hidden = other("request", "attachment", request_id, str(scan["number"]), "--out", str(out))
    assert hidden.code != 0 and request_id in hidden.stderr and not out.exists()
