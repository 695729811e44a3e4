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
  ``PersonService.search`` adds is not included). Baseline: the same search as one
  ``JOIN … ORDER BY sort_key LIMIT 50`` statement and the same row fetch on a raw cursor.
* bulk insert — ``bulk_add`` as ``migdesk-cli demo`` calls it (batches of 5,000, no
  validation) into a fresh vault of 100,000; plus the rate of the 1M build when this run
  built it. Baseline: ``executemany`` of the same persons rows (that table only).
* unlock — ``Vault.open`` of a small vault with the production profile (median of 5).
  Baseline: raw connect + key + first read, no key derivation.
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
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks import import_memory
from benchmarks.bundle_throughput import measure_bundle
from benchmarks.figures import CACHE, PASSWORD, PERSONS, ROOT, USER, Figure, p95, print_table
from benchmarks.reference_search import reference_sql
from migdesk.demo import synthetic_persons
from migdesk.identity.translit import to_latin
from migdesk.persons import search
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.vault import Vault, migrate
from migdesk.vault.engine import make_engine, raw_connect
from migdesk.vault.keyslots import KeySlotFile

SEED = 20261126
BUILD_BATCH = 20_000
BULK_PERSONS = 100_000
BULK_BATCH = 5_000  # migdesk-cli demo's default
SEARCH_LIMIT = 50
SEARCH_REPEATS = 3
SAVES = 50
PROBE_TIMEOUT_S = 600
STEPS = (
    "search",
    "bulk insert",
    "unlock",
    "cold start",
    "first paint",
    "gui stalls",
    "save",
    "bundle",
    "bundle import",
    "linkage",
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def fast_kdf() -> Iterator[None]:
    """The test Argon2id profile for vaults created inside (throw-away ones)."""
    previous = os.environ.get("MIGDESK_INSECURE_FAST_KDF")
    os.environ["MIGDESK_INSECURE_FAST_KDF"] = "1"
    try:
        yield
    finally:
        if previous is None:
            del os.environ["MIGDESK_INSECURE_FAST_KDF"]
        else:
            os.environ["MIGDESK_INSECURE_FAST_KDF"] = previous


def remove_vault(path: Path) -> None:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()


# --- the cached vaults -------------------------------------------------------------------------


@dataclass
class Cached:
    path: Path
    built_now: bool = False
    build_rate: float | None = None  # persons/s of the build, this run or when it was built
    built_at: str | None = None


def _stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".stamp.json")


def _read_stamp(path: Path) -> dict[str, Any]:
    try:
        stamp = json.loads(_stamp_path(path).read_text())
    except (OSError, ValueError):
        return {}
    return stamp if isinstance(stamp, dict) else {}


def _cached_ok(path: Path, expected: dict[str, Any]) -> bool:
    stamp = _read_stamp(path)
    return (
        path.is_file()
        and KeySlotFile.path_for(path).is_file()
        and stamp.get("identity") == expected
    )


def _upgrade_cached(path: Path, expected: dict[str, Any]) -> bool:
    """Bring a cached vault built at an older schema revision to the head, the way an
    installed workstation gets there (the migrations), instead of rebuilding it for minutes.
    No backup copy is made: the cache can always be rebuilt with ``--rebuild``."""
    stamp = _read_stamp(path)
    identity = stamp.get("identity")
    if not isinstance(identity, dict) or not _cached_ok(path, identity):
        return False
    if {**identity, "schema": expected["schema"]} != expected:
        return False
    if identity.get("schema") not in migrate.known_revisions():
        return False
    log(f"upgrading {path.name} from schema {identity['schema']} to {expected['schema']}…")
    data_key = KeySlotFile.load(path).unwrap(USER, PASSWORD)
    engine = make_engine(path, data_key)
    try:
        with engine.connect() as conn:
            migrate.upgrade(conn)
            conn.commit()
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    upgraded = stamp.get("upgraded", [])
    stamp["upgraded"] = [*upgraded, {"from": identity["schema"], "to": expected["schema"]}]
    stamp["identity"] = expected
    _stamp_path(path).write_text(json.dumps(stamp))
    return True


