"""Importing a bundle into a vault as the import window does: peak RSS, speed, passes.

    python -m benchmarks.import_memory [--persons N | --fill] [--before REF] [--dir DIR]

Two throw-away workstations (KZ-MVD → AM-MIGRATION, keys and trust as in real use) are
built in a temporary folder. ``--persons N`` (or ``$MIGDESK_BENCH_IMPORT_PERSONS``): KZ
exports that many synthetic persons in one bundle. ``--fill`` (or the variable set to
``fill``; the default): the largest bundle the format allows (issue #14) — synthetic person
records until ``records.json`` is just under its 256 MiB limit, written straight into a
bundle with KZ's keys (an export of that many would take the bench an hour). Then a process
of its own does what the import window does — ``stage_import`` (verify, decrypt, preview)
and ``apply_staged`` (one transaction) — so its peak RSS (``VmHWM``) is the import's alone.
It also counts how many times the payload is decrypted (goal: once, issue #17).

The before figure, in the same run over the same bundle: the same child run from the code
of ``--before REF`` (``$MIGDESK_BENCH_IMPORT_BEFORE``; default: main just before records
were streamed through planning), extracted with ``git archive`` into the work folder, into
an untouched copy of the same recipient vault (both vaults are made by that older code, so
that it can open them; today's code migrates its copy on opening, inside the measured
process). ``--before ''`` skips it.

Speed is persons per second of staging plus applying (both plan every record); CPU seconds
of the child are printed beside.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.import_window import (
    PASSWORD,
    RECEIVER,
    ROOT,
    SENDER,
    USER,
    json_child,
    measured_import,
    print_figures,
    two_stations,
)
from benchmarks.probes import peak_rss_mb

PERSONS_ENV = "MIGDESK_BENCH_IMPORT_PERSONS"
BEFORE_ENV = "MIGDESK_BENCH_IMPORT_BEFORE"
DEFAULT_PERSONS = "fill"
# main just before records were streamed through planning (issue #14)
DEFAULT_BEFORE = "94dfbc6"
FILL_MARGIN = 64 * 1024  # bytes left free under the records limit
GOAL_RSS_MB = 250.0


def _stations(work: Path, persons: int) -> Path:
    """Builds both vaults and the bundle; returns the bundle's folder."""
    from migdesk.demo import synthetic_persons
    from migdesk.exchange import export_bundle
    from migdesk.persons.bulk import bulk_add
    from migdesk.vault import Vault

    stick = work / "bundle"
    stick.mkdir()
    with Vault.open(work / f"{SENDER}.vault", USER, PASSWORD) as vault:
        made = {str(row[0]) for row in vault.raw_execute("SELECT id FROM persons")}
        bulk_add(vault, synthetic_persons(persons, seed=15), validate=False)
        ids = [str(r[0]) for r in vault.raw_execute("SELECT id FROM persons") if r[0] not in made]
        result = export_bundle(vault, RECEIVER, stick, persons=ids)
    assert result.ok and result.path is not None, result.message
    return result.path


def _filled(work: Path) -> Path:
    """Both vaults and the largest bundle the format allows: synthetic person records (as an
    export writes them) until records.json is just under its limit, signed and encrypted
    with KZ's keys like an export."""
    import uuid

    from migdesk.bundles import OutgoingBundle, write_bundle
    from migdesk.bundles.content import MAX_RECORDS_BYTES, encode_records
    from migdesk.demo import synthetic_persons
    from migdesk.exchange.keys import own_signing
    from migdesk.exchange.trust import load_trust, partner_encryption_certificate
    from migdesk.pki.keys import KeyPair
    from migdesk.vault import Vault

    limit = MAX_RECORDS_BYTES - FILL_MARGIN
    sample = [_person(d, uuid.UUID(int=i + 1)) for i, d in enumerate(synthetic_persons(2000, 14))]
    count = int(limit / (len(encode_records(sample)) / len(sample)))
    records = [_person(d, uuid.UUID(int=i + 1)) for i, d in enumerate(synthetic_persons(count, 14))]
    encoded = encode_records(records)
    while len(encoded) > limit:  # the sample's average was a little short
        del records[-max(1, (len(encoded) - limit) // 800) :]
        encoded = encode_records(records)
    del encoded
    with Vault.open(work / f"{SENDER}.vault", USER, PASSWORD) as vault, vault.read_session() as s:
        signing = own_signing(s)
        assert isinstance(signing, KeyPair)  # the bench's keys are in the vault
        recipient = partner_encryption_certificate(s, RECEIVER)
        trust = load_trust(s)
    stick = work / "bundle"
    stick.mkdir()
    bundle = OutgoingBundle(SENDER, RECEIVER, 1, signing, recipient, records)
    result = write_bundle(bundle, stick, trust)
    assert result.ok and result.path is not None, result.message
    return result.path


def _person(data: dict[str, Any], person_id: object) -> dict[str, Any]:
    return {"type": "person", "id": str(person_id), "data": {**data, "id": str(person_id)}}


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
                "cpu_s": time.process_time(),
                "rss_mb": peak_rss_mb(),
                "passes": measured.passes,
                "payload_bytes": payload,
                "persons": len(measured.result.preview.new_persons),
            }
        )
    )


