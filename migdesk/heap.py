"""The C heap of a long import given back to the system between its phases (issue #17).

A bundle import into a big registry makes many large, short-lived blocks (a matching
block's key lists and maps, JSON arrays of positions, SQLite's sorters): glibc keeps what
they leave free in its heaps, so the process's resident size only ever grows. Measured on
the import window of 20,000 persons into a copy of the 1M vault: 60 MB free in malloc's
heaps at the end of the import. Two standard glibc calls, through ``ctypes`` (elsewhere —
Windows, macOS, musl — they are not there and nothing is done):

- ``mallopt(M_MMAP_THRESHOLD)``: blocks from ``MAP_FROM`` on get pages of their own, given
  back when freed, instead of a place in the heap that stays resident (glibc's dynamic
  threshold grows to 32 MiB after the first big free, so without it almost nothing is).
- ``malloc_trim(0)``: the free pages inside the heaps given back, at a phase's end.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import Any

M_MMAP_THRESHOLD = -3  # glibc's <malloc.h>
MAP_FROM = 128 * 1024  # glibc's own initial threshold (it then raises it after a big free)


@cache
def _glibc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        libc.malloc_trim  # noqa: B018 — absent in musl and others: nothing to do there
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


@cache
def map_large_blocks() -> bool:
    """From now on, blocks of ``MAP_FROM`` bytes or more go back to the system when freed
    (once per process; whether it was possible)."""
    libc = _glibc()
    return libc is not None and bool(libc.mallopt(M_MMAP_THRESHOLD, MAP_FROM))


def give_back() -> bool:
    """The free pages of every malloc heap returned to the system (a few ms); whether any
    were."""
    libc = _glibc()
    return libc is not None and bool(libc.malloc_trim(0))
