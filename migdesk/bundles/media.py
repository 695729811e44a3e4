"""Low-level writing to removable media, and what each OS error means to the officer.

Kept apart so tests can make a write fail exactly like a full disk or a pulled stick."""

from __future__ import annotations

import contextlib
import errno
import math
import os
import shutil
from enum import Enum
from pathlib import Path

from migdesk.messages import N_, lazy_table


class ExportStatus(Enum):
    """The contract with the GUI: every way an export can end, each with its own message."""

    OK = "ok"
    NO_SPACE = "no_space"
    FILE_TOO_LARGE = "file_too_large"
    DEVICE_REMOVED = "device_removed"
    READ_ONLY = "read_only"
    PERMISSION_DENIED = "permission_denied"
    TARGET_MISSING = "target_missing"
    TARGET_EXISTS = "target_exists"
    WRITE_ERROR = "write_error"
    VERIFY_FAILED = "verify_failed"
    SOURCE_CHANGED = "source_changed"
    CANCELLED = "cancelled"


EXPORT_MESSAGES = lazy_table(
    {
        ExportStatus.OK: N_("Пакет записан и проверен."),
        ExportStatus.NO_SPACE: N_("На носителе не хватает места. Пакет не записан."),
        ExportStatus.FILE_TOO_LARGE: N_(
            "Файловая система носителя не допускает таких больших файлов "
            "(FAT32 — до 4 ГиБ). Пакет не записан."
        ),
        ExportStatus.DEVICE_REMOVED: N_(
            "Носитель извлечён или неисправен во время записи. Пакет не "
            "записан; вставьте носитель и повторите выгрузку."
        ),
        ExportStatus.READ_ONLY: N_("Носитель защищён от записи. Пакет не записан."),
        ExportStatus.PERMISSION_DENIED: N_(
            "Нет прав на запись в выбранную папку. Пакет не записан."
        ),
        ExportStatus.TARGET_MISSING: N_("Папка назначения недоступна (носитель не вставлен?)."),
        ExportStatus.TARGET_EXISTS: N_(
            "Пакет с этим номером уже есть на носителе; он не перезаписан."
        ),
        ExportStatus.WRITE_ERROR: N_("Ошибка записи на носитель. Пакет не записан."),
        ExportStatus.VERIFY_FAILED: N_(
            "Записанный пакет не совпал с исходным при проверке чтением. "
            "Пакет удалён; носитель, возможно, неисправен."
        ),
        ExportStatus.SOURCE_CHANGED: N_(
            "Вложение изменилось или не читается во время выгрузки. Пакет не записан."
        ),
        ExportStatus.CANCELLED: N_("Выгрузка отменена. Пакет не записан."),
    }
)

_ERRNO_STATUS = {
    errno.ENOSPC: ExportStatus.NO_SPACE,
    errno.EDQUOT: ExportStatus.NO_SPACE,
    errno.EFBIG: ExportStatus.FILE_TOO_LARGE,
    errno.EIO: ExportStatus.DEVICE_REMOVED,
    errno.ENODEV: ExportStatus.DEVICE_REMOVED,
    errno.ENXIO: ExportStatus.DEVICE_REMOVED,
    errno.ENOENT: ExportStatus.DEVICE_REMOVED,
    errno.ESTALE: ExportStatus.DEVICE_REMOVED,
    errno.ENOTCONN: ExportStatus.DEVICE_REMOVED,
    errno.EROFS: ExportStatus.READ_ONLY,
    errno.EACCES: ExportStatus.PERMISSION_DENIED,
    errno.EPERM: ExportStatus.PERMISSION_DENIED,
}


def status_for(exc: OSError) -> ExportStatus:
    return _ERRNO_STATUS.get(exc.errno or 0, ExportStatus.WRITE_ERROR)


def megabytes(size: int, *, up: bool = False) -> str:
    """«12,3» (MiB, one decimal): ``up`` rounds the space needed up and the free space down,
    so «нужно» never shows less than «свободно» when the bundle does not fit."""
    tenths = size * 10 / 1024**2
    shown = math.ceil(tenths) if up else math.floor(tenths)
    return f"{shown / 10:.1f}".replace(".", ",")


def create_file(path: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    return os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)


def write_all(fd: int, data: bytes | bytearray | memoryview) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def sync_and_close(fd: int) -> None:
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def forget_cached(path: Path) -> None:
    """Asks the kernel to drop cached pages, so the read-back comes from the stick itself."""
    if not hasattr(os, "posix_fadvise"):
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def remove_tree(path: Path) -> None:
    """Best effort: on a pulled stick nothing can be removed, and that must not mask why."""
    with contextlib.suppress(OSError):
        shutil.rmtree(path)