def big_vault(persons: int, rebuild: bool, names: str = "basic") -> Cached:
    varied = names == "varied"
    path = CACHE / (f"persons-{persons}-varied.vault" if varied else f"persons-{persons}.vault")
    expected = {"persons": persons, "schema": migrate.head_revision(), "seed": SEED, "kdf": "prod"}
    if varied:
        expected["names"] = names
    if not rebuild and (_cached_ok(path, expected) or _upgrade_cached(path, expected)):
        build = _read_stamp(path).get("build", {})
        return Cached(path, build_rate=build.get("rate"), built_at=build.get("at"))
    log(f"building {path.name}: {persons:,} synthetic persons (cached for later runs)…")
    remove_vault(path)
    _stamp_path(path).unlink(missing_ok=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    with Vault.create(path, USER, PASSWORD, authority="KZ-MVD") as vault:
        started = time.perf_counter()
        last = [started]

        def progress(done: int) -> None:
            now = time.perf_counter()
            if now - last[0] > 10 or done == persons:
                last[0] = now
                log(f"  {done:>9,} / {persons:,}  {done / (now - started):,.0f} /s")

        bulk_add(
            vault,
            synthetic_persons(persons, SEED, varied=varied),
            batch_size=BUILD_BATCH,
            validate=False,
            progress=progress,
        )
        rate = persons / (time.perf_counter() - started)
    built_at = time.strftime("%Y-%m-%d %H:%M")
    build = {"rate": rate, "at": built_at, "batch": BUILD_BATCH}
    _stamp_path(path).write_text(json.dumps({"identity": expected, "build": build}))
    return Cached(path, built_now=True, build_rate=rate, built_at=built_at)


def unlock_vault() -> Path:
    path = CACHE / "unlock.vault"
    expected = {"schema": migrate.head_revision(), "kdf": "prod"}
    if not _cached_ok(path, expected):
        remove_vault(path)
        _stamp_path(path).unlink(missing_ok=True)
        CACHE.mkdir(parents=True, exist_ok=True)
        with Vault.create(path, USER, PASSWORD) as vault:
            bulk_add(vault, synthetic_persons(100, SEED), validate=False)
        _stamp_path(path).write_text(json.dumps({"identity": expected}))
    return path


# --- search ------------------------------------------------------------------------------------


def search_queries(vault: Vault, rng: random.Random) -> dict[str, list[str]]:
    """Queries an officer would type, taken from the vault's own records so they hit."""
    raw = vault.raw_execute
    top = int(raw("SELECT max(pk) FROM persons")[0][0])
    picks = [rng.randint(1, top) for _ in range(12)]
    marks = ", ".join("?" * len(picks))
    people = raw(
        "SELECT p.surname_ru, p.birth_date, p.personal_number, d.number FROM persons p "
        f"LEFT JOIN identity_documents d ON d.person_pk = p.pk WHERE p.pk IN ({marks})",
        *picks,
    )
    # Fragments of 4 to 6 letters, from surnames long enough in both scripts.
    surnames = sorted({row[0] for row in people if row[0] and len(to_latin(row[0])) >= 4})
    surnames = [s for s in surnames if len(s) >= 4]
    cyrillic, latin = [], []
    for surname in surnames[:6]:
        size = rng.randint(4, min(6, len(surname)))
        start = rng.randint(0, len(surname) - size)
        cyrillic.append(surname[start : start + size].lower())
        latin_name = to_latin(surname).lower()
        size = rng.randint(4, min(6, len(latin_name)))
        start = rng.randint(0, len(latin_name) - size)
        latin.append(latin_name[start : start + size])
    full_dates = [row[1] for row in people if row[1] and len(row[1]) == 10]
    return {
        "surname part, Cyrillic": cyrillic,
        "surname part, Latin": latin,
        "document number": [row[3] for row in people if row[3]][:5],
        "personal number": [row[2] for row in people if row[2]][:5],
        "full birth date": [f"{d[8:]}.{d[5:7]}.{d[:4]}" for d in full_dates[:5]],
        "surname + year": [
            f"{row[0]} {row[1][:4]}" for row in people if row[0] and row[1] and len(row[1]) >= 4
        ][:5],
    }


def naive_search_sql(query: str) -> tuple[str, dict[str, Any]]:
    """The search as one statement (how ``search_pks`` was written before it was tuned)."""
    return reference_sql(query, SEARCH_LIMIT)


ROWS_SQL = (
    "SELECT p.pk, p.id, p.surname_ru, p.given_name_ru, p.patronymic_ru, p.surname_lat, "
    "p.given_name_lat, p.sex, p.birth_date, "
    "(SELECT group_concat(country, ', ') FROM person_citizenships c WHERE c.person_pk = p.pk), "
    "(SELECT trim(coalesce(series, '') || ' ' || number) FROM identity_documents d "
    " WHERE d.person_pk = p.pk ORDER BY position LIMIT 1) "
    "FROM persons p WHERE p.pk IN ({marks})"
)


MANY = 50_000  # the second search figure: queries matching at least this many persons
MANY_QUERIES = 6


def many_match_queries(vault: Vault, groups: dict[str, list[str]]) -> list[str]:
    """Fragments of three letters (both scripts) and birth years that match ≥ MANY persons."""
    seeds = groups["surname part, Cyrillic"] + groups["surname part, Latin"]
    candidates = list(dict.fromkeys(w[i : i + 3] for w in seeds for i in range(len(w) - 2)))
    candidates += ["1975", "1985", "ова", "ova", "ian", "ян"]
    found = []
    for query in candidates:
        params = search.search_statement(query, None)[1]
        if "fts" not in params:
            continue
        count = vault.raw_execute(
            "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?", params["fts"]
        )[0][0]
        if count >= MANY:
            found.append(query)
        if len(found) == MANY_QUERIES:
            break
    return found


Timings = dict[str, list[float]]


def measure_search(
    path: Path,
) -> tuple[list[Figure], list[tuple[str, list[float], list[float], list[float]]]]:
    with Vault.open(path, USER, PASSWORD) as vault:
        groups = search_queries(vault, random.Random(SEED))
        heavy = many_match_queries(vault, groups)
        data_key = KeySlotFile.load(path).unwrap(USER, PASSWORD)
    every_kind = {**groups, f"≥ {MANY:,} matches": heavy}
    ours: Timings = {kind: [] for kind in every_kind}
    raw_times: Timings = {kind: [] for kind in every_kind}
    fts_times: Timings = {kind: [] for kind in every_kind}
    mismatches = 0
    # Fresh connections (cold SQLite page cache) for each side; each query runs three times.
    with Vault.open(path, USER, PASSWORD) as vault, vault.engine.connect() as conn:
        raw = raw_connect(path, data_key)
        try:
            for kind, queries in every_kind.items():
                for query in queries:
                    fts = search.search_statement(query, None)[1].get("fts")
                    for _ in range(SEARCH_REPEATS):
                        started = time.perf_counter()
                        pks = search.search_pks(conn, query, limit=SEARCH_LIMIT)
                        search.fetch_rows(conn, pks)
                        ours[kind].append(time.perf_counter() - started)

                        sql, params = naive_search_sql(query)
                        started = time.perf_counter()
                        raw_pks = [r[0] for r in raw.execute(sql, params)]
                        if raw_pks:
                            marks = ", ".join("?" * len(raw_pks))
                            raw.execute(ROWS_SQL.format(marks=marks), raw_pks).fetchall()
                        raw_times[kind].append(time.perf_counter() - started)
                        mismatches += raw_pks != pks

                        if fts is not None:  # the trigram MATCH alone: every match, no order
                            started = time.perf_counter()
                            raw.execute(FTS_ALONE_SQL, (fts,)).fetchall()
                            fts_times[kind].append(time.perf_counter() - started)
        finally:
            raw.close()
    figures = []
    for title, kinds in (
        (f"search p95 ({{count}} queries ×{SEARCH_REPEATS}, limit {SEARCH_LIMIT})", list(groups)),
        (
            f"search p95, queries matching ≥ {MANY:,} ({{count}} ×{SEARCH_REPEATS})",
            [*every_kind][-1:],
        ),
    ):
        every = [t for kind in kinds for t in ours[kind]]
        if not every:
            figures.append(Figure(title.format(count=0), None, "ms", 10, note="no such query"))
            continue
        every_raw = [t for kind in kinds for t in raw_times[kind]]
        every_fts = [t for kind in kinds for t in fts_times[kind]]
        count = sum(len(every_kind[kind]) for kind in kinds)
        figures.append(
            Figure(
                title.format(count=count),
                p95(every) * 1000,
                "ms",
                10,
                baseline=p95(every_raw) * 1000,
                note=(
                    f"median {statistics.median(every) * 1000:.1f} ms, "
                    f"max {max(every) * 1000:.0f} ms; FTS5 trigram MATCH alone (every match, "
                    f"no order, no rows) p95 {p95(every_fts) * 1000:.1f} ms"
                    + (f"; {mismatches} results differ from the baseline!" if mismatches else "")
                ),
            )
        )
    figures[-1].note += "; queries: " + ", ".join(heavy)
    detail = [(kind, ours[kind], raw_times[kind], fts_times[kind]) for kind in every_kind]
    return figures, detail


FTS_ALONE_SQL = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?"


# --- bulk insert -------------------------------------------------------------------------------


def measure_bulk(scratch: Path) -> Figure:
    path, copy = scratch / "bulk.vault", scratch / "baseline.vault"
    with fast_kdf():
        vault = Vault.create(path, USER, PASSWORD)
        baseline_vault = Vault.create(copy, USER, PASSWORD)
    baseline_vault.close()
    log(f"bulk insert: {BULK_PERSONS:,} persons into a fresh vault…")
    try:
        started = time.perf_counter()
        bulk_add(
            vault, synthetic_persons(BULK_PERSONS, SEED + 1), batch_size=BULK_BATCH, validate=False
        )
        rate = BULK_PERSONS / (time.perf_counter() - started)
        with vault.engine.connect() as conn:
            rows = [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM persons ORDER BY pk")]
            columns = list(conn.exec_driver_sql("SELECT * FROM persons LIMIT 0").keys())
    finally:
        vault.close()
    # The same persons rows, raw: executemany, one transaction per batch, nothing else.
    data_key = KeySlotFile.load(copy).unwrap(USER, PASSWORD)
    raw = raw_connect(copy, data_key)
    try:
        for pragma in ("PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON"):
            raw.execute(pragma)
        sql = f"INSERT INTO persons ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        started = time.perf_counter()
        for start in range(0, len(rows), BULK_BATCH):
            raw.execute("BEGIN")
            raw.executemany(sql, rows[start : start + BULK_BATCH])
            raw.execute("COMMIT")
        raw_rate = len(rows) / (time.perf_counter() - started)
    finally:
        raw.close()
    return Figure(
        f"bulk insert (fresh {BULK_PERSONS // 1000}k vault, batches of {BULK_BATCH:,})",
        rate,
        "/s",
        20_000,
        lower_is_better=False,
        baseline=raw_rate,
        note="bulk_add writes persons, citizenships, documents, history and search index; "
        "the baseline only the persons rows",
    )


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


# --- subprocess probes -------------------------------------------------------------------------


def probe_env(scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MIGDESK_INSECURE_FAST_KDF"}
    env.update(
        MIGDESK_BENCH_PASSWORD=PASSWORD,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(scratch / "config"),  # the GUI's settings stay out of the user's
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT.parent), env.get("PYTHONPATH")])),
    )
    return env


