"""The steps of ``make bench`` measured in ``benchmarks.run``'s own process, each as the
``Figure`` rows of its table: bulk insert, person import, unlock, save, the exchange bundle,
the import window and record linkage. (Steps run in new processes: ``process_figures``,
``cli_figures``; search: ``search_bench``.)"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from pathlib import Path

from benchmarks import (
    attachment_import,
    import_into,
    import_memory,
    person_import_bench,
    same_tables,
    sender_bundle,
    window_apply,
)
from benchmarks.bundle_throughput import measure_bundle
from benchmarks.cached_vault import SEED, fast_kdf, log, remove_vault
from benchmarks.figures import PASSWORD, USER, Figure, p95
from migdesk.demo import synthetic_persons
from migdesk.persons import search_index
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect
from migdesk.vault.keyslots import KeySlotFile

BULK_PERSONS = 100_000
BULK_BATCH = 5_000  # migdesk-cli demo's default
SAVES = 50


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
    work = scratch / "person-import"
    window = scratch / "window.vault"  # the import window's copy of the same file
    try:
        # The bundle first (it is reused by ``measure``), so that the window's copy has the
        # same keys and trust; the window runs first, so at most two copies exist at once.
        window_run = _window_apply(copy, window, work)
        run = person_import_bench.measure(copy, work=work, twin=twin)
    finally:
        remove_vault(copy)
        remove_vault(twin)
        remove_vault(window)
    figures = [
        Figure(name, value, unit, goal, lower_is_better=lower, baseline=baseline)
        for name, value, unit, goal, lower, baseline in person_import_bench.figures(run)
    ]
    figures[0].note = person_import_bench.note(run)
    window_figures = [
        Figure(name, value, unit, goal, lower_is_better=lower, baseline=baseline)
        for name, value, unit, goal, lower, baseline in window_apply.figures(window_run, run)
    ]
    window_figures[0].note = window_apply.note(window_run, run)
    return figures + window_figures


def _window_apply(copy: Path, window: Path, work: Path) -> window_apply.WindowRun:
    """``window_apply`` on a copy of ``copy`` made once the bundle for it exists."""
    work.mkdir(parents=True, exist_ok=True)
    persons = person_import_bench.persons_wanted()
    log(f"import window: a bundle of {persons:,} persons…")
    bundle = sender_bundle.make_bundle(work, copy, persons)
    checkpoint = raw_connect(copy, KeySlotFile.load(copy).unwrap(USER, PASSWORD))
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.close()
    log(f"import window: copying {copy.name} to {window.name}…")
    person_import_bench.copy_vault(copy, window)
    try:
        log("import window: stage_import, then apply_staged…")
        return window_apply.measure(window, bundle)
    finally:
        remove_vault(window)


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
    """The import window's pass over a bundle (``benchmarks/import_memory.py``); with
    ``$MIGDESK_BENCH_IMPORT_INTO`` set, also into a copy of the 1M vault (``import_into``:
    ~2.5 min more, most of it copying the vault)."""
    rows = import_memory.figures(import_memory.measure_import(work_dir=scratch))
    if os.environ.get(import_into.INTO_ENV):
        rows += import_into.figures(import_into.measure(scratch=scratch))
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


# --- linkage -----------------------------------------------------------------------------------


def measure_linkage(path: Path) -> list[Figure]:
    """Record-linkage quality and speed (``benchmarks/linkage_bench.py``)."""
    from benchmarks import linkage_bench  # loads the linkage stack only for this step

    return linkage_bench.measure(path)
