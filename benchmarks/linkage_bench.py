"""Record-linkage figures: quality on the labelled set and speed on the cached big vault.

    python -m benchmarks.linkage_bench [--vault PATH] [--skip-scan]

* quality: recall and precision of «возможный дубликат» (``benchmarks/linkage_quality.py``);
* entry check: ``DuplicateService.check`` of a record typed another way, p95 (goal ≤ 30 ms);
* matching on import: incoming persons matched to the registry per second (goal ≥ 10,000/s),
  a bundle of 20,000 at once as ``PersonImporter`` does (the pass in key order), against
  the probe path in batches of 500; and small bundles of 500 alone (the probe path);
* registry-wide scan: the whole «Возможные дубликаты» list (goal ≤ 10 min), with the
  process's resident memory before and after (flat memory: the scan walks the index).

``make bench`` runs it as the «linkage» step on the cached vault.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.figures import PASSWORD, USER, Figure, p95, print_table
from benchmarks.linkage_quality import PRECISION_GOAL, RECALL_GOAL, evaluate, load_pairs
from migdesk.persons import matching
from migdesk.persons.blocking import record_from_data
from migdesk.persons.duplicates import DuplicateService
from migdesk.persons.linkage import LinkRecord
from migdesk.persons.matching import match_records
from migdesk.persons.service import raw_connection
from migdesk.vault import Vault

SAMPLES = 300
BUNDLE = 20_000  # new persons of a bundle matched at once (the person-import bench's size)
SMALL = 500  # an officer's bundle
_KAZAKH_AS_RUSSIAN = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")


def quality_figures() -> list[Figure]:
    quality = evaluate(load_pairs())
    note = f"{quality.pairs} labelled pairs"
    return [
        Figure("linkage recall", quality.recall, "", RECALL_GOAL, False, note=note),
        Figure("linkage precision", quality.precision, "", PRECISION_GOAL, False, note=note),
    ]


def _typed_another_way(row: tuple[Any, ...], rng: random.Random) -> dict[str, Any]:
    """A stored person as an officer might type them again: Kazakh letters as Russian,
    no patronymic, sometimes a year only."""
    surname, given, patronymic, sex, born = row
    data: dict[str, Any] = {
        "surname_ru": (surname or "").translate(_KAZAKH_AS_RUSSIAN) or None,
        "given_name_ru": (given or "").translate(_KAZAKH_AS_RUSSIAN) or None,
        "sex": sex,
        "birth_date": born[:4] if born and rng.random() < 0.2 else born,
    }
    if patronymic and rng.random() < 0.5:
        data["patronymic_ru"] = patronymic
    return data


def _sample(vault: Vault, count: int, seed: int) -> list[tuple[Any, ...]]:
    rng = random.Random(seed)
    top = int(vault.raw_execute("SELECT max(pk) FROM persons")[0][0])
    rows: list[tuple[Any, ...]] = []
    while len(rows) < count:
        pk = rng.randint(1, top)
        rows += vault.raw_execute(
            "SELECT surname_ru, given_name_ru, patronymic_ru, sex, birth_date FROM persons "
            "WHERE pk = ? AND surname_ru IS NOT NULL",
            pk,
        )
    return rows


def entry_check(vault: Vault) -> Figure:
    rng = random.Random(16)
    service = DuplicateService(vault)
    found, times, cpu = 0, [], []
    for row in _sample(vault, SAMPLES, 1):
        data = _typed_another_way(row, rng)
        start, start_cpu = time.perf_counter(), time.process_time()
        hints = service.check(data)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        found += bool(hints)
    return Figure(
        "duplicate check on entry, p95",
        p95(times),
        "ms",
        30,
        note=f"{SAMPLES} records typed another way; a candidate found for {found}; "
        f"CPU time p95 {p95(cpu):.1f} ms (what a core of its own would take)",
    )


def _timed(run: Callable[[], None]) -> tuple[float, float]:
    """(wall, CPU) seconds of ``run``."""
    start, start_cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - start, time.process_time() - start_cpu


def _retyped_set(vault: Vault, count: int, seed: int) -> list[LinkRecord]:
    rng = random.Random(17 + seed)
    return [
        record_from_data({**_typed_another_way(row, rng), "id": f"in-{i}"})
        for i, row in enumerate(_sample(vault, count, 2 + seed))
    ]


def _match(vault: Vault, records: list[LinkRecord], merge_from: int) -> tuple[float, float]:
    """(wall, CPU) seconds of matching ``records`` as the import does (best one each), in
    its own read session; ``merge_from``: ``matching.MERGE_FROM`` for this run."""
    kept = matching.MERGE_FROM
    matching.MERGE_FROM = merge_from
    try:
        with vault.read_session() as session:
            raw = raw_connection(session)

            def run() -> None:
                match_records(raw, records, limit=1)

            return _timed(run)
    finally:
        matching.MERGE_FROM = kept


def import_matching(vault: Vault) -> list[Figure]:
    """A bundle's new persons matched at once: two sets of 20,000 retyped records (the size
    of the person-import bench), each matched by the pass in key order (``match_records``
    as ``PersonImporter`` calls it) and by the probe path in batches of ``matching.BATCH``
    (the old path, the baseline) in their own read sessions; the first set pass first, the
    second probes first (the path that runs second on a set finds the set's pages in the OS
    cache, so only the alternation is fair). Then small bundles: 6 × 500 records, each
    matched alone (below ``MERGE_FROM``: the probe path, as before)."""
    wall = {"new": 0.0, "old": 0.0}
    cpu = {"new": 0.0, "old": 0.0}
    n = 0
    for round_no, order in enumerate((("new", "old"), ("old", "new"))):
        records = _retyped_set(vault, BUNDLE, round_no)
        n += len(records)
        for which in order:
            took_wall, took_cpu = _match(vault, records, 0 if which == "new" else 10**9)
            wall[which] += took_wall
            cpu[which] += took_cpu
    small = _retyped_set(vault, 6 * SMALL, 2)
    small_wall = small_cpu = 0.0
    for start in range(0, len(small), SMALL):
        took_wall, took_cpu = _match(vault, small[start : start + SMALL], matching.MERGE_FROM)
        small_wall += took_wall
        small_cpu += took_cpu
    load = os.getloadavg()[0]
    return [
        Figure(
            "matching on bundle import",
            n / wall["new"],
            "/s",
            10_000,
            lower_is_better=False,
            note=f"2 sets of {BUNDLE:,} retyped records, each matched at once as one pass in "
            f"key order (blocking keys, then compact rows; best candidate each, reasons "
            f"written), one process; by CPU time {n / cpu['new']:,.0f} /s. Baseline in the "
            f"same run, order alternated: the probe path in batches of {matching.BATCH} "
            f"{n / wall['old']:,.0f} /s, by CPU time {n / cpu['old']:,.0f} /s; load average "
            f"{load:.1f}",
        ),
        Figure(
            "matching, bundles of 500",
            len(small) / small_wall,
            "/s",
            None,
            lower_is_better=False,
            note=f"{len(small) // SMALL} bundles of {SMALL} records, each matched alone "
            f"(the probe path: one blocking read and one row read); by CPU time "
            f"{len(small) / small_cpu:,.0f} /s",
        ),
    ]


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def registry_scan(vault: Vault) -> list[Figure]:
    before = _rss_mib()
    peak = [before]

    def progress(done: int, total: int) -> None:
        peak[0] = max(peak[0], _rss_mib())

    start, start_cpu = time.perf_counter(), time.process_time()
    pairs = DuplicateService(vault).scan(progress=progress)
    minutes = (time.perf_counter() - start) / 60
    cpu_minutes = (time.process_time() - start_cpu) / 60
    return [
        Figure(
            "registry-wide duplicate scan",
            minutes,
            "min",
            10,
            note=f"{len(pairs):,} pairs found; CPU time {cpu_minutes:.1f} min; "
            f"load average {os.getloadavg()[0]:.1f}",
        ),
        Figure(
            "registry-wide scan, memory growth",
            peak[0] - before,
            "MiB",
            None,
            note=f"resident {before:.0f} → {peak[0]:.0f} MiB (the list of pairs included)",
        ),
    ]


def measure(path: Path, *, scan: bool = True) -> list[Figure]:
    figures = quality_figures()
    with Vault.open(path, USER, PASSWORD) as vault:
        figures.append(entry_check(vault))
        figures.extend(import_matching(vault))
        if scan:
            figures.extend(registry_scan(vault))
    return figures


def main(argv: list[str] | None = None) -> int:
    from benchmarks.figures import CACHE, PERSONS

    parser = argparse.ArgumentParser(prog="python -m benchmarks.linkage_bench")
    parser.add_argument("--vault", type=Path, default=CACHE / f"persons-{PERSONS}.vault")
    parser.add_argument("--skip-scan", action="store_true")
    args = parser.parse_args(argv)
    print_table("MigDesk record linkage", measure(args.vault, scan=not args.skip_scan))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
