"""Keeping the person search index (``person_fts``) in few segments after large imports.

A search looks each of its trigrams up in every segment of the index. Rows written by bulk
paths (bundle import, ``bulk_add``) leave the dozens of segments FTS5's automerge keeps; at a
million persons that made search p95 39 ms and save p95 63 ms, against 5.5 / 14.7 ms merged
(issue #17). Migrations and rebuilds merge with FTS5 ``optimize``: one transaction of 16–25 s
at a million persons, holding the write lock all along. Here the same end state is reached
with FTS5's ``merge`` command in steps of a page budget, each step a short write transaction
of its own, so an officer's save waits for one step at most:

* the first step passes a negative budget: every segment present is put on one level and a
  merge of all of them starts; later steps pass a positive budget, which continues that
  merge without restarting it when an officer's save adds a segment meanwhile. A run finding
  a merge of most of the index under way (a cancelled run's) continues it the same way;
* done when no merge is under way and one large segment is left; a step that changed
  fewer than two rows (``total_changes``) found no work: if several large segments are
  left then (a merge FTS5's automerge had begun, continued alone), a new merge of every
  segment is begun with a negative budget;
* FTS5's automerge is off meanwhile, so that a save does not carry the merge on itself.

Each step is a transaction: a crash or a cancel between or inside steps leaves a valid index
(the merge is recorded in the index's structure record and the next run continues it).

Whether the index needs this: ``index_structure`` (FTS5's structure record).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from migdesk.persons.index_structure import IndexState, index_state
from migdesk.progress import CancelCheck, ReportProgress, stop_if
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault
from migdesk.vault.checkpointer import no_auto_checkpoint, no_commit_sync
from migdesk.vault.engine import WRITE_OPTION

# Leaf pages (``pgsz`` 3900 bytes, migration 0028) merged by the first step. A step's time
# grows with its budget and varies with the machine's load and the index, so each next
# budget is scaled to hold the write lock about ``STEP_S`` (benchmarks/index_upkeep.py).
# The usual step also ends the term it is in, ~1.5 times the aim: on the basic 1M vault as
# built 10 ms gave a median of 15 ms, p95 905 rows changed (20 ms: 25 ms, 1,300 rows).
PAGES_PER_STEP = 64
STEP_S = 0.01
MIN_PAGES, MAX_PAGES = 8, 4096
# Between two steps the write lock is free this long, so that a writer waiting in SQLite's
# busy handler (it sleeps 1, 2, 5, 10, 15, 20, 25, 25 … ms between tries) gets it.
REST_S = 0.03
# Small segments left at the end: merged by at most ``TIDY_STEPS`` steps when more than this.
TIDY_SEGMENTS, TIDY_STEPS = 4, 8

# FTS5's default ``automerge`` (the vaults never set another), switched back on after a run.
FTS5_AUTOMERGE = 4


@dataclass(frozen=True)
class UpkeepResult:
    before: IndexState
    after: IndexState
    steps: int
    seconds: float
    step_s: tuple[float, ...]  # each step's time holding the write lock
    finished: bool  # False: stopped at ``max_seconds``, the merge left under way

    @property
    def longest_step_s(self) -> float:
        return max(self.step_s, default=0.0)

    @property
    def ran(self) -> bool:
        return self.steps > 0

    def summary(self) -> dict[str, int | float]:
        """What ``person compact-index --json`` prints (field names are a CLI contract);
        the audit entry keeps ``AUDITED`` of them."""
        return {
            "segments_before": self.before.segments,
            "segments_after": self.after.segments,
            "leaf_pages": self.after.leaf_pages,
            "steps": self.steps,
            "seconds": round(self.seconds, 3),
            "longest_step_ms": round(self.longest_step_s * 1000, 1),
        }


# The summary's fields the audit entry keeps (each has a label in ``audit_labels``).
AUDITED = ("segments_before", "segments_after", "steps")


def _step(vault: Vault, budget: int) -> tuple[int, float, float]:
    """One merge step in a write transaction of its own: (rows it changed in the index's
    tables, seconds the write lock was held, the wait for it left out, ``perf_counter()``
    at its release).

    The commit does not wait for the disk (``no_commit_sync``): on the varied 1M vault
    (load ~2.5, other work writing to the disk) commits of 150–460 rows held the lock
    180–220 ms, waiting for the WAL's fsync. A
    power cut may take back the last steps, never the index's content (a merge step only
    rewrites what is there), and the checkpoint after the commit, outside the lock and on
    this connection, fsyncs the WAL before copying it. Left to the automatic checkpoint of
    whichever connection commits next, an officer's save would copy the merge's pages."""
    with vault.engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})  # BEGIN IMMEDIATE: wait, don't fail
        raw = conn.connection.driver_connection
        assert raw is not None
        with no_auto_checkpoint(raw), no_commit_sync(raw):
            with conn.begin():
                locked = time.perf_counter()  # BEGIN IMMEDIATE has the lock here
                before = raw.total_changes
                raw.execute(
                    "INSERT INTO person_fts(person_fts, rank) VALUES ('merge', ?)", (budget,)
                )
                changed = raw.total_changes - before
            released = time.perf_counter()
            raw.execute("PRAGMA wal_checkpoint(PASSIVE)")
    return changed, released - locked, released


def next_budget(budget: int, changed: int, held: float, step_s: float) -> int:
    """The page budget that should hold the lock ``step_s``, from the step just made.

    FTS5 ends a merge step only between two terms (``fts5IndexMergeLevel`` checks the budget
    at each new term), so a step reaching a trigram found in most persons writes that whole
    doclist whatever its budget: at 1M persons up to ~3,700 pages and ~280 ms. Scaling the
    budget by the step's time would then drop it to the minimum for many steps after. The
    time a page costs is what is measured instead (a page merged is about two rows changed:
    the output leaf written, the input leaf deleted), and the budget at most doubles from
    one step to the next, so one quick step cannot make the next one long."""
    seconds_per_page = held / max(1.0, changed / 2)
    wanted = int(step_s / max(seconds_per_page, 1e-6))
    return min(MAX_PAGES, 2 * budget, max(MIN_PAGES, wanted))


def merge_index(
    vault: Vault,
    *,
    pages_per_step: int = PAGES_PER_STEP,
    step_s: float = STEP_S,
    rest_s: float = REST_S,
    force: bool = False,
    max_seconds: float | None = None,
    progress: ReportProgress | None = None,
    cancelled: CancelCheck | None = None,
    sleep: Callable[[float], None] = time.sleep,
    give_way: Callable[[], object] | None = None,
) -> UpkeepResult:
    """Merge the search index into one segment in steps, when it needs it (or ``force``).

    ``progress(pages, total)`` after each step (pages merged of the index's leaf pages,
    capped at the total); ``step_s`` 0 keeps ``pages_per_step`` fixed. ``cancelled`` is
    asked before each step and stops with ``Cancelled``, the steps done kept (the next run
    continues the merge). ``max_seconds``: stop after that long, the merge under way (the
    next run continues it). ``give_way()`` is called before each step and may block: the
    GUI's waits while the officer types or clicks (``persons.give_way``)."""
    started = time.perf_counter()
    before = index_state(vault)
    held_s: list[float] = []
    finished = True
    if before.needs_upkeep or (force and before.segments > 1):
        with automerge_paused(vault):
            finished = _merge_steps(
                vault,
                before,
                held_s,
                pages_per_step=pages_per_step,
                step_s=step_s,
                rest_s=rest_s,
                deadline=None if max_seconds is None else started + max_seconds,
                progress=progress,
                cancelled=cancelled,
                sleep=sleep,
                give_way=give_way,
            )
    elif automerge_setting(vault) == 0:  # left so by a run killed halfway
        _set_automerge(vault, FTS5_AUTOMERGE)
    seconds = time.perf_counter() - started
    return UpkeepResult(before, index_state(vault), len(held_s), seconds, tuple(held_s), finished)


