"""The ciphertext stream as one file or as parts, so that no file outgrows a FAT32 stick.

The payload is one stream (header, then AES-GCM chunks; see ``stream``). Written, it is cut
into files of at most ``max_part_bytes`` each, and only between the pieces the encryptor
emits (the header, then whole encrypted chunks), so every part holds whole chunks. Read, the
parts are joined again in label order, each re-hashed as it streams past; the chunk index in
every nonce makes any reordering that slipped past the hashes a decryption failure.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from migdesk.bundles import layout, media
from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.bundles.label import MAX_PARTS, PAYLOAD_NAME, FileEntry, part_name
from migdesk.bundles.stream import TAG_SIZE
from migdesk.messages import _
from migdesk.progress import ReportProgress

# 1 GiB: far below FAT32's 4 GiB - 1, and a part is quick to re-copy when one goes bad.
PART_SIZE = 1024**3
Progress = ReportProgress


def part_sizes(header: int, plaintext: int, chunk_size: int, max_part_bytes: int) -> list[int]:
    """Sizes of the files the writer will produce, in order (the same greedy cut it makes)."""
    block = chunk_size + TAG_SIZE
    if max_part_bytes < header + block:
        raise ValueError("a part must hold the header and at least one chunk")
    chunks = max(1, -(-plaintext // chunk_size))
    last = plaintext - (chunks - 1) * chunk_size + TAG_SIZE
    sizes: list[int] = []
    current, full = header, chunks - 1
    while True:  # one pass per part, not per chunk
        take = min((max_part_bytes - current) // block, full)
        current += take * block
        full -= take
        if not full:
            break
        sizes.append(current)
        current = 0
    if current + last > max_part_bytes:
        sizes.append(current)
        current = 0
    sizes.append(current + last)
    return sizes


def file_names(parts: int) -> list[str]:
    """``payload.bin`` alone (format 1) or ``payload.000`` … (format 2)."""
    if parts > MAX_PARTS:
        raise ValueError(f"more than {MAX_PARTS} parts")
    return [PAYLOAD_NAME] if parts == 1 else [part_name(i) for i in range(parts)]


class PartWriter:
    """The encryptor's output callback: fills files in ``folder`` one after the other.

    Each file is created exclusively, written, fsynced and closed before the next is
    opened; ``entries`` lists what was written (name, size, SHA-256) for the label."""

    def __init__(self, folder: Path, names: Sequence[str], max_part_bytes: int) -> None:
        self._folder = folder
        self._names = list(names)
        self._max = max_part_bytes
        self.entries: list[FileEntry] = []
        self._fd: int | None = None
        self._size = 0
        self._digest = hashlib.sha256()

    def write(self, data: bytes) -> None:
        if self._fd is None or (self._size and self._size + len(data) > self._max):
            self._next()
        assert self._fd is not None
        media.write_all(self._fd, data)
        self._digest.update(data)
        self._size += len(data)

    def _next(self) -> None:
        self._finish_current()
        index = len(self.entries)
        if index >= len(self._names):
            # The plan and the cut disagree: a bug, never a medium problem.
            raise RuntimeError("payload larger than planned")
        self._fd = media.create_file(self._folder / self._names[index])

    def _finish_current(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        media.sync_and_close(fd)
        name = self._names[len(self.entries)]
        self.entries.append(FileEntry(name, self._size, self._digest.hexdigest()))
        self._size = 0
        self._digest = hashlib.sha256()

    def close(self) -> list[FileEntry]:
        self._finish_current()
        if [entry.name for entry in self.entries] != self._names:
            raise RuntimeError("payload smaller than planned")
        return self.entries

    def abort(self) -> None:
        """Closes the open file after a failure (the caller removes the folder)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                media.sync_and_close(fd)


class PartsReader:
    """One readable stream over the label's files, opened one at a time, each hashed as it
    streams past and checked against the label when the reader moves past its end (a part
    that grows, shrinks or does not match is refused there)."""

    def __init__(
        self,
        folder: Path,
        files: Sequence[FileEntry],
        progress: Progress | None = None,
        *,
        reread: bool = False,
    ) -> None:
        self._folder = folder
        self._reread = reread  # the files were hashed once already (the message says so)
        self._files = list(files)
        self._progress = progress
        self._index = 0
        self._base = 0  # bytes of the parts already finished
        self._total = sum(entry.size for entry in self._files)
        self._stack: contextlib.ExitStack | None = None
        self._current: layout.CheckedReader | None = None

    def __enter__(self) -> PartsReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._close_current()

    def _close_current(self) -> None:
        if self._stack is not None:
            stack, self._stack, self._current = self._stack, None, None
            stack.close()

    def _open_next(self) -> bool:
        if self._index >= len(self._files):
            return False
        entry = self._files[self._index]
        stack = contextlib.ExitStack()
        handle = stack.enter_context(layout.open_member(self._folder, entry.name))
        base, total = self._base, self._total

        def step(done: int, _size: int) -> None:
            if self._progress is not None:
                self._progress(base + done, total)

        self._stack = stack
        self._current = layout.CheckedReader(handle, entry, step, reread=self._reread)
        return True

    def _finish_current(self) -> None:
        assert self._current is not None
        self._current.finish()
        self._base += self._files[self._index].size
        self._index += 1
        self._close_current()

    def read(self, size: int = -1, /) -> bytes:
        parts: list[bytes] = []
        want = size
        while want != 0:
            if self._current is None and not self._open_next():
                break
            assert self._current is not None
            block = self._current.read(want)
            parts.append(block)
            if want > 0:
                want -= len(block)
            if want != 0:  # this part is exhausted: check it, go on to the next
                self._finish_current()
        return b"".join(parts)

    def readinto(self, buffer: bytearray | memoryview) -> int:
        """As ``read(len(buffer))``, into the caller's buffer; short only at the end."""
        view = memoryview(buffer).cast("B")
        got = 0
        while got < len(view):
            if self._current is None and not self._open_next():
                break
            assert self._current is not None
            got += self._current.readinto(view[got:])
            if got < len(view):  # this part is exhausted: check it, go on to the next
                self._finish_current()
        return got

    def drain(self) -> None:
        """After a failure: reads what is left of every part, so that each is checked
        against its hash (``hash_mismatch`` names a damaged file whatever broke first)."""
        while self.read(layout.READ_BLOCK):
            pass

    def finish(self) -> None:
        """Every part read to its end and matching its hash; nothing more."""
        if self.read(1):
            raise BundleRejected(Reason.OVERSIZE, _("Данные после конца зашифрованной части."))
        if self._index != len(self._files):
            raise BundleRejected(Reason.TRUNCATED, _("Зашифрованная часть прочитана не полностью."))
