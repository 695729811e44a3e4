"""A bundle's attachments stored in the vault as they are decrypted (issue #14).

``open_bundle`` streams each attachment into a ``VaultSink``: every piece goes straight into
the vault (``vault.blobs``, encrypted like everything else there), so memory holds one piece,
whatever the attachment's size, and nothing is ever written in clear to a temporary file.
Each attachment is committed on its own once its SHA-256 matched the signed manifest; it is
*staged* under the import's token and belongs to nothing yet. Applying the import adopts the
blobs its records use (inside the import's transaction); ``discard`` removes the rest, and
``sweep`` (run before each import) what a cancelled window or a killed process left behind.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.bundles.manifest import ManifestEntry
from migdesk.bundles.payload import AttachmentWriter
from migdesk.models import AttachmentBlob
from migdesk.vault import Vault, blobs
from migdesk.vault.checkpointer import Checkpointer, no_auto_checkpoint, no_commit_sync
from migdesk.vault.engine import WRITE_OPTION
from migdesk.vault.write_behind import WriteBehind

_LIVE: set[str] = set()
_PREFIXES: dict[int, str] = {}
_DEPTH = 4  # pieces (1 MiB each as the reader delivers them) between reader and writer
SLICE = 32  # pieces committed together (see ``_Writer``)


def _prefix() -> str:
    """Tokens of this process start with this (per process id: a forked child has its own);
    a token of ours that no import holds is dead."""
    pid = os.getpid()
    return _PREFIXES.setdefault(pid, f"{pid:x}-{uuid.uuid4().hex[:8]}-")


def new_token() -> str:
    prefix = _prefix()
    token = prefix + uuid.uuid4().hex[: 36 - len(prefix)]
    _LIVE.add(token)
    return token


def release(token: str) -> None:
    """The import that staged under ``token`` is over; the next ``sweep`` removes its files
    (no vault work here: the import window calls this on the GUI thread)."""
    _LIVE.discard(token)


def discard(vault: Vault, token: str) -> None:
    release(token)
    with vault.session() as session:
        blobs.discard(session, token)


def sweep(vault: Vault) -> None:
    """Removes staged files of this process's finished imports, of processes that no longer
    run (a killed import), and any older than a day (a process id used again)."""
    with vault.session() as session:
        blobs.discard_abandoned(session)
        tokens = session.scalars(
            select(AttachmentBlob.staged).where(AttachmentBlob.staged.is_not(None)).distinct()
        )
        dead = [t for t in tokens if t is not None and t not in _LIVE and _finished(t)]
        if dead:
            blobs.delete_blobs(session, AttachmentBlob.staged.in_(dead))


def _finished(token: str) -> bool:
    if token.startswith(_prefix()):
        return True  # ours and not live
    try:
        pid = int(token.split("-", 1)[0], 16)
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (ValueError, OSError):
        return False  # not a token of ours, or a process we may not signal: wait for its age
    return False


class _Writer:
    """One attachment: a vault connection of its own, committed by ``commit``, else rolled
    back and what it committed removed.

    The pieces are stored by a thread of its own while the reader hashes and decrypts the
    next ones: SQLCipher encrypting pages and the reader's SHA-256 and AES-GCM all run
    outside the GIL, so on two cores the two halves overlap instead of taking turns. At most
    ``_DEPTH`` pieces wait between them.

    The storing thread commits every ``SLICE`` pieces, and a ``Checkpointer`` copies each
    committed slice from the WAL into the vault file while the next one is filled: committed
    at once, a 1 GiB attachment waited a GiB-long checkpoint after its last piece (issue
    #17). The blob is staged under the import's token from its first slice on and is used
    by nothing until the import adopts it, so a slice committed before a failure is no
    half-written record: ``rollback`` removes it, and after a kill the next import's
    ``sweep`` does."""

    def __init__(self, vault: Vault, token: str) -> None:
        self._stack = contextlib.ExitStack()
        # Entered in this order, left in the reverse one: the session ends, the connection
        # checkpoints by itself again and goes back to the pool, the last slice is
        # checkpointed, and the write-behind keeps flushing until all of that is done.
        self._stack.enter_context(WriteBehind(vault.path))
        self._checkpoints = self._stack.enter_context(Checkpointer(vault.engine))
        conn = self._stack.enter_context(vault.engine.connect())
        conn = conn.execution_options(**{WRITE_OPTION: True})  # BEGIN IMMEDIATE, as a unit
        raw = conn.connection.dbapi_connection
        self._stack.enter_context(no_auto_checkpoint(raw))
        self._stack.enter_context(no_commit_sync(raw))  # slices not fsynced one by one
        self._session = self._stack.enter_context(Session(bind=conn, expire_on_commit=False))
        self.blob = blobs.BlobWriter(self._session, staged=token)
        self._queue: queue.Queue[bytes | bytearray | None] = queue.Queue(maxsize=_DEPTH)
        # Pieces the storing thread is done with, filled again by the reader: a fresh MiB
        # each time cost a zero-fill and 256 page faults (issue #17). At most ``_DEPTH`` + 2
        # of them exist at once (queued, being stored, being filled).
        self._spare: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self.pieces_made = 0  # pieces allocated (tests)
        self._piece: bytearray | None = None  # the piece being filled: its first
        self._filled = 0  # ``_filled`` bytes
        self._failure: BaseException | None = None
        self._slices = 0  # committed so far
        self._thread = threading.Thread(target=self._drain, name="attachment-store", daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        pieces = 0
        while (piece := self._queue.get()) is not None:
            if self._failure is None:
                try:
                    self.blob.write(piece)  # SQLite has copied it: the piece is free again
                    if isinstance(piece, bytearray) and len(piece) == blobs.CHUNK_SIZE:
                        self._spare.put(piece)
                    pieces += 1
                    if pieces % SLICE == 0:
                        self.blob.commit_so_far()
                        self._slices += 1
                        self._checkpoints.poke()
                except Exception as exc:  # noqa: BLE001 - re-raised in the reader's thread
                    self._failure = exc

    def write(self, data: bytes | bytearray | memoryview) -> object:
        # Cut into whole vault pieces here, in the reader's thread, so that the storing
        # thread, the slower half, hands each piece to SQLite as it is. A whole decrypted
        # chunk goes as it is; anything else is copied once, straight into the piece
        # being filled (the reader passes views into its chunks: an attachment's pieces
        # straddle them).
        if self._failure is not None:
            raise self._failure
        size = blobs.CHUNK_SIZE
        if self._piece is None and len(data) == size and isinstance(data, bytes):
            self._queue.put(data)  # the usual case for a file's own chunks: no copy
            return size
        view = memoryview(data).cast("B")
        while view:
            if self._piece is None:
                self._piece, self._filled = self._new_piece(), 0
            take = min(size - self._filled, len(view))
            # Through a memoryview: a bytearray's own slice assignment first copies a
            # view it is given into a temporary bytearray (a second MiB copy, freshly
            # allocated: page faults on every piece).
            memoryview(self._piece)[self._filled : self._filled + take] = view[:take]
            self._filled += take
            view = view[take:]
            if self._filled == size:
                self._queue.put(self._piece)
                self._piece = None
        return len(data)

    def _new_piece(self) -> bytearray:
        try:
            return self._spare.get_nowait()
        except queue.Empty:
            self.pieces_made += 1
            return bytearray(blobs.CHUNK_SIZE)

    def _flush(self) -> None:
        if self._piece is not None:
            del self._piece[self._filled :]  # the last, shorter piece (in place)
            self._queue.put(self._piece)
            self._piece = None

    def _finish(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def commit(self, sha256: str) -> blobs.StoredBlob:
        self._flush()
        self._finish()
        if self._failure is not None:
            raise self._failure
        stored = self.blob.close(sha256)
        self._session.commit()
        self._checkpoints.poke()
        self._stack.close()
        return stored

    def rollback(self) -> None:
        self._failure = self._failure or _Abandoned()  # what still waits is not written
        self._finish()
        try:
            self._session.rollback()
            if self._slices:
                # Slices already committed: taken out again, so that a refusal or a cancel
                # leaves nothing. If the vault cannot do it now (the failure may be the
                # vault's), the token's discard or the next sweep does.
                with contextlib.suppress(Exception):
                    blobs.delete_blobs(self._session, AttachmentBlob.id == self.blob.id)
                    self._session.commit()
        finally:
            self._stack.close()


class _Abandoned(Exception):
    """The attachment was given up: what still waits for the storing thread is dropped."""


@dataclass
class VaultSink:
    """``open_bundle``'s attachment sink: one vault transaction per attachment."""

    vault: Vault
    token: str
    stored: dict[str, blobs.StoredBlob] = field(default_factory=dict)
    _open: _Writer | None = None

    def open(self, entry: ManifestEntry) -> AttachmentWriter:
        self.abort()
        self._open = _Writer(self.vault, self.token)
        return self._open

    def close(self, entry: ManifestEntry, writer: AttachmentWriter) -> None:
        assert writer is self._open and self._open is not None
        self._open = None
        try:
            # The reader checked the bytes against the manifest's digest just before this.
            self.stored[entry.name] = writer.commit(entry.sha256)
        except BaseException:
            writer.rollback()
            raise

    def abort(self) -> None:
        """Rolls back an attachment left half-written by a failure."""
        if self._open is not None:
            writer, self._open = self._open, None
            writer.rollback()
