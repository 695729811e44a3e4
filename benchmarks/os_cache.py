"""The vault file's place in the operating system's page cache, set on purpose by the search
figures: dropped (``posix_fadvise`` DONTNEED of the vault and its ``-wal``), so that the next
read comes from the disk, and counted (``mincore`` over a read-only mapping), so that the
figures can say which state they measured. Linux only; elsewhere ``drop_reason`` says why
the cold figures are not measured.

Why it matters here: this VM pages out file pages nobody touched for a few seconds (a DAMON
``pageout`` scheme), so without a state set on purpose a search finds some of the vault on
the disk and some in memory, depending on what ran before it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import mmap
import os
import sys
import time
from pathlib import Path


def vault_files(path: Path) -> list[Path]:
    """The vault and its write-ahead log: what a read of the vault may touch on the disk."""
    return [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]


def drop_reason(path: Path | None = None) -> str | None:
    """Why the vault cannot be dropped from the OS cache here (None: it can): not Linux, or
    a file system that lives in memory (its pages are the file: DONTNEED keeps them)."""
    if not sys.platform.startswith("linux"):
        return f"the OS cache is dropped only on Linux (this is {sys.platform})"
    if not hasattr(os, "posix_fadvise"):
        return "os.posix_fadvise is missing"
    if path is not None and (kind := file_system(path)) in IN_MEMORY:
        return f"the vault is on {kind}, which keeps its pages in memory"
    return None


IN_MEMORY = frozenset({"tmpfs", "ramfs"})


def file_system(path: Path) -> str | None:
    """The type of the file system holding ``path`` (/proc/self/mountinfo; None if unknown)."""
    target = str(path.resolve())
    found, longest = None, -1
    try:
        with open("/proc/self/mountinfo", encoding="utf-8") as mounts:
            for line in mounts:
                fields, _, rest = line.partition(" - ")
                point = fields.split()[4].replace("\\040", " ")
                inside = target == point or target.startswith(point.rstrip("/") + "/")
                if inside and len(point) > longest:
                    found, longest = rest.split()[0], len(point)
    except (OSError, IndexError):
        return None
    return found


def drop(path: Path) -> None:
    """Evict the vault's pages from the OS cache: the next reads come from the disk.

    DONTNEED leaves dirty pages alone, so each file is synced first (a benchmark only reads,
    but the ``-wal`` may hold pages written before it).

    DONTNEED skips a page the kernel holds at that instant (taken off its list by reclaim,
    which this VM's DAMON pageout does all the time, or locked by another reader's
    readahead): under load a drop left a few pages cached now and then. So the drop is
    tried again, a moment later, until ``mincore`` counts none (a few tries at most)."""
    for attempt in range(DROP_TRIES):
        for file in vault_files(path):
            fd = os.open(file, os.O_RDONLY)
            try:
                os.fdatasync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
        if all(not resident_fraction(file) for file in vault_files(path)):
            return
        time.sleep(0.01 * (attempt + 1))


DROP_TRIES = 5


def _io_count(name: str) -> int | None:
    try:
        with open("/proc/self/io", encoding="ascii") as io:
            for line in io:
                if line.startswith(name + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def read_calls() -> int | None:
    """The process's read system calls so far (``/proc/self/io`` syscr; None where missing).

    SQLite reads the vault a page per call, so the difference over a search on a fresh
    connection is the number of pages it fetched from the OS (and decrypted)."""
    return _io_count("syscr")


def disk_bytes() -> int | None:
    """Bytes the process has had read from the disk so far, not from the OS cache
    (``/proc/self/io`` read_bytes; None where missing)."""
    return _io_count("read_bytes")


def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [
        ctypes.c_void_p,
        ctypes.c_size_t,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_long,
    ]
    libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p]
    return libc


def resident_fraction(path: Path) -> float | None:
    """The share of the vault file's pages now in the OS cache (None where not countable).

    A read-only mapping is made and dropped again without touching a page, so counting
    does not change what it counts."""
    if drop_reason() is not None:
        return None
    size = path.stat().st_size
    if size == 0:
        return 0.0
    libc = _libc()
    fd = os.open(path, os.O_RDONLY)
    try:
        address = libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
        if address in (None, ctypes.c_void_p(-1).value):
            return None
        try:
            pages = (size + mmap.PAGESIZE - 1) // mmap.PAGESIZE
            vector = ctypes.create_string_buffer(pages)
            if libc.mincore(address, size, vector) != 0:
                return None
            return (pages - vector.raw.count(0)) / pages  # bit 0: resident
        finally:
            libc.munmap(address, size)
    finally:
        os.close(fd)
