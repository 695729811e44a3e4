"""Whether another process has the vault open, for the operations that replace its file.

A restore moves the vault aside and puts the copy in its place. A MigDesk window (or a CLI
command) that has the vault open keeps its file descriptors to the moved file, so what it
saves afterwards lands in the file set aside, silently missing from the restored vault. Every
SQLite connection in WAL mode holds a shared lock on the database file's SHARED range while it
is open, idle or not; taking that range exclusively, without waiting, tells whether anyone
does, and holding it keeps a new connection from opening the vault until the swap is done.

A rekey replaces the file the same way (``rekey``). Only while this process has no connection
of its own to the vault (the CLI's restore never opens it; rekey closes its own first): POSIX
locks are per process, so its own connections would not be seen, and closing this descriptor
would drop their locks on the file.

POSIX only: on Windows a file another process has open cannot be moved, so the restore's
rename fails and the vault stays as it was.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

# SQLite's lock bytes (os_unix.c): the SHARED range starts two bytes past PENDING_BYTE.
_PENDING_BYTE = 0x40000000
_SHARED_FIRST = _PENDING_BYTE + 2
_SHARED_SIZE = 510


class VaultInUse(Exception):
    """Another process has the vault open."""


@contextlib.contextmanager
def held_unused(path: Path) -> Iterator[None]:
    """Holds the vault's SHARED range exclusively for the ``with`` block; raises
    ``VaultInUse`` at once if another process has the vault open. No file: nothing held."""
    if fcntl is None or not path.is_file():
        yield
        return
    fd = os.open(path, os.O_RDWR)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST, 0)
        except OSError as exc:
            raise VaultInUse(str(path)) from exc
        try:
            yield
        finally:
            fcntl.lockf(fd, fcntl.LOCK_UN, _SHARED_SIZE, _SHARED_FIRST, 0)
    finally:
        os.close(fd)


@contextlib.contextmanager
def refused_if_in_use(path: Path, refusal: Callable[[], Exception]) -> Iterator[None]:
    """``held_unused``, with ``VaultInUse`` turned into the caller's own refusal (a message
    naming what is to be repeated: the restore, the change of key)."""
    try:
        with held_unused(path):
            yield
    except VaultInUse:
        raise refusal() from None
