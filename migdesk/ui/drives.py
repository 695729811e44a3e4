"""Where a file can be written: mounted removable drives first, then the home folder.

Detection asks Qt for the mounted volumes and the OS whether each one is removable (sysfs on
Linux, GetDriveType on Windows; the usual mount prefixes count as removable everywhere). The
backup and export dialogs offer these targets; sizes are shown in the interface language.
"""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStorageInfo

PSEUDO_FILESYSTEMS = frozenset(
    {b"tmpfs", b"devtmpfs", b"proc", b"sysfs", b"overlay", b"squashfs", b"ramfs", b"autofs"}
)
REMOVABLE_MOUNT_PREFIXES = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Target:
    path: Path
    label: str
    removable: bool
    free: int  # bytes available to this user; -1 unknown
    total: int


def _linux_removable(device: bytes) -> bool:
    name = Path(device.decode(errors="replace")).name
    block = Path("/sys/class/block") / name
    if not block.exists():
        return False
    with contextlib.suppress(OSError):
        block = block.resolve()
        if (block / "partition").exists():
            block = block.parent
        return (block / "removable").read_text().strip() == "1"
    return False


def _windows_removable(root: str) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    drive_removable = 2
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_removable)


def is_removable(storage: QStorageInfo) -> bool:
    root = storage.rootPath()
    if sys.platform == "win32":
        return _windows_removable(root)
    if root.startswith(REMOVABLE_MOUNT_PREFIXES):
        return True
    return sys.platform.startswith("linux") and _linux_removable(bytes(storage.device().data()))


def order_targets(targets: list[Target]) -> list[Target]:
    """Removable drives first, then the rest; alphabetical within each."""
    return sorted(targets, key=lambda t: (not t.removable, t.label.casefold()))


def list_targets(home_label: str) -> list[Target]:
    targets: list[Target] = []
    for storage in QStorageInfo.mountedVolumes():
        if not storage.isValid() or not storage.isReady() or storage.isReadOnly():
            continue
        if bytes(storage.fileSystemType().data()) in PSEUDO_FILESYSTEMS:
            continue
        if is_removable(storage):
            targets.append(
                Target(
                    Path(storage.rootPath()),
                    storage.displayName() or storage.rootPath(),
                    True,
                    storage.bytesAvailable(),
                    storage.bytesTotal(),
                )
            )
    home = Path.home()
    info = QStorageInfo(str(home))
    targets.append(Target(home, home_label, False, info.bytesAvailable(), info.bytesTotal()))
    return order_targets(targets)


def size_text(size: int) -> str:
    """«1,3 МБ» in the interface language (Qt's own units are English without qtbase_ru)."""
    translate = QCoreApplication.translate
    units = (
        translate("BackupDialog", "Б"),
        translate("BackupDialog", "КБ"),
        translate("BackupDialog", "МБ"),
        translate("BackupDialog", "ГБ"),
        translate("BackupDialog", "ТБ"),
    )
    value, unit = float(size), 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    shown = QLocale().toString(value, "f", 0 if unit == 0 else 1)
    return f"{shown} {units[unit]}"
