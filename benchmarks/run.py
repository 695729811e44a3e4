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
  personal numbers, full birth dates, surname + year), each run three times, limit 50:
  ``search_pks`` + ``fetch_rows`` of the hits (what one results page needs; the audit entry
  ``PersonService.search`` adds is not included), with its CPU time. Baselines in the same
  run: the best single statement over the same schema (the walk of the index in registry
  order, ``search_statement``) and the same page of rows on a bare cursor; the plain
  statement (every match joined and sorted by name, ``reference_search.py``); and the FTS5
  trigram MATCH alone.
* bulk insert — ``bulk_add`` as ``migdesk-cli demo`` calls it (batches of 5,000, no
  validation) into a fresh vault of 100,000; plus the rate of the 1M build when this run
  built it. Baseline (``same_tables``): exactly the rows it wrote in every table, read back
  and written with ``executemany`` into the same tables of another fresh vault.
* person import — ``import_bundle`` (the CLI's ``bundle import``) of a bundle of 20,000
  synthetic persons made by MigDesk's own export, into a copy of the big vault: persons/s,
  wall and CPU; baseline: the rows that import wrote, written raw into the same tables of a
  second copy made from the same file just before the import
  (``benchmarks/person_import_bench.py``).
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
  person card, the first document, the audit, statistics, export, import and duplicates
  windows, the language switch with all of them open, and a supervisor signing an officer's
  letter (four eyes; ``benchmarks/signing_setup.py`` adds two users and a signatory to the
  cached vault once, and one draft letter a run).
* attachment import — the import window (stage, apply) on a bundle with a 1 GiB attachment
  into a vault: MB/s, peak RSS, decrypting passes; baselines ``sha256sum`` and ``cp`` of the
  same payload (``benchmarks/attachment_import.py``; ``make bench-bundles`` runs it alone).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks import attachment_import, import_memory, person_import_bench, same_tables
from benchmarks.bundle_throughput import measure_bundle
from benchmarks.cached_vault import (
    BUILD_BATCH,
    SEED,
    big_vault,
    fast_kdf,
    log,
    remove_vault,
    unlock_vault,
)
from benchmarks.cli_figures import measure_cli
from benchmarks.figures import CACHE, PASSWORD, PERSONS, USER, Figure, p95, print_table
from benchmarks.process_figures import measure_cold_start, measure_first_paint, measure_gui_stalls
from benchmarks.search_bench import KindTimes, measure_search, print_search_detail
from migdesk.demo import synthetic_persons
from migdesk.persons import search_index
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.vault import Vault, migrate
from migdesk.vault.engine import raw_connect
from migdesk.vault.keyslots import KeySlotFile

BULK_PERSONS = 100_000
BULK_BATCH = 5_000  # migdesk-cli demo's default
SAVES = 50
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
)


# --- bulk insert -------------------------------------------------------------------------------


def measure_bulk(scratch: Path) -> Figure:
    path, copy = scratch / "bulk.vault", scratch / "baseline.vault"
    with fast_kdf():
        vault = Vault.create(path, USER, PASSWORD)
        baseline_vault = Vault.create(copy, USER, PASSWORD)
    baseline_vault.close()
    log(f"bulk insert: {BULK_PERSONS:,} persons into a fresh vault…")
    try:
        with vault.engine.connect() as conn:
            tops = same_tables.capture(search_index.dbapi_connection(conn))
        started, started_cpu = time.perf_counter(), time.process_time()
        bulk_add(
            vault, synthetic_persons(BULK_PERSONS, SEED + 1), batch_size=BULK_BATCH, validate=False
        )
        seconds = time.perf_counter() - started
        cpu = time.process_time() - started_cpu
        with vault.engine.connect() as conn:
            rows = same_tables.written(
                search_index.dbapi_connection(conn),
                tops,
                lambda pks: search_index.stored_terms(conn, pks),
            )
    finally:
        vault.close()
    # The same rows of the same tables, raw: executemany, one transaction, nothing else.
    raw = raw_connect(copy, KeySlotFile.load(copy).unwrap(USER, PASSWORD))
    try:
        raw_seconds, raw_cpu = same_tables.replay(raw, rows)
    finally:
        raw.close()
    return Figure(
        f"bulk insert (fresh {BULK_PERSONS // 1000}k vault, batches of {BULK_BATCH:,})",
        BULK_PERSONS / seconds,
        "/s",
        20_000,
        lower_is_better=False,
        baseline=BULK_PERSONS / raw_seconds,
        note=f"bulk_add (the demo path) {seconds:.1f} s wall, {cpu:.1f} s CPU; baseline: the "
        f"{rows.rows:,} rows it wrote (persons, sub-records, history, search index, linkage "
        f"keys, audit), executemany into the same tables of another fresh vault, "
        f"{raw_seconds:.1f} s wall, {raw_cpu:.1f} s CPU; load average {os.getloadavg()[0]:.1f}",
    )


