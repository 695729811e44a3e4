"""Bulk import of persons through the bundle path into a copy of the big vault (issue #17).

    python -m benchmarks.person_import_bench --vault COPY [--persons 20000] [--work DIR]

A throw-away AM-MIGRATION workstation writes a bundle of that many synthetic persons
(``sender_bundle``); the copy (its own authority, keys made if it has none) trusts it. The
figure is ``import_bundle``, what ``migdesk-cli bundle import`` calls: verify, decrypt,
plan every record (schema, matching against the registry), then insert with history, search
index, linkage keys, handling limits, audit and the bundle log in one transaction. Baseline
in the same run (``same_tables``): exactly the rows that import wrote, read back, taken out
again and written raw with ``executemany`` into the same tables.

With ``--twin PATH`` the baseline writes into a second copy of the vault made just before the
import (so both start from the same file): written into the copy the import has just
written to and left again, the rows found their index pages split by the import already (a
freshly built vault packs them full), and the raw writes took about a third less CPU than on
the file as it was (15.2 against 10.9 s at 1M) — a baseline that flattered itself.

The vault is left as it was before the import (the rows are removed again), so ``--work``
(which keeps the sender and the bundle) lets the measurement be repeated on one copy.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import same_tables
from benchmarks.cached_vault import log
from benchmarks.figures import PASSWORD, USER
from benchmarks.probes import peak_rss_mb, reset_peak_rss
from benchmarks.sender_bundle import make_bundle
from benchmarks.thread_clock import ThreadClock

PERSONS_ENV = "MIGDESK_BENCH_PERSON_IMPORT"
DEFAULT_PERSONS = 20_000
GOAL_RATE = 20_000.0
GOAL_RATIO = 1.5
MATCHING_AHEAD = "matching on its own thread"
WAITED = "import waiting for matching"  # wall seconds, not CPU (``MatchAhead.collect``)
# The parts of writing the new persons, each set against the baseline's tables in the note:
# their batches (persons, sub-records, history, compact rows), what ``write_held_keys`` writes
# at the end (linkage keys, registry positions, search-index rows) and the audit entries.
WRITING = ("new persons' batches", "held keys, positions and index rows", "audit entries")


@dataclass
class ImportRun:
    persons: int
    vault_persons: int
    seconds: float
    cpu: float
    raw_seconds: float
    raw_cpu: float
    rows: int
    matches: int
    load: float
    counts: dict[str, int]
    parts: dict[str, float]  # CPU seconds of the import's parts (``_parts``)
    raw_dearest: str  # what each table cost the baseline, dearest first
    twin: bool = False  # the baseline wrote into a copy made before the import
    # CPU seconds of the import's own thread (``cpu`` is the process's: it also holds the
    # reading thread's, ``exchange.records_ahead``, which runs while this one writes).
    thread_cpu: float = 0.0
    peak_rss_mb: float = 0.0  # peak resident set during the import (``peak_own``) or the process's
    peak_own: bool = False  # the peak was started afresh just before the import
    moved: int = 0  # new persons the baseline wrote one position on (``same_tables.replay``)
    # Per thread: on a CPU, waiting for one, blocked (``thread_clock``: on a loaded machine
    # the wall time says more about the load than about the code).
    threads: str = ""

    @property
    def rate(self) -> float:
        return self.persons / self.seconds

    @property
    def raw_rate(self) -> float:
        return self.persons / self.raw_seconds


@contextlib.contextmanager
def _parts() -> Iterator[dict[str, float]]:
    """CPU seconds the import's thread spends matching (``match_records``, the linkage
    engineer's) and writing its new persons (``WRITING``): the rest
    is reading, checking and planning the records (on the reading thread, not counted here,
    as far as it runs ahead: ``exchange.records_ahead``). Matching on its own thread
    (``exchange.match_ahead``) is counted apart, as ``MATCHING_AHEAD``."""
    from migdesk.exchange import match_ahead, person_batch
    from migdesk.security import audit

    spent = {"matching": 0.0, **dict.fromkeys(WRITING, 0.0), MATCHING_AHEAD: 0.0, WAITED: 0.0}
    importing = threading.current_thread()

    def timed(module: Any, name: str, part: str) -> None:
        real = getattr(module, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return real(*args, **kwargs)
            finally:
                own = threading.current_thread() is importing
                spent[part if own else MATCHING_AHEAD] += time.thread_time() - started

        stack.enter_context(_patched(module, name, call))

    real_collect = match_ahead.MatchAhead.collect

    def collect(self: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return real_collect(self, **kwargs)
        finally:
            spent[WAITED] += time.perf_counter() - started

    with contextlib.ExitStack() as stack:
        stack.enter_context(_patched(match_ahead.MatchAhead, "collect", collect))
        timed(match_ahead, "match_records", "matching")
        timed(person_batch, "insert_batch", WRITING[0])
        timed(person_batch, "write_held_keys", WRITING[1])
        timed(audit, "append_many", WRITING[2])
        yield spent


@contextlib.contextmanager
def _patched(module: Any, name: str, value: Any) -> Iterator[None]:
    real = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, real)


def persons_wanted() -> int:
    return int(os.environ.get(PERSONS_ENV) or DEFAULT_PERSONS)


def copy_vault(source: Path, target: Path) -> None:
    """The vault file and its key slots (the source is checkpointed and not open)."""
    from migdesk.vault.keyslots import KeySlotFile

    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    shutil.copyfile(source, target)
    shutil.copyfile(KeySlotFile.path_for(source), KeySlotFile.path_for(target))


def _replay(path: Path, data_key: bytes, rows: same_tables.Written) -> tuple[float, float]:
    """The baseline into ``path``, its rows removed again afterwards."""
    from migdesk.vault.engine import raw_connect

    raw = raw_connect(path, data_key)
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        seconds = same_tables.replay(raw, rows)
        same_tables.remove(raw, rows)  # the copy is as it was: the run can be repeated
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    return seconds


SCRATCH = "migdesk-person-import."  # in the temporary folder, when no ``work`` is given


def _scratch(stack: contextlib.ExitStack) -> Path:
    """A temporary folder named with this process's id, removed at the end; a killed run's
    (its process gone, untouched for 10 minutes) is removed first. Made only when the
    caller gives no folder of its own: ``make bench`` does, and an unused empty folder was
    all a killed bench left in /tmp."""
    from migdesk import leftovers

    leftovers.sweep(Path(tempfile.gettempdir()), SCRATCH + "migdesk-*")
    prefix = SCRATCH + leftovers.owner_tag()
    return Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=prefix)))


def measure(
    vault_path: Path,
    persons: int | None = None,
    work: Path | None = None,
    twin: Path | None = None,
) -> ImportRun:
    """``twin``: where to copy the vault for the baseline (see the module's docstring);
    without it the baseline writes into the import's copy after the import."""
    from migdesk.exchange import import_bundle
    from migdesk.persons import search_index
    from migdesk.vault import Vault
    from migdesk.vault.engine import raw_connect
    from migdesk.vault.keyslots import KeySlotFile

    persons = persons or persons_wanted()
    with contextlib.ExitStack() as stack:
        folder = work or _scratch(stack)
        folder.mkdir(parents=True, exist_ok=True)
        log(f"person import: a bundle of {persons:,} persons…")
        bundle = make_bundle(folder, vault_path, persons)
        data_key = KeySlotFile.load(vault_path).unwrap(USER, PASSWORD)
        if twin is not None:
            checkpoint = raw_connect(vault_path, data_key)
            checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            checkpoint.close()
            log(f"person import: a second copy for the baseline ({twin.name})…")
            copy_vault(vault_path, twin)
        raw = raw_connect(vault_path, data_key)
        try:
            vault_persons = int(raw.execute("SELECT count(*) FROM persons").fetchone()[0])
            tops = same_tables.capture(raw)
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            log(f"person import: importing into {vault_persons:,} persons…")
            # The bench ran the search and bulk phases in this process before: start the peak
            # afresh, or the note would print theirs as the import's.
            peak_own = reset_peak_rss()
            with Vault.open(vault_path, USER, PASSWORD) as vault, _parts() as parts:
                with ThreadClock() as clock:
                    started, started_cpu = time.perf_counter(), time.process_time()
                    started_thread = time.thread_time()
                    result = import_bundle(vault, bundle)
                    seconds = time.perf_counter() - started
                    cpu = time.process_time() - started_cpu
                    thread_cpu = time.thread_time() - started_thread
                peak = peak_rss_mb()
                assert result.status == "imported", result.status
                with vault.engine.connect() as conn:
                    rows = same_tables.written(
                        raw, tops, lambda pks: search_index.stored_terms(conn, pks)
                    )
            load = os.getloadavg()[0]
            same_tables.remove(raw, rows)
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        log(f"person import: the same {rows.rows:,} rows raw…")
        raw_seconds, raw_cpu = _replay(twin or vault_path, data_key, rows)
    return ImportRun(
        persons=len(result.preview.new_persons),
        vault_persons=vault_persons,
        seconds=seconds,
        cpu=cpu,
        raw_seconds=raw_seconds,
        raw_cpu=raw_cpu,
        rows=rows.rows,
        matches=len(result.preview.matches),
        load=load,
        counts=rows.counts(),
        parts=dict(parts),
        raw_dearest=rows.dearest(len(rows.costs)),
        twin=twin is not None,
        moved=rows.moved,
        thread_cpu=thread_cpu,
        peak_rss_mb=peak,
        peak_own=peak_own,
        threads=clock.summary(),
    )


FigureRow = tuple[str, float, str, float | None, bool, float | None]


def figures(run: ImportRun) -> list[FigureRow]:
    """(name, value, unit, goal, lower is better, baseline) rows for ``benchmarks.run``."""
    label = f"bundle import of {run.persons:,} persons into {run.vault_persons:,}"
    return import_rows(label, run.rate, run.seconds, run)


def import_rows(label: str, rate: float, seconds: float, raw: ImportRun) -> list[FigureRow]:
    """An import's persons/s beside ``raw``'s, and its time ÷ raw's, against the goals."""
    return [
        (f"{label}: persons/s", rate, "/s", GOAL_RATE, False, raw.raw_rate),
        (f"{label}: time ÷ raw", round(seconds / raw.raw_seconds, 2), "×", GOAL_RATIO, True, None),
    ]


def _moved_note(moved: int) -> str:
    if not moved:
        return ""
    return (
        f" ({moved:,} of its positions were taken there by persons the import moved when it"
        " spread a used-up gap: written one position on)"
    )


def note(run: ImportRun) -> str:
    own = {name: cpu for name, cpu in run.parts.items() if name not in (MATCHING_AHEAD, WAITED)}
    ahead = run.parts.get(MATCHING_AHEAD, 0.0)
    rest = run.thread_cpu - sum(own.values())
    parts = ", ".join(f"{name} {cpu:.1f} s" for name, cpu in {**own, "rest": rest}.items())
    return (
        f"import_bundle (the CLI's bundle import: verify, decrypt, plan with matching, "
        f"insert) {run.seconds:.1f} s wall, {run.cpu:.1f} s CPU, of it "
        f"{run.thread_cpu:.1f} s on the import's thread ({parts}), "
        f"{ahead:.1f} s matching on its own thread (waited for: "
        f"{run.parts.get(WAITED, 0.0):.1f} s wall) and "
        f"{run.cpu - run.thread_cpu - ahead:.1f} s reading and checking records ahead; "
        f"peak RSS {run.peak_rss_mb:.0f} MB "
        f"{'during the import' if run.peak_own else 'of the whole process (not resettable here)'}; "
        f"{run.matches:,} probable matches; baseline: the {run.rows:,} rows it wrote, "
        f"executemany into the same tables "
        f"{'of a copy made before the import' if run.twin else 'after the import'}"
        f"{_moved_note(run.moved)}, "
        f"{run.raw_seconds:.1f} s wall, "
        f"{run.raw_cpu:.1f} s CPU ({run.raw_dearest}); by CPU time "
        f"{run.cpu / run.raw_cpu:.2f} × raw; load average {run.load:.1f}"
        + (f"; the import's threads: {run.threads}" if run.threads else "")
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vault", type=Path, required=True, help="a COPY of a vault")
    parser.add_argument("--persons", type=int, default=None)
    parser.add_argument("--work", type=Path, default=None, help="keep sender and bundle here")
    parser.add_argument("--twin", type=Path, default=None, help="a second copy for the baseline")
    args = parser.parse_args(argv)
    run = measure(args.vault, args.persons, args.work, args.twin)
    for name, value, unit, goal, _lower, baseline in figures(run):
        raw = f"  raw {baseline:,.0f} {unit}" if baseline else ""
        print(f"{name:70} {value:10,.2f} {unit}{raw}  goal {goal:g}")
    print(note(run))
    print(json.dumps(run.counts, sort_keys=True))


if __name__ == "__main__":
    main()
