"""Importing a bundle with one large attachment as the import window does (issue #14, #17).

    python -m benchmarks.attachment_import [--size-mib 1024] [--dir DIR]

The size also comes from ``$MIGDESK_BENCH_ATTACHMENT_MIB`` (default 1024). Two throw-away
workstations (KZ-MVD → AM-MIGRATION) are built in a temporary folder. KZ holds a thematic
item whose attachment (incompressible bytes generated in 1 MiB pieces) is written into its
vault piece by piece, and exports it; then a process of its own does what the import window
does — ``stage_import`` (verify, decrypt, store the attachment in the vault, preview) and
``apply_staged`` (one transaction) — so its peak RSS (``VmHWM``) is the import's alone, and
it counts the decrypting passes (goal: one).

Honest baselines in the same run, over the same ciphertext files: ``sha256sum`` (one
verifying read, the least any import must do) and ``cp`` of the payload into the work
folder (reading and writing the same number of bytes once, no cryptography, no database).

MB/s are 10^6 bytes of attachment per second; RSS in MiB. Goal (issue #17): the import
window on a 1 GiB bundle decrypts once, >= 150 MB/s, RSS <= 250 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from benchmarks.import_window import (
    PASSWORD,
    RECEIVER,
    SENDER,
    TIMEOUT_S,
    USER,
    json_child,
    measured_import,
    print_figures,
    two_stations,
)
from benchmarks.probes import peak_rss_mb

SIZE_ENV = "MIGDESK_BENCH_ATTACHMENT_MIB"
DEFAULT_MIB = 1024
MIB = 1024 * 1024
GOAL_MB_S, GOAL_RSS_MB = 150.0, 250.0


def _pieces(total: int) -> Iterator[bytes]:
    keystream = Cipher(algorithms.AES(bytes(32)), modes.CTR(bytes(16))).encryptor()
    for start in range(0, total, MIB):
        yield keystream.update(bytes(min(MIB, total - start)))


def _stations(work: Path, size: int) -> tuple[Path, float, float]:
    """Both vaults and the bundle; returns the bundle's folder and the seconds KZ took to
    store the attachment in its vault and to export it."""
    from migdesk.exchange import export_bundle
    from migdesk.models import ThematicAttachment
    from migdesk.requests.records import AttachmentInput
    from migdesk.requests.thematic import ThematicInput, ThematicService
    from migdesk.vault import Vault, blobs

    two_stations(work)
    stick = work / "stick"
    stick.mkdir()
    with Vault.open(work / f"{SENDER}.vault", USER, PASSWORD) as vault:
        item_id = ThematicService(vault).add(
            ThematicInput(
                category="violations",
                title="Синтетические сведения для замера",
                text="Синтетический текст.",
                attachments=[AttachmentInput("scan.bin", "application/octet-stream", b"x")],
            )
        )
        start = time.perf_counter()
        with vault.session() as session:
            writer = blobs.BlobWriter(session, owner=ThematicAttachment.__tablename__)
            for piece in _pieces(size):
                writer.write(piece)
            stored = writer.close()
            row = session.query(ThematicAttachment).one()
            old, row.blob_id, row.size, row.sha256 = row.blob_id, stored.id, size, stored.sha256
            session.flush()
            assert old is not None
            session.execute(blobs.delete_blob_statement(old))
        stored_at = time.perf_counter()
        result = export_bundle(vault, "AM-MIGRATION", stick, thematic=[item_id])
        exported_at = time.perf_counter()
    assert result.ok and result.path is not None, result.message
    return result.path, stored_at - start, exported_at - stored_at


def child(work: Path, bundle: Path) -> None:
    """The measured import, in a process of its own; prints one JSON line."""
    from migdesk.vault import Vault
    from migdesk.vault.wal_trim import trim_wal

    with Vault.open(work / f"{RECEIVER}.vault", USER, PASSWORD) as vault:
        cpu_start = _cpu()
        measured = measured_import(vault, bundle)
        cpu_s = _cpu() - cpu_start
        stored = vault.raw_execute(
            "SELECT sum(size) FROM attachment_blobs WHERE staged IS NULL AND owner = ?",
            "thematic_attachments",
        )[0][0]
        # What the GUI runs in the background once the window has imported (ui.wal_trim).
        trim_start = time.perf_counter()
        trim = trim_wal(vault)
        trim_s = time.perf_counter() - trim_start
    print(json.dumps({
        "stage_s": measured.stage_s, "apply_s": measured.apply_s, "rss_mb": peak_rss_mb(),
        "passes": measured.passes, "stored_bytes": stored, "cpu_s": cpu_s,
        "wal_mb": trim.before / 1e6, "wal_trimmed_mb": trim.after / 1e6, "trim_s": trim_s,
    }))  # fmt: skip


def _cpu() -> float:
    """CPU seconds of this process, all threads (the machine's load does not inflate it)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, timeout=TIMEOUT_S)
    return time.perf_counter() - start


def measure(size_mib: int | None = None, work_dir: Path | None = None) -> dict[str, Any]:
    size = (size_mib or int(os.environ.get(SIZE_ENV) or DEFAULT_MIB)) * MIB
    env = {"MIGDESK_INSECURE_FAST_KDF": "1"}
    module = "benchmarks.attachment_import"
    with tempfile.TemporaryDirectory(dir=work_dir, prefix="migdesk-attachment-") as tmp:
        work = Path(tmp)
        made = json_child(module, "--setup", str(work), str(size), env=env)
        bundle = Path(made["bundle"])
        payload = sorted(p for p in bundle.iterdir() if p.name.startswith("payload"))
        payload_bytes = sum(p.stat().st_size for p in payload)
        run = json_child(module, "--child", str(work), str(bundle), env=env)
        copy = work / "copy"
        copy.mkdir()
        run["sha256sum_s"] = _timed(["sha256sum", *map(str, payload)])
        run["cp_s"] = _timed(["cp", *map(str, payload), str(copy)])
    run.update(made, size=size, payload_bytes=payload_bytes)
    run["load"] = os.getloadavg()[0]
    return run


def figures(run: dict[str, Any]) -> list[tuple[str, float, str, float | None, bool]]:
    """(name, value, unit, goal, lower is better) rows, as ``benchmarks.run`` prints them."""
    mb = run["size"] / 1e6
    label = f"import window, {run['size'] // MIB:,} MiB attachment"
    return [
        (f"{label}: MB/s (preview + apply)", mb / (run["stage_s"] + run["apply_s"]), "MB/s",
         GOAL_MB_S, False),
        (f"{label}: MB per CPU second (all threads)", mb / run["cpu_s"], "MB/s", None, False),
        (f"{label}: peak RSS", run["rss_mb"], "MB", GOAL_RSS_MB, True),
        (f"{label}: decrypting passes", float(run["passes"]), "", 1.0, True),
        ("  baseline: sha256sum of the payload, MB/s", mb / run["sha256sum_s"], "MB/s", None,
         False),
        ("  baseline: cp of the payload, MB/s", mb / run["cp_s"], "MB/s", None, False),
        ("  after: the WAL file the import left, MB", run["wal_mb"], "MB", None, True),
        ("  after: that WAL once trimmed in the background, MB", run["wal_trimmed_mb"], "MB",
         None, True),
        ("  after: the background trim's wall time, s", run["trim_s"], "s", None, True),
        ("  sender: storing it in the vault in pieces, MB/s", mb / run["store_s"], "MB/s", None,
         False),
        ("  sender: export (read from the vault, encrypt, verify), MB/s", mb / run["export_s"],
         "MB/s", None, False),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mib", type=int, default=None)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--setup", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return
    if args.setup:
        bundle, store_s, export_s = _stations(Path(args.setup[0]), int(args.setup[1]))
        print(json.dumps({"bundle": str(bundle), "store_s": store_s, "export_s": export_s}))
        return
    run = measure(args.size_mib, args.dir)
    print(f"payload {run['payload_bytes']:,} bytes; staging {run['stage_s']:.1f} s, applying "
          f"{run['apply_s']:.1f} s; load average {run['load']:.1f}")  # fmt: skip
    print_figures(figures(run), 64)


if __name__ == "__main__":
    main()
