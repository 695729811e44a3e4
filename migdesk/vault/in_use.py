"""Whether another process has the vault open, for the operations that replace its file.

A restore moves the vault aside and puts the copy in its place. A MigDesk window (or a CLI
command) that has the vault open keeps its file descriptors to the moved file, so what it
saves afterwards lands in the file set aside, silently missing from the restored vault. Every
SQLite connection in WAL mode holds a shared lock on the database file's SHARED range while it
is open, idle or not; asking for that range exclusively tells whether anyone does.

A check alone leaves a window: a process that opens the vault just after it (or waits behind
a lock the operation holds) can still write into the file about to be replaced. ``sealed``
closes it. SQLite takes a read lock on its PENDING byte on the way to any SHARED lock, so a
write lock held there keeps every new opener out: its open fails, after ``busy_timeout``,
with «database is locked», which the product reports as the vault being busy. The lock is an
open-file-description lock (Linux ``F_OFD_SETLK``): a POSIX lock would merge with this
process's own SQLite locks and vanish when SQLite releases its PENDING byte. The caller's own
connection is opened *before* the seal (SQLite needs the PENDING byte to open, and an OFD
lock bars it from this process too); the check then asks with ``F_GETLK``, which ignores this
process's own locks.

Elsewhere (no OFD locks; on Windows a file another process has open cannot be moved at all)
``sealed`` only checks, and the caller holds ``held_unused`` through its swap, as before.
"""

from __future__ import annotations

import contextlib
import errno
import os
import struct
import time
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
# struct flock on Linux: l_type, l_whence, l_start, l_len, l_pid (padded to 32 bytes).
_FLOCK = "hhqqi4x"
# A process in the middle of taking its SHARED lock holds the PENDING byte for microseconds.
_SEAL_TRIES, _SEAL_PAUSE = 100, 0.01
# The product's busy_timeout (vault.engine) and a margin: a process that opened the old file
# before the swap gives up within this time once it started waiting for the seal.
GRACE_SECONDS = 6.0


class VaultInUse(Exception):
    """Another process has the vault open."""


@contextlib.contextmanager
def held_unused(path: Path) -> Iterator[None]:
    """Holds the vault's SHARED range exclusively for the ``with`` block; raises
    ``VaultInUse`` at once if another process has the vault open. No file: nothing held.
    Only while this process has no connection of its own to the vault: POSIX locks are per
    process, so its own would not be seen, and closing this descriptor would drop their locks."""
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
def sealed(path: Path) -> Iterator[bool]:
    """No other process opens the vault during the ``with`` block; ``VaultInUse`` at once if
    one has it open. Yields whether the seal holds (False: only checked, see the module).

    This process's own connections to the vault must be opened (their first statement run)
    before, and closed inside the block: closing the seal's descriptor drops this process's
    POSIX locks on the file. When the block has moved or replaced the file, the seal is kept
    until no other process still has the old file open (at most ``GRACE_SECONDS``): one that
    opened it just before the swap would otherwise get its lock on the old file once the
    seal goes, and use the new file's -wal and -shm with it."""
    if fcntl is None or not path.is_file():
        yield False
        return
    fd = os.open(path, os.O_RDWR)
    try:
        tight = _seal(fd, path)
        if _opened_elsewhere(fd):
            raise VaultInUse(str(path))
        try:
            yield tight
        finally:
            if tight:
                _outlived(fd, path)
    finally:
        os.close(fd)


def _flock(kind: int, start: int, size: int) -> bytes:
    return struct.pack(_FLOCK, kind, os.SEEK_SET, start, size, 0)


def _seal(fd: int, path: Path) -> bool:
    """The OFD write lock on the PENDING byte; False where there are no OFD locks."""
    command = getattr(fcntl, "F_OFD_SETLK", None)
    if command is None:
        return False
    for _try in range(_SEAL_TRIES):
        try:
            fcntl.fcntl(fd, command, _flock(fcntl.F_WRLCK, _PENDING_BYTE, 1))
            return True
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                return False  # EINVAL: a kernel or file system without OFD locks
            time.sleep(_SEAL_PAUSE)  # someone is opening it right now: it shows in a moment
    raise VaultInUse(str(path))


def _opened_elsewhere(fd: int) -> bool:
    """Another process holds a lock on the SHARED range (every open connection does)."""
    asked = fcntl.fcntl(fd, fcntl.F_GETLK, _flock(fcntl.F_WRLCK, _SHARED_FIRST, _SHARED_SIZE))
    return bool(struct.unpack(_FLOCK, asked)[0] != fcntl.F_UNLCK)


def _outlived(fd: int, path: Path) -> None:
    """Waits, sealed, until no other process has the file behind ``fd`` open, if it is no
    longer the file at ``path``."""
    old = os.fstat(fd)
    with contextlib.suppress(OSError):
        now = os.stat(path)
        if (now.st_dev, now.st_ino) == (old.st_dev, old.st_ino):
            return  # not replaced: whoever waits opens the same file, unchanged
    deadline = time.monotonic() + GRACE_SECONDS
    while time.monotonic() < deadline and _open_elsewhere(old.st_dev, old.st_ino) is not False:
        time.sleep(0.05)


def _open_elsewhere(dev: int, ino: int) -> bool | None:
    """Whether another process has this file open (None: /proc cannot tell)."""
    try:
        pids = [int(name) for name in os.listdir("/proc") if name.isdigit()]
    except OSError:
        return None
    me = os.getpid()
    for pid in pids:
        if pid == me:
            continue
        try:
            entries = os.scandir(f"/proc/{pid}/fd")
        except OSError:
            continue  # gone, or another user's (who cannot open this vault)
        with entries:
            for entry in entries:
                with contextlib.suppress(OSError):
                    found = os.stat(entry.path)
                    if (found.st_dev, found.st_ino) == (dev, ino):
                        return True
    return False


@contextlib.contextmanager
def refused_if_in_use(
    path: Path,
    refusal: Callable[[], Exception],
    hold: Callable[[Path], contextlib.AbstractContextManager[object]] = held_unused,
) -> Iterator[None]:
    """``held_unused`` (or ``sealed``), with ``VaultInUse`` turned into the caller's own
    refusal (a message naming what is to be repeated: the restore, the change of key)."""
    try:
        with hold(path):
            yield
    except VaultInUse:
        raise refusal() from None
