"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from migdesk import leftovers

LEFTOVERS = ".*.migdesk-*.tmp"  # the temporaries below, named with their writer's process id


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary sibling, fsync it, rename over ``path``, fsync the directory.
    A killed process's temporary is removed by the next write into the same folder."""
    write_atomic_with(path, lambda handle: handle.write(data))


def write_atomic_with(path: Path, fill: Callable[[BinaryIO], object]) -> None:
    """As ``write_atomic``, with ``fill`` writing into the file (a stream of any size)."""
    directory = path.parent
    leftovers.sweep(directory, LEFTOVERS)  # what a killed writer left here
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{path.name}.{leftovers.owner_tag()}", suffix=".tmp", dir=directory
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    fsync_dir(directory)