# --- bulk import of persons through a bundle ---------------------------------------------------


def measure_person_import(path: Path, scratch: Path) -> list[Figure]:
    """``benchmarks/person_import_bench.py`` on a copy of the big vault (it is written to)."""
    copy = scratch / "import.vault"
    log(f"person import: copying {path.name}…")
    for source in (path, KeySlotFile.path_for(path)):
        shutil.copyfile(source, copy.with_name(source.name.replace(path.name, copy.name)))
    twin = scratch / "import-baseline.vault"  # the baseline's copy, made from the same file
    try:
        run = person_import_bench.measure(copy, work=scratch / "person-import", twin=twin)
    finally:
        remove_vault(copy)
        remove_vault(twin)
    figures = [
        Figure(name, value, unit, goal, lower_is_better=lower, baseline=baseline)
        for name, value, unit, goal, lower, baseline in person_import_bench.figures(run)
    ]
    figures[0].note = person_import_bench.note(run)
    return figures


# --- unlock ------------------------------------------------------------------------------------


def measure_unlock(path: Path) -> Figure:
    times, raw_times = [], []
    data_key = KeySlotFile.load(path).unwrap(USER, PASSWORD)
    for _ in range(5):
        started = time.perf_counter()
        vault = Vault.open(path, USER, PASSWORD)
        times.append(time.perf_counter() - started)
        vault.close()
        started = time.perf_counter()
        raw = raw_connect(path, data_key)
        raw.execute("SELECT count(*) FROM sqlite_master").fetchall()
        raw_times.append(time.perf_counter() - started)
        raw.close()
    slot = KeySlotFile.load(path).find(USER)
    kdf = slot.kdf if slot is not None else {}
    return Figure(
        "unlock (Vault.open, production Argon2id), median of 5",
        statistics.median(times) * 1000,
        "ms",
        500,
        baseline=statistics.median(raw_times) * 1000,
        note=(
            f"max {max(times) * 1000:.0f} ms; slot KDF {kdf.get('name')} "
            f"{kdf.get('memory_kib')} KiB, {kdf.get('iterations')} passes, "
            f"{kdf.get('lanes')} lanes; "
            "baseline: connect with the raw key, no key derivation"
        ),
    )


# --- save --------------------------------------------------------------------------------------


