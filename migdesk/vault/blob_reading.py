"""Reading stored attachment bytes back (``blobs`` writes them), within a session.

``BlobReader`` gives a blob back one piece at a time, ``BlobFile`` as a seekable file for
readers that jump about, ``opener`` on a session and a thread of its own for an export that
reads while it writes the bundle. None holds more than one piece (or ``_AHEAD`` read ahead),
so a 1 GiB attachment is read with a few MiB of memory.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from migdesk.models import AttachmentChunk
from migdesk.vault.blobs import blob_info

_AHEAD = 2  # pieces an export's reading thread may have read ahead


def _piece(blob_id: int, index: int) -> Select[bytes]:
    return select(AttachmentChunk.data).where(
        AttachmentChunk.blob_id == blob_id, AttachmentChunk.idx == index
    )


class BlobReader:
    """A readable stream over a stored blob (``read(n)`` as files do)."""

    def __init__(self, session: Session, blob_id: int) -> None:
        self._session = session
        self._blob_id = blob_id
        self._index = 0
        self._piece = b""
        self._pos = 0
        self._done = False

    def _next_piece(self) -> bool:
        data = self._session.scalar(_piece(self._blob_id, self._index))
        if data is None:
            self._done = True
            return False
        self._piece, self._pos = bytes(data), 0
        self._index += 1
        return True

    def read(self, size: int = -1, /) -> bytes:
        parts: list[bytes] = []
        want = size
        while want != 0 and not self._done:
            if self._pos >= len(self._piece) and not self._next_piece():
                break
            end = len(self._piece) if want < 0 else min(len(self._piece), self._pos + want)
            parts.append(self._piece[self._pos : end])
            if want > 0:
                want -= end - self._pos
            self._pos = end
        return b"".join(parts)

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
        /,
    ) -> None:
        self._piece = b""


class BlobFile(io.RawIOBase):
    """A stored blob as a seekable, read-only binary file holding one piece at a time: for
    readers that jump about (a PDF's cross-reference table sits at its end), so that a
    received 1 GiB attachment is checked or counted without being read into memory.
    Use it inside the session; wrap it in ``io.BufferedReader`` for small reads."""

    def __init__(self, session: Session, blob_id: int) -> None:
        super().__init__()
        info = blob_info(session, blob_id)
        if info is None:
            raise LookupError(blob_id)
        self._session, self._blob_id, self.size = session, blob_id, info.size
        # Every piece but the last has the size of the first (``BlobWriter``).
        self._piece_size = len(session.scalar(_piece(blob_id, 0)) or b"") or 1
        self._index, self._piece = -1, b""
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, buffer: Any) -> int:
        """Fills ``buffer`` as far as the blob goes (across pieces: no short reads)."""
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.size:
            index, within = divmod(self._pos, self._piece_size)
            if index != self._index:
                data = self._session.scalar(_piece(self._blob_id, index))
                self._piece, self._index = bytes(data or b""), index
            count = min(len(view) - done, len(self._piece) - within)
            if count <= 0:  # a piece shorter than told: the blob ends here
                break
            view[done : done + count] = self._piece[within : within + count]
            self._pos += count
            done += count
        return done

    def close(self) -> None:
        self._piece = b""
        super().close()


def read_bytes(session: Session, blob_id: int) -> bytes:
    """The whole blob: only for files the caller knows to be small enough (a PDF to check)."""
    return BlobReader(session, blob_id).read()


class _SessionReader(BlobReader):
    """A BlobReader with a session of its own, closed with the reader, that reads the next
    pieces in a thread of its own (SQLCipher decrypting pages runs outside the GIL) while
    the caller hashes, encrypts and writes the current one: exporting a large attachment,
    the vault's half and the bundle's half overlap instead of taking turns. At most
    ``_AHEAD`` pieces wait; only that thread uses the session until it has ended."""

    def __init__(self, session: Session, blob_id: int) -> None:
        super().__init__(session, blob_id)
        self._own = session
        self._ahead: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=_AHEAD)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _fetch(self) -> None:
        item: bytes | BaseException | None = None
        try:
            index = 0
            while not self._stop.is_set():
                data = self._own.scalar(_piece(self._blob_id, index))
                if data is None:
                    break
                self._hand_over(bytes(data))
                index += 1
        except Exception as exc:  # noqa: BLE001 - raised again in the reading thread
            item = exc
        self._hand_over(item)

    def _hand_over(self, item: bytes | BaseException | None) -> None:
        while not self._stop.is_set():
            try:
                self._ahead.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def _next_piece(self) -> bool:
        if self._thread is None:
            self._thread = threading.Thread(target=self._fetch, name="blob-read", daemon=True)
            self._thread.start()
        item = self._ahead.get()
        if item is None or isinstance(item, BaseException):
            self._done = True
            if item is not None:
                raise item
            return False
        self._piece, self._pos = item, 0
        self._index += 1
        return True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
        /,
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        super().__exit__(exc_type, exc, tb)
        self._own.close()


def opener(session: Session, blob_id: int) -> Callable[[], BlobReader]:
    """What a bundle attachment's ``open`` needs: each call reads the blob in a read session
    of its own on the same vault, so the bytes are read while the bundle is written, after
    the session that chose them has closed."""
    bind = session.get_bind()

    def open_blob() -> BlobReader:
        return _SessionReader(Session(bind=bind), blob_id)

    return open_blob
