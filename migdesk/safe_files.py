"""Opening files that someone else put on a stick: only regular files, never a hang.

A stick formatted ext4 or NTFS can carry a named pipe, a socket, a device node or a
symlink under any name. Opening a FIFO for reading blocks until a writer appears, so a
plain ``open()`` freezes the courier's window forever. Every such file is first
``lstat``-ed (only regular files pass), then opened with ``O_NOFOLLOW | O_NONBLOCK`` and
checked again on the descriptor (the same inode, still a regular file), so a file swapped
between the two checks is refused too. OS errors are explained in Russian.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from migdesk.messages import N_, _, lazy_table

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
)

_ERRNO_TEXT = lazy_table(
    {
        errno.ENOENT: N_("файл не найден"),
        errno.EACCES: N_("нет прав на чтение"),
        errno.EPERM: N_("нет прав на чтение"),
        errno.EIO: N_("ошибка ввода-вывода (носитель неисправен или извлечён)"),
        errno.ENXIO: N_("устройство недоступно (носитель извлечён?)"),
        errno.ENODEV: N_("устройство недоступно (носитель извлечён?)"),
        errno.ESTALE: N_("носитель отключён"),
        errno.ENOTCONN: N_("носитель отключён"),  # a FUSE-mounted stick (exFAT, NTFS) pulled
        errno.EISDIR: N_("это папка, а не файл"),
        errno.ENOTDIR: N_("путь проходит через файл, а не папку"),
        errno.ELOOP: N_("символическая ссылка"),
        errno.ENAMETOOLONG: N_("слишком длинное имя"),
        errno.EMFILE: N_("открыто слишком много файлов"),
    }
)


def os_text(exc: OSError) -> str:
    """The OS error in Russian (never the English ``strerror``)."""
    return _ERRNO_TEXT.get(exc.errno or 0, _("ошибка чтения (код {errno})").format(errno=exc.errno))


class NotRegularFile(Exception):
    """The path is not a regular file; ``kind`` says what it is, in Russian."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(
            _("«{name}» — {kind}, а не обычный файл").format(name=path.name, kind=kind)
        )
        self.path = path
        self.kind = kind


def kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return _("папка")
    if stat.S_ISLNK(mode):
        return _("символическая ссылка")
    if stat.S_ISFIFO(mode):
        return _("именованный канал (FIFO)")
    if stat.S_ISSOCK(mode):
        return _("сокет")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("файл устройства")
    return _("особый файл")


def check_regular(path: Path) -> os.stat_result:
    """``lstat`` of ``path``; NotRegularFile unless it is a regular file (OSError as is)."""
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile(path, kind_of(info.st_mode))
    return info


@contextlib.contextmanager
def open_regular(path: Path) -> Iterator[BinaryIO]:
    """An unbuffered binary reader of the regular file at ``path``.

    Raises NotRegularFile for anything else (also for a file swapped in after the check)
    and OSError as the OS reports it."""
    before = check_regular(path)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        after = os.fstat(fd)
        if not stat.S_ISREG(after.st_mode):
            raise NotRegularFile(path, kind_of(after.st_mode))
        if (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
            raise NotRegularFile(path, _("файл, подменённый во время проверки"))
        # Reads of a regular file never return EAGAIN; blocking mode keeps them simple.
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb", buffering=0) as handle:
        yield handle


def read_regular(path: Path, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of a regular file (the caller decides what too long means)."""
    with open_regular(path) as handle:
        parts: list[bytes] = []
        want = limit + 1
        while want > 0 and (block := handle.read(want)):
            parts.append(block)
            want -= len(block)
    return b"".join(parts)
