"""``migdesk-cli bundle inspect``: a courier's check, with no vault, user or password."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization

from migdesk.pki import AuthorityKeys, issue_crl
from migdesk.pki.files import save_certificates_pem, save_crl_pem
from tests.conftest import flip_last_byte


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIGDESK_")}
    env["MIGDESK_VAULT"] = str(tmp_path / "no-such-dir" / "never.vault")
    return subprocess.run(
        [sys.executable, "-m", "migdesk.cli.main", "bundle", "inspect", *args],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120,
    )  # fmt: skip


def _json(proc: subprocess.CompletedProcess[str]) -> Any:
    import json

    return json.loads(proc.stdout)


def test_intact_bundle_without_ca(tmp_path: Path, sample_bundle: Path) -> None:
    proc = _cli(tmp_path, str(sample_bundle), "--json")
    assert proc.returncode == 0, proc.stderr
    info = _json(proc)
    assert info["intact"] is True and info["signature"] == "unverified"
    assert info["sender"] == "KZ-MVD" and info["addressee"] == "AM-MIGRATION"
    assert info["sequence"] == 42 and info["hashes_ok"] is True
    assert "--ca" in proc.stderr  # the warning says how to check the signer
    assert not (tmp_path / "no-such-dir").exists()  # the vault was never touched


def test_with_ca_human_output(tmp_path: Path, sample_bundle: Path, kz: AuthorityKeys) -> None:
    ca = tmp_path / "kz-ca.pem"
    save_certificates_pem(ca, [kz.ca.certificate])
    proc = _cli(tmp_path, str(sample_bundle), "--ca", str(ca))
    assert proc.returncode == 0, proc.stderr
    assert "KZ-MVD → AM-MIGRATION" in proc.stdout
    assert "подпись действительна" in proc.stdout
    assert "Итог: пакет цел." in proc.stdout
    assert proc.stderr == ""


def test_untrusted_signer_exits_1(tmp_path: Path, sample_bundle: Path, am: AuthorityKeys) -> None:
    ca = tmp_path / "am-ca.pem"
    ca.write_bytes(am.ca.certificate.public_bytes(serialization.Encoding.PEM))
    proc = _cli(tmp_path, str(sample_bundle), "--ca", str(ca), "--json")
    assert proc.returncode == 1
    assert _json(proc)["signature"] == "unknown_signer"
    assert "Неизвестный подписант" in proc.stderr


def test_revoked_signer_via_crl(tmp_path: Path, sample_bundle: Path, kz: AuthorityKeys) -> None:
    ca, crl = tmp_path / "kz-ca.pem", tmp_path / "kz.crl"
    save_certificates_pem(ca, [kz.ca.certificate])
    save_crl_pem(crl, issue_crl(kz.ca, [kz.signing.certificate.serial_number]))
    proc = _cli(tmp_path, str(sample_bundle), "--ca", str(ca), "--crl", str(crl), "--json")
    assert proc.returncode == 1
    assert _json(proc)["signature"] == "revoked"
    assert "отозван" in proc.stderr


def test_broken_bundle_exits_1_with_reason(tmp_path: Path, bundle: Path) -> None:
    payload = bundle / "payload.bin"
    flip_last_byte(payload)
    proc = _cli(tmp_path, str(bundle))
    assert proc.returncode == 1
    assert "НЕ совпадают" in proc.stdout
    assert "контрольной суммой" in proc.stderr
    proc = _cli(tmp_path, str(bundle), "--json")
    assert proc.returncode == 1
    assert _json(proc)["problems"][0]["reason"] == "hash_mismatch"


def test_not_a_bundle_and_bad_ca_file(tmp_path: Path, sample_bundle: Path) -> None:
    proc = _cli(tmp_path, str(tmp_path / "missing"))
    assert proc.returncode == 1 and "не папка пакета" in proc.stderr
    junk = tmp_path / "junk.pem"
    junk.write_text("junk")
    proc = _cli(tmp_path, str(sample_bundle), "--ca", str(junk))
    assert proc.returncode == 1 and "сертификатов" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_size_reads_as_in_the_courier_window(tmp_path: Path, sample_bundle: Path) -> None:
    """MiB with a decimal comma, as the window and the export's messages show it (it was
    millions of bytes with a point: 14.7 in the terminal, 14,0 in the window)."""
    size = sum(p.stat().st_size for p in sample_bundle.iterdir() if p.name.startswith("payload"))
    proc = _cli(tmp_path, str(sample_bundle))
    assert proc.returncode == 0, proc.stderr
    shown = f"{size * 10 // 1024**2 / 10:.1f}".replace(".", ",")
    assert f"Размер: {shown} МБ ({size} байт)" in proc.stdout
