"""Importing a bundle into a vault as the import window does: peak RSS, speed, passes.

    python -m benchmarks.import_memory [--persons 5000] [--dir DIR]

The person count also comes from ``$MIGDESK_BENCH_IMPORT_PERSONS``. Two throw-away
workstations (KZ-MVD → AM-MIGRATION, keys and trust as in real use) are built in a temporary
folder; KZ exports that many synthetic persons in one bundle; then a process of its own does
what the import window does — ``stage_import`` (verify, decrypt, preview) and
``apply_staged`` (one transaction) — so its peak RSS (``VmHWM``) is the import's alone. It
also counts how many times the payload is decrypted (goal: once, issue #17).

Speed is persons per second of staging plus applying (both plan every record).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.import_window import (
    PASSWORD,
    RECEIVER,
    SENDER,
    USER,
    measured_import,
    print_figures,
    two_stations,
)
from benchmarks.probes import peak_rss_mb

PERSONS_ENV = "MIGDESK_BENCH_IMPORT_PERSONS"
DEFAULT_PERSONS = 5_000
GOAL_RSS_MB = 250.0
ROOT = Path(__file__).resolve().parent.parent


def _stations(work: Path, persons: int) -> Path:
    """Builds both vaults and the bundle; returns the bundle's folder."""
    from migdesk.demo import synthetic_persons
    from migdesk.exchange import export_bundle
    from migdesk.persons.bulk import bulk_add
    from migdesk.vault import Vault

    two_stations(work)
    stick = work / "stick"
    stick.mkdir()
    with Vault.open(work / f"{SENDER}.vault", USER, PASSWORD) as vault:
        bulk_add(vault, synthetic_persons(persons, seed=14), validate=False)
        ids = [str(row[0]) for row in vault.raw_execute("SELECT id FROM persons")]
        result = export_bundle(vault, RECEIVER, stick, persons=ids)
    assert result.ok and result.path is not None, result.message
    return result.path


def child(work: Path, bundle: Path) -> None:
    """The measured import, in a process of its own; prints one JSON line."""
    from migdesk.vault import Vault

    with Vault.open(work / f"{RECEIVER}.vault", USER, PASSWORD) as vault:
        measured = measured_import(vault, bundle)
    payload = sum(p.stat().st_size for p in bundle.iterdir() if p.name.startswith("payload"))
    print(
        json.dumps(
            {
                "stage_s": measured.stage_s,
                "apply_s": measured.apply_s,
                "rss_mb": peak_rss_mb(),
                "passes": measured.passes,
                "payload_bytes": payload,
                "persons": len(measured.result.preview.new_persons),
            }
        )
    )


def measure_import(persons: int | None = None, work_dir: Path | None = None) -> dict[str, Any]:
    persons = persons or int(os.environ.get(PERSONS_ENV) or DEFAULT_PERSONS)
    with tempfile.TemporaryDirectory(dir=work_dir, prefix="migdesk-import-") as tmp:
        work = Path(tmp)
        bundle = _stations(work, persons)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.import_memory", "--child", str(work), str(bundle)],
            capture_output=True, text=True, env=env, check=True, timeout=3600,
        )  # fmt: skip
    run: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return run


def figures(run: dict[str, Any]) -> list[tuple[str, float, str, float | None, bool]]:
    """(name, value, unit, goal, lower is better) rows for ``benchmarks.run``. Speed is
    persons per second here (the vault's work dominates a records bundle); MB/s of a
    1 GiB bundle is the ``bundle read`` figure of ``bundle_throughput``."""
    seconds = run["stage_s"] + run["apply_s"]
    label = f"import window, {run['persons']:,} persons"
    return [
        (f"{label}: persons/s (preview + apply)", run["persons"] / seconds, "/s", None, False),
        (f"{label}: peak RSS", run["rss_mb"], "MB", GOAL_RSS_MB, True),
        (f"{label}: decrypting passes", float(run["passes"]), "", 1.0, True),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--persons", type=int, default=None)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return
    run = measure_import(args.persons, args.dir)
    print(f"payload {run['payload_bytes']:,} bytes; staging {run['stage_s']:.2f} s, "
          f"applying {run['apply_s']:.2f} s")  # fmt: skip
    print_figures(figures(run), 58)


if __name__ == "__main__":
    main()
