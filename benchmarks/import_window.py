"""What the import benchmarks share (``import_memory``: many persons, ``attachment_import``:
one large attachment): two throw-away workstations with keys and trust as in real use, the
measured import as the import window does it (in a process of its own, so that its peak RSS
is the import's alone) with its decrypting passes counted, that process started, and the
figures' printout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

USER, PASSWORD = "admin", "benchmark-only password"
SENDER, RECEIVER = "KZ-MVD", "AM-MIGRATION"
ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 3600


def json_child(
    module: str, *args: str, code: Path = ROOT, env: dict[str, str] | None = None
) -> dict[str, Any]:
    """``python -m module args`` in a process of its own (so its peak RSS is its own), run
    from the code in ``code`` (another checkout for a before figure); what it printed last,
    one JSON line."""
    environ = {**os.environ, **(env or {}), "PYTHONPATH": str(code)}
    out = subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True, text=True, env=environ, check=True, timeout=TIMEOUT_S, cwd=code,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def two_stations(work: Path) -> None:
    """``KZ-MVD.vault`` and ``AM-MIGRATION.vault`` in ``work``, each with its own keys and
    trusting the other; the caller then opens the sender's and exports."""
    from cryptography import x509

    from migdesk.exchange import create_own_keys, own_certificates_pem
    from migdesk.exchange.trust import trust_partner
    from migdesk.vault import Vault

    pems: dict[str, tuple[list[x509.Certificate], str]] = {}
    for code in (SENDER, RECEIVER):
        with Vault.create(work / f"{code}.vault", USER, PASSWORD, authority=code) as vault:
            create_own_keys(vault)
            pem, fingerprint = own_certificates_pem(vault)
            pems[code] = (x509.load_pem_x509_certificates(pem), fingerprint)
    for code, partner in ((RECEIVER, SENDER), (SENDER, RECEIVER)):
        with Vault.open(work / f"{code}.vault", USER, PASSWORD) as vault:
            trust_partner(vault, partner, *pems[partner])


@dataclass
class MeasuredImport:
    result: Any  # migdesk.exchange.ImportResult
    stage_s: float
    apply_s: float
    passes: int  # how many times the payload was decrypted (goal: once)


def measured_import(vault: Any, bundle: Path) -> MeasuredImport:
    """``stage_import`` (verify, decrypt, preview) then ``apply_staged`` (one transaction),
    timed, counting the decrypting passes; run it in a process of its own."""
    from migdesk.bundles import stream
    from migdesk.exchange import apply_staged, stage_import

    passes = 0
    decrypt = stream.decrypt_chunks

    def counted(*args: Any, **kwargs: Any) -> Iterator[bytes | bytearray]:
        nonlocal passes
        passes += 1
        return decrypt(*args, **kwargs)

    stream.decrypt_chunks = counted
    try:
        start = time.perf_counter()
        staged = stage_import(vault, bundle)
        staged_at = time.perf_counter()
        result = apply_staged(vault, staged)
        done = time.perf_counter()
    finally:
        stream.decrypt_chunks = decrypt
    assert result.status == "imported", result.status
    return MeasuredImport(result, staged_at - start, done - staged_at, passes)


def print_figures(rows: list[tuple[str, float, str, float | None, bool]], width: int) -> None:
    """``benchmarks.run``'s rows, each with PASS or MISS where it has a goal."""
    for name, value, unit, goal, lower in rows:
        verdict = ""
        if goal is not None:
            good = value <= goal if lower else value >= goal
            verdict = f"goal {'≤' if lower else '≥'} {goal:g}  {'PASS' if good else 'MISS'}"
        print(f"{name:{width}} {value:10.1f} {unit:5} {verdict}")