def _child(code: Path, work: Path, bundle: Path) -> dict[str, Any]:
    return json_child("benchmarks.import_memory", "--child", str(work), str(bundle), code=code)


def _old_code(ref: str, work: Path) -> Path:
    """The code of ``ref`` (``migdesk`` and ``benchmarks``), extracted into ``work``."""
    code = work / "before-code"
    code.mkdir()
    tar = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "migdesk", "benchmarks"],
        capture_output=True, check=True, timeout=300,
    ).stdout  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(code)], input=tar, check=True, timeout=300)
    return code


_OLD_STATIONS = (
    "import sys; from pathlib import Path; from benchmarks.import_memory import _stations; "
    "_stations(Path(sys.argv[1]), 1)"
)


def _vaults(work: Path, code: Path | None) -> None:
    """Both workstations: made by the before code when there is one (a vault made by
    today's code may be too new for it; today's code opens an older one), else today's."""
    if code is None:
        two_stations(work)
        return
    env = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run(
        [sys.executable, "-c", _OLD_STATIONS, str(work)],
        capture_output=True, env=env, check=True, timeout=3600, cwd=code,
    )  # fmt: skip


def _said(exc: BaseException) -> str:
    said = getattr(exc, "stderr", None) or b""
    return said.decode(errors="replace")[-2000:] if isinstance(said, bytes) else str(said)


def measure_import(
    persons: int | str | None = None, work_dir: Path | None = None, before: str | None = None
) -> dict[str, Any]:
    """The run's figures; under ``"before"`` the same from the code of ``before`` over the
    same bundle, into its own copy of the same (untouched) recipient vault."""
    size = persons or os.environ.get(PERSONS_ENV) or DEFAULT_PERSONS
    ref = before if before is not None else os.environ.get(BEFORE_ENV, DEFAULT_BEFORE)
    with tempfile.TemporaryDirectory(dir=work_dir, prefix="migdesk-import-") as tmp:
        work = Path(tmp)
        code = None
        if ref:
            try:
                code = _old_code(ref, work)
                _vaults(work, code)
            except (subprocess.SubprocessError, OSError) as exc:
                print(f"before ({ref}): not measured — {exc} {_said(exc)}", file=sys.stderr)
                code = None
        if code is None:
            _vaults(work, None)
        pristine = work / "pristine"
        pristine.mkdir()
        for vault in work.glob(f"{RECEIVER}.vault*"):
            (pristine / vault.name).write_bytes(vault.read_bytes())
        bundle = _filled(work) if size == "fill" else _stations(work, int(size))
        run = _child(ROOT, work, bundle)
        if code is not None:
            try:
                run["before"] = {**_child(code, pristine, bundle), "ref": ref}
            except (subprocess.SubprocessError, OSError) as exc:
                print(f"before ({ref}): not measured — {exc} {_said(exc)}", file=sys.stderr)
    return run


def figures(run: dict[str, Any]) -> list[tuple[str, float, str, float | None, bool]]:
    """(name, value, unit, goal, lower is better) rows for ``benchmarks.run``. Speed is
    persons per second here (the vault's work dominates a records bundle); MB/s of a
    1 GiB bundle is the ``bundle read`` figure of ``bundle_throughput``."""
    seconds = run["stage_s"] + run["apply_s"]
    payload_mib = run["payload_bytes"] / 1024**2
    label = f"import window, {run['persons']:,} persons ({payload_mib:,.0f} MiB payload)"
    rows: list[tuple[str, float, str, float | None, bool]] = [
        (f"{label}: persons/s (preview + apply)", run["persons"] / seconds, "/s", None, False),
        (f"{label}: CPU s of the import process", run.get("cpu_s", 0.0), "s", None, True),
        (f"{label}: peak RSS", run["rss_mb"], "MB", GOAL_RSS_MB, True),
        (f"{label}: decrypting passes", float(run["passes"]), "", 1.0, True),
    ]
    before = run.get("before")
    if before:
        was = f"{label}, before ({before['ref']})"
        before_s = before["stage_s"] + before["apply_s"]
        rows += [
            (f"{was}: persons/s", before["persons"] / before_s, "/s", None, False),
            (f"{was}: peak RSS", before["rss_mb"], "MB", None, True),
        ]
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--persons", type=int, default=None)
    parser.add_argument("--fill", action="store_true", help="records.json just under its limit")
    parser.add_argument("--before", default=None, help="git ref of the before figure")
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return
    run = measure_import("fill" if args.fill else args.persons, args.dir, args.before)
    print(f"payload {run['payload_bytes']:,} bytes; staging {run['stage_s']:.2f} s, "
          f"applying {run['apply_s']:.2f} s")  # fmt: skip
    print_figures(figures(run), 58)


if __name__ == "__main__":
    main()