def run_probe(name: str, vault: Path, scratch: Path) -> tuple[dict[str, Any], float]:
    """Runs a probe; returns its JSON and the wall time from launch to its line."""
    command = [sys.executable, "-m", "benchmarks.probes", name, str(vault), USER]
    started = time.perf_counter()
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=probe_env(scratch),
        cwd=ROOT.parent,
    ) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        wall = time.perf_counter() - started
        try:
            _, err = proc.communicate(timeout=PROBE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    try:
        result: dict[str, Any] = json.loads(line)
    except ValueError:
        result = {"error": (err.strip().splitlines() or ["no output"])[-1]}
    return result, wall


def measure_cold_start(vault: Path, scratch: Path) -> Figure:
    walls, last = [], {}
    for _ in range(3):
        result, wall = run_probe("cold-start", vault, scratch)
        if "error" in result:
            return Figure(
                "cold start to main window", None, "s", 1.5, note=f"n/a ({result['error']})"
            )
        walls.append(wall)
        last = result
    return Figure(
        "cold start to main window (median of 3)",
        statistics.median(walls),
        "s",
        1.5,
        note=(
            f"last run: imports {last['imports_s']:.2f} s, unlock {last['unlock_s']:.2f} s, "
            f"window + registry ({last['keys']:,} keys) + first page {last['window_s']:.2f} s"
        ),
    )


def measure_first_paint(vault: Path, scratch: Path) -> list[Figure]:
    ours, _ = run_probe("first-paint", vault, scratch)
    raw, _ = run_probe("first-paint-raw", vault, scratch)
    model, _ = run_probe("first-paint-model", vault, scratch)
    figures = []
    if "error" in ours:
        return [Figure("registry first paint", None, "s", 1.0, note=ours["error"])]
    figures.append(
        Figure(
            "registry first paint (all_pks + first page)",
            ours["seconds"],
            "s",
            1.0,
            baseline=raw.get("seconds"),
            note=f"{ours['keys']:,} keys",
        )
    )
    figures.append(
        Figure(
            "peak RSS of that process (VmHWM)",
            ours["rss_mb"],
            "MB",
            200,
            baseline=raw.get("rss_mb"),
            note=f"{ours['rss_now_mb']:.0f} MB resident after the first page; "
            "the peak includes Argon2id's 64 MiB at unlock",
        )
    )
    if "error" in model:
        figures.append(Figure("registry first paint via the GUI model", None, "s", 1.0))
        figures[-1].note = f"n/a ({model['error']})"
    else:
        figures.append(Figure("registry first paint via the GUI model", model["seconds"], "s", 1.0))
        figures.append(
            Figure(
                "peak RSS, GUI model (VmHWM)",
                model["rss_mb"],
                "MB",
                200,
                note=f"{model['rss_now_mb']:.0f} MB resident after the first page",
            )
        )
    return figures


def measure_gui_stalls(vault: Path, scratch: Path) -> list[Figure]:
    result, _ = run_probe("gui-stalls", vault, scratch)
    if "error" in result:
        return [Figure("GUI event-loop stall", None, "ms", 100, note=f"n/a ({result['error']})")]
    return [
        Figure(f"GUI stall: {phase}", value, "ms", 100, note="longest gap of a 5 ms timer")
        for phase, value in result["stalls_ms"].items()
    ]


# --- save --------------------------------------------------------------------------------------


def measure_save(path: Path) -> Figure:
    records = list(synthetic_persons(SAVES + 3, SEED + 2))
    times, raw_times = [], []
    added: list[str] = []
    with Vault.open(path, USER, PASSWORD) as vault:
        service = PersonService(vault)
        try:
            for index, record in enumerate(records):
                started = time.perf_counter()
                added.append(service.add(record).id)
                if index >= 3:  # the first ones warm the caches up
                    times.append(time.perf_counter() - started)
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
        50,
        baseline=p95(raw_times) * 1000,
        note=f"median {statistics.median(times) * 1000:.1f} ms; baseline: one raw persons row "
        "INSERT + COMMIT",
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
            search.unindex_person(conn, pk)
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


def search_detail(detail: list[tuple[str, list[float], list[float], list[float]]]) -> None:
    print()
    print("search by kind of query (ms)       p50     p95     max   raw p95   FTS alone p95")
    for kind, times, raw_times, fts_times in detail:
        if not times:
            continue
        cells = [statistics.median(times), p95(times), max(times), p95(raw_times)]
        fts = f"{p95(fts_times) * 1000:16.1f}" if fts_times else f"{'—':>16}"
        print(f"  {kind:28}" + "".join(f"{c * 1000:8.1f}" for c in cells) + fts)


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
        ("unlock", lambda: measure_unlock(unlock_vault())),
        ("cold start", lambda: measure_cold_start(cached.path, scratch)),
        ("first paint", lambda: measure_first_paint(cached.path, scratch)),
        ("gui stalls", lambda: measure_gui_stalls(cached.path, scratch)),
        ("save", lambda: measure_save(cached.path)),
        ("bundle", lambda: measure_bundle_figures(scratch)),
        ("bundle import", lambda: import_figures(scratch)),
        ("linkage", lambda: measure_linkage(cached.path)),
    ]
    assert [name for name, _ in steps] == list(STEPS)
    if args.only:
        steps = [(name, step) for name, step in steps if name in args.only]
    detail: list[tuple[str, list[float], list[float], list[float]]] = []
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
        search_detail(detail)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
