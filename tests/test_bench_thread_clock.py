"""The import benchmark's per-thread split (``benchmarks.thread_clock``): a thread that
sleeps shows as blocked, one that computes as on a CPU (or waiting for one), each under its
Python name, also when it ended before the run did."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from benchmarks import thread_clock
from benchmarks.thread_clock import ThreadClock

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="per-thread schedstat is Linux's"
)


def _spin(cpu: float) -> None:
    started = time.thread_time()
    while time.thread_time() - started < cpu:
        sum(range(1000))


def test_each_thread_is_split_into_cpu_waiting_and_blocked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(thread_clock, "EVERY_S", 0.02)
    with ThreadClock() as clock:
        sleeper = threading.Thread(target=time.sleep, args=(0.6,), name="sleeper")
        spinner = threading.Thread(target=_spin, args=(0.3,), name="spinner")
        sleeper.start()
        spinner.start()
        sleeper.join()
        spinner.join()
        time.sleep(0.1)  # both ended before the run did
    slept, spun = clock.threads["sleeper"], clock.threads["spinner"]
    assert slept.blocked >= 0.3 and slept.ran < 0.1
    assert spun.ran >= 0.2
    assert "thread-clock" not in clock.threads
    assert "spinner" in clock.summary() and "MainThread" in clock.threads