def _merge_steps(
    vault: Vault,
    before: IndexState,
    held_s: list[float],
    *,
    pages_per_step: int,
    step_s: float,
    rest_s: float,
    deadline: float | None,
    progress: ReportProgress | None,
    cancelled: CancelCheck | None,
    sleep: Callable[[float], None],
    give_way: Callable[[], object] | None,
) -> bool:
    """The steps, each one's lock time appended to ``held_s``; False: stopped at the
    deadline, the merge under way."""
    total, merged = max(1, before.leaf_pages), 0
    budget = pages_per_step
    # A merge of most of the index (a cancelled run's) is continued; automerge's of a few
    # segments is not: continued first, the '-N' after rewrote them (basic 1M vault as
    # built: 17 % more rows changed, twice the steps over 1,000 rows, ~35 ms).
    sign = 1 if before.merging_most else -1
    tidy_left = TIDY_STEPS
    while True:
        stop_if(cancelled)
        if give_way is not None:
            give_way()
            stop_if(cancelled)  # asked while it waited
        changed, held, released = _step(vault, sign * budget)
        worked = changed >= 2  # the 'merge' command's own row aside
        merged += budget
        held_s.append(held)
        if progress is not None:
            progress(min(merged, total), total)
        if not worked:
            # FTS5's '+N' steps merge only where a level holds ``usermerge`` segments:
            # with fewer left on every level they find nothing, though several large
            # segments remain (measured: 12 → 11 on the varied 1M vault). Then a new
            # '-N' merge of every segment is begun, until one large segment is left.
            state = index_state(vault)
            if sign == 1 and not state.merging and state.large_segments > 1:
                sign = -1
                continue
            return True
        sign = 1  # the merge begun is continued, not restarted
        state = index_state(vault)
        if not state.merging and state.large_segments <= 1:
            # Done but for the segments saves wrote meanwhile (automerge off; 15 after 960
            # saves at 1M): a few '+N' steps merge them; more is automerge's business.
            if state.segments <= TIDY_SEGMENTS or tidy_left == 0:
                return True
            tidy_left -= 1
        if deadline is not None and time.perf_counter() >= deadline:
            return False
        if step_s > 0:
            budget = next_budget(budget, changed, held, step_s)
        # Free since the commit: the checkpoint (no write lock) and the reads count as rest.
        sleep(max(0.0, rest_s - (time.perf_counter() - released)))


