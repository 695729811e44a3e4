"""``migdesk.heap``: large blocks freed by a long import go back to the system (issue #17).

Measured in a fresh process (``mallopt`` is process-wide): after one big block was freed,
glibc's dynamic threshold keeps blocks of 1 MiB in its heap, and freeing them leaves them
resident (small blocks kept between them, as a long import's survivors are, stop them
from merging into the heap's top, which alone free() trims);
after ``map_large_blocks`` they are given back as they are freed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from migdesk import heap

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = 64  # of 1 MiB

PROBE = f"""
import ctypes, json, sys
from migdesk import heap

def anon_mib():
    for line in open("/proc/self/status"):
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024

libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
if sys.argv[1] == "mapped":
    assert heap.map_large_blocks()
libc.free(libc.malloc(16 << 20))  # raises glibc's dynamic threshold to 16 MiB
blocks, guards = [], []
for _ in range({BLOCKS}):
    blocks.append(libc.malloc(1 << 20))
    ctypes.memset(blocks[-1], 1, 1 << 20)
    guards.append(libc.malloc(32 << 10))  # kept: the freed blocks cannot merge into the top
before = anon_mib()
for block in blocks:
    libc.free(block)
print(json.dumps({{"freed": before - anon_mib()}}))
"""


def _freed(mode: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        capture_output=True, text=True, check=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    return float(json.loads(out.stdout.strip().splitlines()[-1])["freed"])


@pytest.mark.skipif(heap._glibc() is None, reason="glibc's malloc only")
def test_large_blocks_go_back_to_the_system_once_mapped() -> None:
    assert _freed("heap") < BLOCKS / 4  # kept resident in the heap
    assert _freed("mapped") > BLOCKS * 3 / 4


@pytest.mark.skipif(heap._glibc() is None, reason="glibc's malloc only")
def test_give_back_returns_free_pages_inside_the_heap() -> None:
    assert heap.give_back() in (True, False)  # callable at any time, from any thread


def test_without_glibc_nothing_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    heap._glibc.cache_clear()
    heap.map_large_blocks.cache_clear()
    try:
        assert heap._glibc() is None
        assert heap.map_large_blocks() is False
        assert heap.give_back() is False
    finally:
        heap._glibc.cache_clear()
        heap.map_large_blocks.cache_clear()
