"""A killed writer's hidden temporaries are removed by the next write into the same folder;
a write under way (its process alive, or its file fresh) and other programs' files stay."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from migdesk import leftovers
from migdesk.atomic import write_atomic, write_atomic_with


def _aged(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


@pytest.fixture
def dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    return int(proc.stdout)  # ended and reaped: no such process now


@pytest.fixture
def live_pid() -> Iterator[int]:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc.pid
    proc.kill()
    proc.wait()


def test_the_next_atomic_write_removes_a_killed_writers_temporary(
    tmp_path: Path, dead_pid: int, live_pid: int
) -> None:
    killed = tmp_path / f".letter.pdf.migdesk-{dead_pid}.x1y2.tmp"
    killed.write_bytes(b"%PDF half")
    _aged(killed, 3600)
    writing = tmp_path / f".other.pdf.migdesk-{live_pid}.a1b2.tmp"
    writing.write_bytes(b"%PDF under way")
    _aged(writing, 3600)
    fresh = tmp_path / f".third.pdf.migdesk-{dead_pid}.c3d4.tmp"
    fresh.write_bytes(b"%PDF a minute ago")
    _aged(fresh, 60)
    foreign = tmp_path / ".notes.txt.abcd.tmp"  # not ours: no owner tag
    foreign.write_bytes(b"someone else's")
    _aged(foreign, 3600)

    write_atomic(tmp_path / "statistics.csv", b"month;count\n")

    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([writing.name, fresh.name, foreign.name, "statistics.csv"])


def test_an_atomic_temporary_names_its_writer(tmp_path: Path) -> None:
    seen: list[str] = []

    def fill(handle: object) -> None:
        seen.extend(p.name for p in tmp_path.iterdir())

    write_atomic_with(tmp_path / "out.pdf", fill)
    [temporary] = seen
    assert temporary.startswith(f".out.pdf.migdesk-{os.getpid()}.")
    assert leftovers.sweep(tmp_path, "*") == []  # its own, and the finished file: kept
