"""The plaintext inside ``payload.bin``: a flat, length-prefixed sequence of named entries.

    magic  8  b"MDBIN\\x00\\x00\\x01"
    entry*    name_len (2) | name (UTF-8) | size (8) | data (size bytes)
    end       name_len = 0, and not one byte after it

No directories, links, modes or compression (nothing to escape a folder, nothing that
expands); entries are read in one pass with bounded memory. The first two entries are
``manifest.json`` and ``manifest.p7s``; which entries follow is decided by the manifest.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator

from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.messages import _

MAGIC = b"MDBIN\x00\x00\x01"
MAX_NAME_BYTES = 255
_NAME_LEN = struct.Struct(">H")
_SIZE = struct.Struct(">Q")
COPY_BLOCK = 1024 * 1024


def entry_header(name: str, size: int) -> bytes:
    raw = name.encode("utf-8")
    if not 0 < len(raw) <= MAX_NAME_BYTES:
        raise ValueError("entry name length")
    return _NAME_LEN.pack(len(raw)) + raw + _SIZE.pack(size)


END = _NAME_LEN.pack(0)


def entry_overhead(name: str) -> int:
    return _NAME_LEN.size + len(name.encode("utf-8")) + _SIZE.size


class ContainerReader:
    """Pulls entries out of a stream of plaintext chunks (already authenticated)."""

    def __init__(self, chunks: Iterator[bytes | bytearray]) -> None:
        self._chunks = chunks
        self._buffer: bytes | bytearray = b""
        self._offset = 0
        if self._read_exact(len(MAGIC)) != MAGIC:
            raise BundleRejected(Reason.MALFORMED_PAYLOAD, _("Неизвестный формат содержимого."))

    def _fill(self) -> bool:
        for chunk in self._chunks:
            if chunk:
                self._buffer = chunk
                self._offset = 0
                return True
        return False

    def _available(self) -> int:
        return len(self._buffer) - self._offset

    def _read_exact(self, size: int) -> bytes:
        parts: list[bytes | bytearray] = []
        needed = size
        while needed:
            if not self._available() and not self._fill():
                raise BundleRejected(Reason.MALFORMED_PAYLOAD, _("Содержимое оборвано."))
            take = min(needed, self._available())
            parts.append(self._buffer[self._offset : self._offset + take])
            self._offset += take
            needed -= take
        return b"".join(parts)

    def next_entry(self) -> tuple[str, int] | None:
        """Name and size of the next entry, or None at the end marker."""
        (name_len,) = _NAME_LEN.unpack(self._read_exact(_NAME_LEN.size))
        if name_len == 0:
            return None
        if name_len > MAX_NAME_BYTES:
            raise BundleRejected(Reason.MALFORMED_PAYLOAD, _("Слишком длинное имя записи."))
        try:
            name = self._read_exact(name_len).decode("utf-8")
        except UnicodeDecodeError:
            raise BundleRejected(Reason.MALFORMED_PAYLOAD, _("Имя записи не в UTF-8.")) from None
        (size,) = _SIZE.unpack(self._read_exact(_SIZE.size))
        return name, size

    def read_data(self, size: int) -> bytes:
        return self._read_exact(size)

    def copy_data(self, size: int, out: Callable[[bytes | memoryview], None]) -> None:
        """Streams ``size`` bytes to ``out`` without holding more than one chunk.

        ``out`` gets a whole chunk as it is, or a view into it (no copy: an entry starts
        and ends inside chunks, so slicing the bytes copied nearly every MiB of a large
        attachment once more on the reading thread, issue #17). A chunk given as ``bytes``
        is immutable and ``out`` may keep it; one given as a ``bytearray`` (a buffer the
        decryption reuses, ``stream.decrypt_chunks``) is passed as a view that is valid
        during the call only."""
        remaining = size
        while remaining:
            if not self._available() and not self._fill():
                raise BundleRejected(Reason.MALFORMED_PAYLOAD, _("Содержимое оборвано."))
            take = min(remaining, self._available())
            if self._offset == 0 and take == len(self._buffer) and isinstance(self._buffer, bytes):
                out(self._buffer)
            else:
                out(memoryview(self._buffer)[self._offset : self._offset + take])
            self._offset += take
            remaining -= take

    def expect_end(self) -> None:
        """After the end marker: nothing else, and the stream authenticated to its end."""
        if self._available() or self._fill():
            raise BundleRejected(Reason.MALFORMED_PAYLOAD, _("Данные после конца содержимого."))
