"""What the other threads did while the GUI thread's event loop stood still: a benchmark-only
aid of the GUI stall probe (never loaded by the product).

A watchdog thread looks every few milliseconds at the time of the probe timer's last tick.
Once a gap passes :data:`NOTICE_S` it takes the CPU time of every thread of the process
(``/proc/self/task``), and past :data:`SAMPLE_S` it samples what every Python thread is
running (``sys._current_frames()``) every :data:`EVERY_S`; when the gap ends it takes the
CPU times again. With the garbage collections timed through ``gc.callbacks``, a gap's report
says who had the CPU (and so, on one interpreter, most likely the GIL) while the GUI thread
waited. The watchdog needs the GIL itself: how late it woke is reported too (a thread that
held the GIL past the switch interval makes it late).
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

POLL_S = 0.004
NOTICE_S = 0.015  # CPU times taken from here on (a gap shorter than this is no stall)
SAMPLE_S = 0.030  # stacks sampled from here on
EVERY_S = 0.008
_TASKS = Path("/proc/self/task")


def _thread_cpu() -> dict[str, tuple[float, float]]:
    """Per thread of the process, keyed «name/tid» (Qt names its threads): seconds on a CPU
    and seconds waiting for one (``schedstat``: ready to run, but the machine was busy)."""
    result: dict[str, tuple[float, float]] = {}
    try:
        tasks = list(_TASKS.iterdir())
    except OSError:
        return result
    for task in tasks:
        try:
            name = (task / "comm").read_text().strip()
            ran, waited = (task / "schedstat").read_text().split()[:2]
        except (OSError, ValueError):
            continue  # ended meanwhile
        result[f"{name}/{task.name}"] = (int(ran) / 1e9, int(waited) / 1e9)
    return result


def _where(frame: Any) -> str:
    """A stack in one line, innermost first: two frames, then the innermost of MigDesk's own
    (where the library code was called from)."""
    stack = traceback.extract_stack(frame)
    shown = list(reversed(stack[-2:]))
    ours = [f for f in stack[:-2] if "/migdesk/" in f.filename]
    if ours:
        shown.append(ours[-1])
    return " < ".join(f"{f.name} {Path(f.filename).name}:{f.lineno}" for f in shown)


@dataclass
class GapReport:
    start: float  # perf_counter of the tick before the gap
    end: float = 0.0
    cpu_before: dict[str, tuple[float, float]] = field(default_factory=dict)
    cpu_after: dict[str, tuple[float, float]] = field(default_factory=dict)
    noticed_at: float = 0.0
    stacks: Counter[str] = field(default_factory=Counter)
    samples: int = 0
    watchdog_late_ms: float = 0.0

    def summary(self, gc_pauses: list[tuple[float, float, int, str]]) -> dict[str, Any]:
        """The threads that used the CPU in the gap (ms, from the notice on; the GUI thread's
        name is the process's), how long the GUI thread waited for a CPU (a loaded machine),
        what the Python threads ran (share of samples), the collections in it and the
        watchdog's lateness."""
        used: dict[str, int] = {}
        gui_waited = 0
        for name, (ran, waited) in self.cpu_before.items():
            ran_after, waited_after = self.cpu_after.get(name, (ran, waited))
            used[name] = round((ran_after - ran) * 1000)
            if name.endswith(f"/{os.getpid()}"):
                gui_waited = round((waited_after - waited) * 1000)
        busy = dict(sorted(((n, ms) for n, ms in used.items() if ms > 0), key=lambda p: -p[1]))
        pauses = [
            f"gen{gen} {round(ms, 1)} ms on {thread}"
            for started, ms, gen, thread in gc_pauses
            if self.start <= started <= self.end and ms >= 1.0
        ]
        return {
            "cpu_ms_from_notice": dict(list(busy.items())[:4]),
            "gui_waited_for_cpu_ms": gui_waited,
            "noticed_after_ms": round((self.noticed_at - self.start) * 1000),
            "ran": {
                where: f"{count}/{self.samples}" for where, count in self.stacks.most_common(4)
            },
            "gc": pauses,
            "watchdog_late_ms": round(self.watchdog_late_ms),
        }


class StallWatch:
    """Start it beside the probe timer; ``last_tick`` returns the perf_counter of its last
    tick. ``report(start)`` is the report of the gap that began at that tick."""

    def __init__(self, last_tick: Callable[[], float]) -> None:
        self._last_tick = last_tick
        self._gui = threading.get_ident()
        self._me = 0
        self.reports: dict[float, GapReport] = {}
        self.gc_pauses: list[tuple[float, float, int, str]] = []
        self._gc_started: dict[int, float] = {}
        self._stop = threading.Event()
        gc.callbacks.append(self._gc)
        self._thread = threading.Thread(target=self._watch, name="stall-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._gc in gc.callbacks:
            gc.callbacks.remove(self._gc)

    def report(self, start: float) -> dict[str, Any] | None:
        gap = self.reports.get(start)
        return None if gap is None else gap.summary(self.gc_pauses)

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        # The time includes what the callbacks themselves wait: entering Python code may hand
        # the GIL to another thread first (up to the switch interval), and on a loaded machine
        # the thread may lose its CPU mid-collection. Read short pauses with care.
        ident = threading.get_ident()
        now = time.perf_counter()
        if phase == "start":
            self._gc_started[ident] = now
            return
        started = self._gc_started.pop(ident, now)
        thread = "GUI" if ident == self._gui else threading.current_thread().name
        self.gc_pauses.append((started, (now - started) * 1000, info["generation"], thread))

    def _names(self) -> dict[int, str]:
        names = {t.ident: t.name for t in threading.enumerate() if t.ident is not None}
        names[self._gui] = "GUI"
        return names

    def _watch(self) -> None:
        self._me = threading.get_ident()
        gap: GapReport | None = None
        last_sample = 0.0
        while not self._stop.is_set():
            asleep = time.perf_counter()
            time.sleep(POLL_S)
            now = time.perf_counter()
            start = self._last_tick()
            if gap is not None and start != gap.start:  # the gap ended
                gap.end = start
                gap.cpu_after = _thread_cpu()
                self.reports[gap.start] = gap
                gap = None
            if now - start < NOTICE_S:
                continue
            if gap is None:
                gap = GapReport(start, cpu_before=_thread_cpu(), noticed_at=now)
            gap.watchdog_late_ms = max(gap.watchdog_late_ms, (now - asleep - POLL_S) * 1000)
            if now - start >= SAMPLE_S and now - last_sample >= EVERY_S:
                last_sample = now
                names = self._names()
                gap.samples += 1
                for ident, frame in sys._current_frames().items():
                    if ident == self._me:
                        continue
                    gap.stacks[f"{names.get(ident, 'pool')}: {_where(frame)}"] += 1
