"""The import window into a full recipient: a bundle of persons into a copy of the big vault.

    python -m benchmarks.import_into [--vault PATH] [--persons 20000] [--dir DIR]

``import_memory``'s figure imports into an EMPTY vault; this one imports the same kind of
bundle (``$MIGDESK_BENCH_IMPORT_PERSONS`` synthetic persons, default 20,000, written with
the sender's real keys as ``person_import_bench`` makes it) into a copy of the cached 1M
vault (``--vault``, default ``benchmarks/.cache/persons-1000000.vault``), where every
incoming person is matched against a million (issue #17). The copy (``--dir``, default
``benchmarks/.cache/scratch``) is made by the parent and removed at the end; a process of
its own then does what the import window does — ``stage_import`` (verify, decrypt, preview
with matching) and ``apply_staged`` (one transaction) — so its peak RSS (``VmHWM``) is the
import's alone, with the vault's pages and the matching block in it.

Too slow for every ``make bench`` (the copy of a 4 GB file is most of it): ``benchmarks.run``
measures it when ``$MIGDESK_BENCH_IMPORT_INTO`` is set (to 1, or to a vault's path).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

from benchmarks.cached_vault import log, remove_vault
from benchmarks.figures import CACHE, PASSWORD, USER
from benchmarks.import_window import json_child, measured_import, print_figures
from benchmarks.probes import peak_rss_mb

INTO_ENV = "MIGDESK_BENCH_IMPORT_INTO"
PERSONS_ENV = "MIGDESK_BENCH_IMPORT_PERSONS"
DEFAULT_PERSONS = 20_000
DEFAULT_VAULT = CACHE / "persons-1000000.vault"
GOAL_RSS_MB = 250.0


def default_vault() -> Path:
    """``$MIGDESK_BENCH_IMPORT_INTO`` when it names a vault, else the basic 1M vault."""
    named = os.environ.get(INTO_ENV, "")
    return Path(named) if named not in ("", "1") else DEFAULT_VAULT


def child(vault_path: Path, bundle: Path) -> None:
    """The measured import, in a process of its own; prints one JSON line."""
    from migdesk.vault import Vault

    with Vault.open(vault_path, USER, PASSWORD) as vault:
        (vault_persons,) = vault.raw_execute("SELECT count(*) FROM persons")[0]
        rss_open = peak_rss_mb()
        cpu = time.process_time()
        measured = measured_import(vault, bundle)
        cpu = time.process_time() - cpu
    print(json.dumps({
        "stage_s": measured.stage_s, "apply_s": measured.apply_s, "cpu_s": cpu,
        "rss_mb": peak_rss_mb(), "rss_open_mb": rss_open, "passes": measured.passes,
        "persons": len(measured.result.preview.new_persons),
        "matches": len(measured.result.preview.matches), "vault_persons": vault_persons,
    }))  # fmt: skip


def measure(
    vault: Path | None = None, persons: int | None = None, scratch: Path | None = None
) -> dict[str, Any]:
    from benchmarks.sender_bundle import make_bundle
    from migdesk.vault.keyslots import KeySlotFile

    source = vault or default_vault()
    count = persons or int(os.environ.get(PERSONS_ENV) or DEFAULT_PERSONS)
    folder = (scratch or CACHE / "scratch") / "import-window-into"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    copy = folder / "recipient.vault"
    try:
        started = time.perf_counter()
        log(f"import window into {source.name}: copying it…")
        for path in (source, KeySlotFile.path_for(source)):
            shutil.copyfile(path, copy.with_name(path.name.replace(source.name, copy.name)))
        log(f"import window into {source.name}: a bundle of {count:,} persons…")
        (folder / "sender").mkdir()
        bundle = make_bundle(folder / "sender", copy, count)
        log(f"import window into {source.name}: importing…")
        run = json_child("benchmarks.import_into", "--child", str(copy), str(bundle))
        run["total_s"] = time.perf_counter() - started
    finally:
        remove_vault(copy)
        shutil.rmtree(folder, ignore_errors=True)
    run["load"] = os.getloadavg()[0]
    return run


def figures(run: dict[str, Any]) -> list[tuple[str, float, str, float | None, bool]]:
    """(name, value, unit, goal, lower is better) rows, as ``benchmarks.run`` prints them."""
    label = f"import window, {run['persons']:,} persons into {run['vault_persons']:,}"
    seconds = run["stage_s"] + run["apply_s"]
    return [
        (f"{label}: persons/s (preview + apply)", run["persons"] / seconds, "/s", None, False),
        (f"{label}: CPU s of the import", run["cpu_s"], "s", None, True),
        (f"{label}: peak RSS", run["rss_mb"], "MB", GOAL_RSS_MB, True),
        ("  of it, the vault opened, before the import", run["rss_open_mb"], "MB", None, True),
        (f"{label}: decrypting passes", float(run["passes"]), "", 1.0, True),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vault", type=Path, default=None, help="copied, never written")
    parser.add_argument("--persons", type=int, default=None)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return
    run = measure(args.vault, args.persons, args.dir)
    print(f"staging {run['stage_s']:.1f} s, applying {run['apply_s']:.1f} s "
          f"({run['matches']:,} probable matches); whole run {run['total_s']:.0f} s; "
          f"load average {run['load']:.1f}")  # fmt: skip
    print_figures(figures(run), 64)


if __name__ == "__main__":
    main()
