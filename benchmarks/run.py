"""``make bench``: MigDesk's figures on a vault of a million synthetic persons.

Each figure is printed with its goal and PASS or MISS, beside a baseline on a bare
``sqlcipher3`` connection measured in the same run where there is one. A MISS never fails the
command: benchmarks report, the tests assert.

The vault (``benchmarks/.cache/``, gitignored) is built once with ``bulk_add`` from
``migdesk.demo`` records and rebuilt only when it is missing or was built for another number
of persons (``--rebuild`` forces it); one built at an older schema revision is migrated to the
code's head revision in place, as a workstation would be.
Its key slot uses the **production** Argon2id profile (64 MiB, 3 passes, 4 lanes), so every
open of it below pays the real unlock cost; SQLCipher itself always works with the random
raw data key, whatever the slot's profile. Throw-away vaults (the bulk-insert figures) use
the test profile (``MIGDESK_INSECURE_FAST_KDF``), which only changes how fast they are created.

Figures:

* search — p95 over realistic queries (surname fragments in Cyrillic and Latin, document and
  personal numbers, full birth dates, surname + year), limit 50: ``search_pks`` +
  ``fetch_rows`` of the hits (what one results page needs; the audit entry
  ``PersonService.search`` adds is not included), with its CPU time. Baselines under the same
  state: the best single statement over the same schema (the walk of the index in registry
  order, ``search_statement``) and the same page of rows on a bare cursor; the plain
  statement (every match joined and sorted by name, ``reference_search.py``); and the FTS5
  trigram MATCH alone. Two states of the OS cache, set on purpose
  (``benchmarks/search_bench.py``, ``search_cold.py``): the vault's pages in the OS cache
  (every statement run once untimed right before; each query three times, first runs
  included) — the goal's row; and from the disk (the vault dropped from the OS cache and a
  fresh connection before each query's first run, ours and the baselines alike; Linux only).
* bulk insert — ``bulk_add`` as ``migdesk-cli demo`` calls it (batches of 5,000, no
  validation) into a fresh vault of 100,000; plus the rate of the 1M build when this run
  built it. Baseline (``same_tables``): exactly the rows it wrote in every table, read back
  and written with ``executemany`` into the same tables of another fresh vault.
* person import — ``import_bundle`` (the CLI's ``bundle import``) of a bundle of 20,000
  synthetic persons made by MigDesk's own export, into a copy of the big vault: persons/s,
  wall and CPU; baseline: the rows that import wrote, written raw into the same tables of a
  second copy made from the same file just before the import
  (``benchmarks/person_import_bench.py``). Beside it, the import window's way on another
  copy of that file: ``stage_import`` (preview) then ``apply_staged``, which takes the
  preview's matches; the apply against the same baseline (``benchmarks/window_apply.py``).
* unlock — ``Vault.open`` of a small vault with the production profile (median of 5).
  Baseline: raw connect + key + first read, no key derivation.
* cli — ``migdesk-cli --help``, ``--version`` and ``person show ID --json`` on the 1M vault
  (unlock included), each a new process, median of 5, CPU time beside the wall time;
  baselines ``python -c pass`` and the same unlock + row read on raw ``sqlcipher3``
  (``benchmarks/cli_figures.py``).
* cold start — a new process (``QT_QPA_PLATFORM=offscreen``) that imports the GUI, unlocks
  the 1M vault and shows ``MainWindow`` until the registry's first page is painted.
* registry first paint — ``all_pks`` + the first page of rows in a new process, its peak RSS
  (VmHWM, which includes the 64 MiB of Argon2id during the unlock); also through the GUI's
  own ``search_keys`` and ``RegistryModel``.
* save — ``PersonService.add`` of one person on the 1M vault, p95 of 50 (the persons added
  are deleted again afterwards). Baseline: one raw persons row INSERT + COMMIT.
* bundle — write and read an exchange bundle with a 1 GiB attachment generated on the fly,
  each phase in its own process with its peak RSS (``benchmarks/bundle_throughput.py``;
  ``$MIGDESK_BENCH_BUNDLE_MIB`` sets another size).
* gui stalls — the main window on the 1M vault driven as an officer would, in a new process
  (``benchmarks/gui_stall_probe.py``): per action the longest gap of a 5 ms timer on the GUI
  thread, with the GUI thread's CPU time in it — registry fill, preload, typing a surname, a
  person card, the first document, the card saved while an index merge step holds the
  vault's write lock for 0.47 s (the longest step at 1M), the audit, statistics, export,
  import and duplicates windows, the language switch with all of them open, and a
  supervisor signing an officer's letter (four eyes; ``benchmarks/signing_setup.py`` adds
  two users and a signatory to the cached vault once, and one draft letter a run).
* attachment import — the import window (stage, apply) on a bundle with a 1 GiB attachment
  into a vault: MB/s, peak RSS, decrypting passes; baselines ``sha256sum`` and ``cp`` of the
  same payload (``benchmarks/attachment_import.py``; ``make bench-bundles`` runs it alone).
* index upkeep — the search index of a copy of the big vault rebuilt as the build's batches
  left it, then merged in steps as the GUI does after an import: wall time, the longest step
  (the write lock held), an officer's saves meanwhile (the upkeep as before, and giving way
  to the officer's clicks), search p95 before and after; baseline FTS5 ``optimize`` on a
  second copy (``benchmarks/index_upkeep_bench.py``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks.cached_vault import BUILD_BATCH, big_vault, log, unlock_vault
from benchmarks.cli_figures import measure_cli
from benchmarks.figures import CACHE, PERSONS, Figure, print_table
from benchmarks.index_upkeep_bench import measure_index_upkeep
from benchmarks.process_figures import measure_cold_start, measure_first_paint, measure_gui_stalls
from benchmarks.search_bench import KindTimes, measure_search, print_search_detail
from benchmarks.steps import (
    attachment_figures,
    import_figures,
    measure_bulk,
    measure_bundle_figures,
    measure_linkage,
    measure_person_import,
    measure_save,
    measure_unlock,
)
from migdesk.vault import migrate

STEPS = (
    "search",
    "bulk insert",
    "person import",
    "unlock",
    "cli",
    "cold start",
    "first paint",
    "gui stalls",
    "save",
    "bundle",
    "bundle import",
    "attachment import",
    "linkage",
    "index upkeep",
)


def environment(persons: int, names: str) -> str:
    version = sqlcipher3.sqlite_version
    cpus = os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{persons:,} synthetic persons ({names} names), schema {migrate.head_revision()}, "
        f"SQLite {version}, Python {platform.python_version()}, {cpus} CPUs, "
        f"load average {load:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--persons", type=int, default=PERSONS, help="size of the big vault")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached vault")
    parser.add_argument(
        "--names",
        choices=("basic", "varied"),
        default="basic",
        help="synthetic names: the short demo lists (35 surnames) or tens of thousands of "
        "surnames with a skewed frequency (each its own cached vault)",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=STEPS,
        metavar="FIGURE",
        help=f"measure only this figure (repeatable; one of: {', '.join(STEPS)})",
    )
    args = parser.parse_args(argv)

    cached = big_vault(args.persons, args.rebuild, args.names)
    figures: list[Figure] = []
    # Beside the cached vaults (the same file system: their copies are cheap, and /tmp may be
    # in memory), one folder per run: two runs never remove each other's copies.
    CACHE.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="scratch-", dir=CACHE))
    steps: list[tuple[str, Callable[[], Any]]] = [
        ("search", lambda: measure_search(cached.path)),
        ("bulk insert", lambda: measure_bulk(scratch)),
        ("person import", lambda: measure_person_import(cached.path, scratch)),
        ("unlock", lambda: measure_unlock(unlock_vault())),
        ("cli", lambda: measure_cli(cached.path)),
        ("cold start", lambda: measure_cold_start(cached.path, scratch)),
        ("first paint", lambda: measure_first_paint(cached.path, scratch)),
        ("gui stalls", lambda: measure_gui_stalls(cached.path, scratch)),
        ("save", lambda: measure_save(cached.path)),
        ("bundle", lambda: measure_bundle_figures(scratch)),
        ("bundle import", lambda: import_figures(scratch)),
        ("attachment import", lambda: attachment_figures(scratch)),
        ("linkage", lambda: measure_linkage(cached.path)),
        ("index upkeep", lambda: measure_index_upkeep(cached.path, scratch)),
    ]
    assert [name for name, _ in steps] == list(STEPS)
    if args.only:
        steps = [(name, step) for name, step in steps if name in args.only]
    detail: list[KindTimes] = []
    try:
        for name, step in steps:
            log(f"measuring {name}…")
            result = step()
            if name == "search":
                search_figures, detail = result
                figures.extend(search_figures)
            elif isinstance(result, list):
                figures.extend(result)
            else:
                figures.append(result)
            if name == "bulk insert" and cached.build_rate is not None:
                when = "this run" if cached.built_now else f"cached, built {cached.built_at}"
                figures.append(
                    Figure(
                        f"bulk insert, building the {args.persons:,} vault",
                        cached.build_rate,
                        "/s",
                        20_000,
                        lower_is_better=False,
                        note=f"{when}; batches of {BUILD_BATCH:,}",
                    )
                )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print_table(f"MigDesk benchmarks — {environment(args.persons, args.names)}", figures)
    if detail:
        print_search_detail(detail)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