def automerge_setting(vault: Vault) -> int:
    with vault.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT v FROM person_fts_config WHERE k = 'automerge'"
        ).fetchone()
    return int(row[0]) if row is not None else FTS5_AUTOMERGE


def _set_automerge(vault: Vault, value: int) -> None:
    with vault.session() as session:
        session.connection().exec_driver_sql(
            f"INSERT INTO person_fts(person_fts, rank) VALUES ('automerge', {int(value)})"
        )


@contextlib.contextmanager
def automerge_paused(vault: Vault) -> Iterator[None]:
    """FTS5's automerge off for every connection while the upkeep runs.

    With it on, an officer's save whose leaves cross FTS5's work unit (64 leaf pages
    written) continues whatever merge is under way for 64 pages a level, the upkeep's
    included: on a vault of 8,000 persons with the upkeep's merge begun, 4 of 300
    one-row inserts changed 647–2,046 rows (the rest at most 42), and at 1M persons a
    single term's doclist is thousands of pages. Off, a save writes its own small segment
    (FTS5's crisismerge still merges a level of 16), and the upkeep merges. A run killed before
    switching it back leaves it off: the next run of ``merge_index`` switches it on."""
    _set_automerge(vault, 0)
    try:
        yield
    finally:
        _set_automerge(vault, FTS5_AUTOMERGE)


def compact_search_index(
    vault: Vault,
    *,
    progress: ReportProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> UpkeepResult:
    """The administrator's command: merge the index whatever its state says, audited."""
    require(vault.current_roles(), Permission.MANAGE_SETTINGS)
    result = merge_index(vault, force=True, progress=progress, cancelled=cancelled)
    with vault.session() as session:
        audit.append(
            session,
            vault.user,
            "search_index.compact",
            details={k: v for k, v in result.summary().items() if k in AUDITED},
        )
    return result
