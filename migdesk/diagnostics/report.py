"""The support report of ``migdesk-cli diagnostics``: versions, platform, vault schema, error log.

Nothing personal goes in: no vault path (it may carry a name), no user names, no record
content; the error log itself holds only exception types and code locations.
"""

from __future__ import annotations

import platform
import sys
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any

from migdesk.buildinfo import build_info
from migdesk.diagnostics.errorlog import log_files

# Distributions whose versions support asks for first (the rest follow the metadata).
LIBRARIES = (
    "PySide6-Essentials",
    "PySide6-Pdf",
    "shiboken6",
    "sqlcipher3",
    "SQLAlchemy",
    "alembic",
    "cryptography",
    "pyHanko",
    "pyhanko-certvalidator",
    "reportlab",
    "asn1crypto",
    "python-pkcs11",
    "keyring",
    "platformdirs",
    "jsonschema",
    "segno",
    "iuliia",
)


def library_versions() -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for name in LIBRARIES:
        try:
            found[name] = dist_version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def sqlcipher_version() -> str | None:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        conn.close()


def platform_facts() -> dict[str, Any]:
    libc, libc_version = platform.libc_ver()
    return {
        "system": platform.system(),
        "release": platform.release(),
        "machine": platform.machine(),
        "libc": f"{libc} {libc_version}".strip() or None,
        "python": platform.python_version(),
        "frozen": bool(getattr(sys, "frozen", False)),
    }


def vault_facts(path: Path, revision: str | None, note: str | None) -> dict[str, Any]:
    from migdesk.vault.keyslots import KeySlotFile
    from migdesk.vault.migrate import head_revision

    keys = KeySlotFile.path_for(path)
    return {
        "exists": path.is_file(),
        "size_bytes": path.stat().st_size if path.is_file() else None,
        "key_slots_file": keys.is_file(),
        "schema_revision": revision,
        "schema_head_of_this_build": head_revision(),
        "note": note,
    }


def error_log() -> list[str]:
    lines: list[str] = []
    for path in log_files():
        lines.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return lines


def support_report(vault: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": "migdesk-diagnostics/1",
        "build": build_info().as_dict(),
        "platform": platform_facts(),
        "sqlcipher": sqlcipher_version(),
        "libraries": library_versions(),
        "vault": vault,
        "error_log": error_log(),
    }
