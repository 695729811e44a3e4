"""Where each thread of the process spent a measured run's wall time (Linux ``schedstat``):
on a CPU, ready but waiting for one (the machine was busy: other processes, or this one's
own threads on two cores), or blocked (the GIL, a lock, a queue, the disk).

On a loaded machine the wall figures of a run say little about the code; this split tells
the two apart (issue #17: 20,000 persons into 1M at load 9–10 spent 75–126 s of a 100–160 s
run waiting for a CPU on the import's thread). Threads that end during the run (the import's
reading and matching helpers) are read every ``EVERY_S`` seconds until they do.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

EVERY_S = 0.2  # a sample costs ~0.1 ms of CPU per thread
_TASKS = Path("/proc/self/task")


@dataclass
class ThreadTime:
    span: float  # wall seconds the thread was seen during the run
    ran: float  # seconds on a CPU
    waited: float  # seconds ready to run, waiting for a CPU

    @property
    def blocked(self) -> float:
        return max(0.0, self.span - self.ran - self.waited)


def _read(tid: int) -> tuple[float, float] | None:
    try:
        ran, waited = (_TASKS / str(tid) / "schedstat").read_text().split()[:2]
    except (OSError, ValueError):
        return None  # ended meanwhile, or no schedstat here
    return int(ran) / 1e9, int(waited) / 1e9


class ThreadClock:
    """``with ThreadClock() as clock:`` … then ``clock.threads``: Python thread name →
    ``ThreadTime`` for every thread that ran during the block (empty where the kernel has no
    ``schedstat``)."""

    def __init__(self) -> None:
        self.threads: dict[str, ThreadTime] = {}
        self._first: dict[int, tuple[str, float, float, float]] = {}
        self._last: dict[int, tuple[float, float, float]] = {}
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._run, name="thread-clock", daemon=True)

    def __enter__(self) -> ThreadClock:
        self._sample()
        self._sampler.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._sampler.join()
        self._sample()
        self.threads = {}
        for tid, (name, ran0, waited0, at0) in self._first.items():
            ran1, waited1, at1 = self._last[tid]
            if name == self._sampler.name:
                continue
            self.threads[name] = ThreadTime(at1 - at0, ran1 - ran0, waited1 - waited0)

    def _run(self) -> None:
        while not self._stop.wait(EVERY_S):
            self._sample()

    def _sample(self) -> None:
        names = {t.native_id: t.name for t in threading.enumerate() if t.native_id}
        try:
            tids = [int(task.name) for task in _TASKS.iterdir()]
        except OSError:
            return
        now = time.perf_counter()
        for tid in tids:
            read = _read(tid)
            if read is None:
                continue
            if tid not in self._first:
                self._first[tid] = (names.get(tid, str(tid)), read[0], read[1], now)
            self._last[tid] = (read[0], read[1], now)

    def summary(self) -> str:
        """«MainThread 19.5 s on a CPU, 75.7 waiting for one, 7.3 blocked; …»."""
        return "; ".join(
            f"{name} {t.ran:.1f} s on a CPU, {t.waited:.1f} waiting for one, "
            f"{t.blocked:.1f} blocked"
            for name, t in sorted(self.threads.items(), key=lambda item: -item[1].span)
            if t.ran >= 0.05
        )
