"""The independent check: poppler's ``pdfsig`` with an NSS database holding the test CA."""

from __future__ import annotations

import subprocess
from pathlib import Path


def nss_db(tmp: Path, ca_pem: Path) -> str:
    db = tmp / "nss"
    db.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{db}", "--empty-password"], check=True)
    subprocess.run(
        ["certutil", "-A", "-n", "ca", "-t", "CT,C,C", "-i", str(ca_pem), "-d", f"sql:{db}"],
        check=True,
    )
    return f"sql:{db}"


def pdfsig(nss: str, path: Path) -> str:
    out = subprocess.run(["pdfsig", "-nssdir", nss, str(path)], capture_output=True, text=True)
    return out.stdout + out.stderr