def measure_save(path: Path) -> Figure:
    records = list(synthetic_persons(SAVES + 3, SEED + 2))
    times, cpu_times, raw_times = [], [], []
    added: list[str] = []
    with Vault.open(path, USER, PASSWORD) as vault:
        service = PersonService(vault)
        try:
            for index, record in enumerate(records):
                started, started_cpu = time.perf_counter(), time.process_time()
                added.append(service.add(record).id)
                if index >= 3:  # the first ones warm the caches up
                    times.append(time.perf_counter() - started)
                    cpu_times.append(time.process_time() - started_cpu)
            raw = raw_connect(path, KeySlotFile.load(path).unwrap(USER, PASSWORD))
            try:
                raw.execute("PRAGMA journal_mode = WAL")
                top = int(raw.execute("SELECT max(pk) FROM persons").fetchone()[0])
                for i in range(SAVES):
                    started = time.perf_counter()
                    raw.execute("BEGIN")
                    raw.execute(
                        "INSERT INTO persons (pk, id, surname_ru, sort_key, revision, created_at, "
                        "created_by, updated_at, updated_by) VALUES (?, ?, 'Бенчмарков', "
                        "'бенчмарков', 1, '2026-01-01 00:00:00', ?, '2026-01-01 00:00:00', ?)",
                        (top + 1 + i, f"bench-raw-{i}", USER, USER),
                    )
                    raw.execute("COMMIT")
                    raw_times.append(time.perf_counter() - started)
                raw.execute("DELETE FROM persons WHERE id LIKE 'bench-raw-%'")
            finally:
                raw.close()
        finally:
            _delete_persons(vault, added)
    return Figure(
        f"save one person (PersonService.add), p95 of {SAVES}",
        p95(times) * 1000,
        "ms",
        30,
        baseline=p95(raw_times) * 1000,
        note=f"median {statistics.median(times) * 1000:.1f} ms; CPU time p95 "
        f"{p95(cpu_times) * 1000:.1f} ms; baseline: one raw persons row INSERT + COMMIT",
    )


def _delete_persons(vault: Vault, ids: list[str]) -> None:
    """Take the benchmark's saves out of the cached vault again (their audit entries stay)."""
    if not ids:
        return
    marks = ", ".join("?" * len(ids))
    with vault.engine.begin() as conn:
        pks = [
            r[0]
            for r in conn.exec_driver_sql(
                f"SELECT pk FROM persons WHERE id IN ({marks})", tuple(ids)
            )
        ]
        for pk in pks:
            search_index.unindex_person(conn, pk)
        conn.exec_driver_sql(
            f"DELETE FROM person_revisions WHERE person_id IN ({marks})", tuple(ids)
        )
        conn.exec_driver_sql(f"DELETE FROM persons WHERE id IN ({marks})", tuple(ids))


# --- exchange bundle ---------------------------------------------------------------------------


def measure_bundle_figures(scratch: Path) -> list[Figure]:
    run = measure_bundle(work_dir=scratch)
    note = (
        f"{len(run.part_sizes)} ciphertext file(s); MB/s of attachment bytes, including the "
        "hash pass, fsync and read-back (write) or the hash pass and manifest checks (read)"
    )
    figures = [
        Figure(name, round(value, 1), unit, goal, lower_is_better=lower)
        for name, value, unit, goal, lower in run.figures()
    ]
    figures[0].note = note
    return figures


def import_figures(scratch: Path) -> list[Figure]:
    """The import window's pass over a bundle (``benchmarks/import_memory.py``)."""
    rows = import_memory.figures(import_memory.measure_import(work_dir=scratch))
    return [
        Figure(name, round(value, 1), unit, goal, lower_is_better=lower)
        for name, value, unit, goal, lower in rows
    ]


def attachment_figures(scratch: Path) -> list[Figure]:
    """The import window on a bundle with a 1 GiB attachment (``attachment_import.py``)."""
    run = attachment_import.measure(work_dir=scratch)
    rows = attachment_import.figures(run)
    figures = [
        Figure(name, round(value, 1), unit, goal, lower_is_better=lower)
        for name, value, unit, goal, lower in rows
    ]
    figures[0].note = f"load average {run['load']:.1f} at the end of the run"
    return figures


# --- main --------------------------------------------------------------------------------------


def measure_linkage(path: Path) -> list[Figure]:
    """Record-linkage quality and speed (``benchmarks/linkage_bench.py``)."""
    from benchmarks import linkage_bench  # loads the linkage stack only for this step

    return linkage_bench.measure(path)


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
    scratch = CACHE / "scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
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
