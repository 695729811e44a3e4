"""The bundle folder on the stick: which files it holds, and reading them safely.

Files must be regular files (``lstat`` first, then O_NOFOLLOW | O_NONBLOCK), so a symlink
planted in the folder cannot make MigDesk read something outside it and a FIFO cannot
block it. Names come only from the
fixed set and from label entries already checked to be plain names.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from migdesk import safe_files
from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.bundles.label import BUNDLE_SUFFIX, LABEL_NAME, SIGNATURE_NAME, FileEntry, Label
from migdesk.messages import _, ngettext
from migdesk.progress import ReportProgress

READ_BLOCK = 1024 * 1024
SHOWN_BUNDLES = 5  # named in the message when a folder of bundles is picked
Progress = ReportProgress


def _read_error(name: str, exc: OSError) -> BundleRejected:
    return BundleRejected(Reason.READ_ERROR, f"{name}: {safe_files.os_text(exc)}.")


def _not_a_folder(folder: Path) -> str:
    """What the officer picked instead of a bundle folder, said so that the fix is plain:
    a path that is not there (stick not inserted, a typo), or a file of a bundle."""
    if not folder.exists():
        return _(
            "«{folder}» — не папка пакета: такого пути нет. Проверьте путь и вставлен ли носитель."
        ).format(folder=folder)
    if folder.parent.joinpath(LABEL_NAME).is_file():
        return _("«{folder}» — файл внутри пакета; укажите саму папку «{bundle}».").format(
            folder=folder, bundle=folder.parent
        )
    return _("«{folder}» — не папка пакета.").format(folder=folder)


def _bundles_inside(folder: Path, names: set[str]) -> str:
    """The stick itself (or a folder of bundles) picked instead of one bundle: name the
    bundles in it, so the fix is plain (not «нет файла label.json»)."""
    inside = sorted(n for n in names if n.endswith(BUNDLE_SUFFIX) and (folder / n).is_dir())
    shown = ", ".join(inside[:SHOWN_BUNDLES]) + (", …" if len(inside) > SHOWN_BUNDLES else "")
    return _("«{folder}» — папка с пакетами, а не папка пакета; в ней: {names}.").format(
        folder=folder, names=shown
    )


def list_names(folder: Path) -> set[str]:
    try:
        if not folder.is_dir():
            raise BundleRejected(Reason.NOT_A_BUNDLE, _not_a_folder(folder))
        names = {entry.name for entry in os.scandir(folder)}
        if LABEL_NAME not in names and any(n.endswith(BUNDLE_SUFFIX) for n in names):
            raise BundleRejected(Reason.NOT_A_BUNDLE, _bundles_inside(folder, names))
        return names
    except OSError as exc:
        raise BundleRejected(Reason.READ_ERROR, f"«{folder}»: {safe_files.os_text(exc)}.") from exc


@contextlib.contextmanager
def open_member(folder: Path, name: str) -> Iterator[BinaryIO]:
    """A regular file directly inside ``folder``: a symlink, FIFO, socket, device or
    folder under that name is ``unsafe_path`` (a FIFO would block the reader forever)."""
    try:
        with safe_files.open_regular(folder / name) as handle:
            yield handle
    except FileNotFoundError:
        raise BundleRejected(
            Reason.MISSING_FILE, _("Нет файла {name}.").format(name=name)
        ) from None
    except safe_files.NotRegularFile as exc:
        raise BundleRejected(Reason.UNSAFE_PATH, f"{exc}.") from None
    except OSError as exc:
        raise _read_error(name, exc) from exc


def read_member(folder: Path, name: str, limit: int) -> bytes:
    try:
        with open_member(folder, name) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise _read_error(name, exc) from exc
    if len(data) > limit:
        raise BundleRejected(Reason.OVERSIZE, _("Файл {name} слишком велик.").format(name=name))
    return data


def check_names(folder: Path, label: Label) -> None:
    present = list_names(folder)
    expected = {LABEL_NAME, SIGNATURE_NAME, *(entry.name for entry in label.files)}
    missing = sorted(expected - present)
    if missing:
        raise BundleRejected(
            Reason.MISSING_FILE, _("Нет файла {names}.").format(names=", ".join(missing))
        )
    extra = sorted(present - expected)
    if extra:
        raise BundleRejected(
            Reason.EXTRA_FILE, _("Лишнее: {names}.").format(names=", ".join(extra))
        )


def check_size(folder: Path, entry: FileEntry, limit: int) -> None:
    if entry.size > limit:
        raise BundleRejected(
            Reason.OVERSIZE,
            ngettext(
                "{name}: {size} байт.",
                "{name}: {size} байт.",
                entry.size,
                few="{name}: {size} байта.",
            ).format(name=entry.name, size=entry.size),
        )
    try:
        info = os.lstat(folder / entry.name)
    except FileNotFoundError:
        raise BundleRejected(
            Reason.MISSING_FILE, _("Нет файла {name}.").format(name=entry.name)
        ) from None
    except OSError as exc:
        raise _read_error(entry.name, exc) from exc
    if not stat.S_ISREG(info.st_mode):
        kind = safe_files.kind_of(info.st_mode)
        raise BundleRejected(
            Reason.UNSAFE_PATH,
            _("«{name}» — {kind}, а не обычный файл.").format(name=entry.name, kind=kind),
        )
    if info.st_size != entry.size:
        raise BundleRejected(
            Reason.TRUNCATED if info.st_size < entry.size else Reason.OVERSIZE,
            ngettext(
                "{name}: {actual} байт вместо {size}.",
                "{name}: {actual} байт вместо {size}.",
                info.st_size,
                few="{name}: {actual} байта вместо {size}.",
            ).format(name=entry.name, actual=info.st_size, size=entry.size),
        )


def hash_member(folder: Path, entry: FileEntry, progress: Progress | None = None) -> str:
    """SHA-256 of the file, reading no more than the label declares (plus one byte)."""
    digest = hashlib.sha256()
    done = 0
    try:
        with open_member(folder, entry.name) as handle:
            while block := handle.read(min(READ_BLOCK, entry.size + 1 - done)):
                digest.update(block)
                done += len(block)
                if progress is not None:
                    progress(done, entry.size)
    except OSError as exc:
        raise _read_error(entry.name, exc) from exc
    if done != entry.size:
        reason = Reason.TRUNCATED if done < entry.size else Reason.OVERSIZE
        raise BundleRejected(reason, _("{name} изменился во время чтения.").format(name=entry.name))
    return digest.hexdigest()


def check_hash(folder: Path, entry: FileEntry, progress: Progress | None = None) -> None:
    if hash_member(folder, entry, progress) != entry.sha256:
        raise BundleRejected(Reason.HASH_MISMATCH, _("Файл {name}.").format(name=entry.name))


def _read_into(handle: BinaryIO, view: memoryview) -> int:
    if isinstance(handle, io.RawIOBase | io.BufferedIOBase):  # a file: no copy
        return handle.readinto(view) or 0
    block = handle.read(len(view))
    view[: len(block)] = block
    return len(block)


class CheckedReader:
    """Reads a member for decryption, hashing it on the way; ``finish`` checks the label's
    size and SHA-256. With ``reread`` (hashed once before) what is decrypted is still what
    was hashed, even if the stick returns different bytes the second time."""

    def __init__(
        self,
        handle: BinaryIO,
        entry: FileEntry,
        progress: Progress | None,
        *,
        reread: bool = False,
    ) -> None:
        self._reread = reread
        self._handle = handle
        self._entry = entry
        self._digest = hashlib.sha256()
        self._done = 0
        self._progress = progress

    def read(self, size: int = -1) -> bytes:
        remaining = self._entry.size + 1 - self._done
        want = remaining if size < 0 else min(size, remaining)
        parts: list[bytes] = []
        while want > 0:  # unbuffered files may return short reads
            block = self._handle.read(want)
            if not block:
                break
            parts.append(block)
            want -= len(block)
        data = b"".join(parts)
        self._count(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        """As ``read(len(buffer))``, into the caller's buffer (no fresh MiB per read)."""
        view = memoryview(buffer).cast("B")
        view = view[: self._entry.size + 1 - self._done]
        got = 0
        while got < len(view):  # unbuffered files may return short reads
            count = _read_into(self._handle, view[got:])
            if not count:
                break
            got += count
        self._count(view[:got])
        return got

    def _count(self, data: bytes | memoryview) -> None:
        self._digest.update(data)
        self._done += len(data)
        if self._done > self._entry.size:
            raise BundleRejected(
                Reason.OVERSIZE, _("{name} вырос во время чтения.").format(name=self._entry.name)
            )
        if self._progress is not None:
            self._progress(self._done, self._entry.size)

    def finish(self) -> None:
        if self.read(1):
            raise BundleRejected(
                Reason.OVERSIZE, _("{name} вырос во время чтения.").format(name=self._entry.name)
            )
        if self._done != self._entry.size or self._digest.hexdigest() != self._entry.sha256:
            name = self._entry.name
            raise BundleRejected(
                Reason.HASH_MISMATCH,
                _("{name} изменился во время чтения.").format(name=name)
                if self._reread
                else _("Файл {name}.").format(name=name),
            )
