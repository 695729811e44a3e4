"""Writing attachment bytes in pieces (``models/blobs.py``), within a session; reading them
back is ``blob_reading``.

``BlobWriter`` takes bytes in any sizes and stores whole pieces as they fill, hashing as it
goes, never holding more than one piece: a 1 GiB attachment is stored with a few MiB of
memory. Blobs received in a bundle
are staged under the import's token until the import is applied (``adopt``) or dropped
(``discard``); ``discard_abandoned`` removes what a killed import left behind.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, Delete, delete, insert, literal, select, update
from sqlalchemy.engine.interfaces import DBAPICursor
from sqlalchemy.orm import Session

from migdesk.models import AttachmentBlob, AttachmentChunk

CHUNK_SIZE = 1024 * 1024
_INSERT_CHUNK = "INSERT INTO attachment_chunks (blob_id, idx, data) VALUES (?, ?, ?)"
_INSERT_EMPTY = "INSERT INTO attachment_chunks (blob_id, idx, data) VALUES (?, ?, zeroblob(?))"
# Pieces at least this large are written through SQLite's incremental blob I/O (``_store``).
BLOB_IO_MIN = 64 * 1024
_CHUNK_KEYS = "SELECT blob_id, idx FROM attachment_chunks WHERE blob_id = ? ORDER BY idx"
_DELETE_CHUNK = "DELETE FROM attachment_chunks WHERE blob_id = ? AND idx = ?"
# A staging older than this belongs to an import that died (the import window's preview
# waits for the officer, so it is generous).
ABANDONED_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class StoredBlob:
    id: int
    size: int
    sha256: str


class BlobWriter:
    """Stores bytes as they come; ``close`` returns the blob. Rolled back with the session."""

    def __init__(
        self,
        session: Session,
        *,
        owner: str | None = None,
        staged: str | None = None,
        chunk_size: int | None = None,
    ) -> None:
        self._session = session
        self._chunk_size = chunk_size or CHUNK_SIZE
        row = AttachmentBlob(
            size=0,
            sha256="",
            owner=owner,
            staged=staged,
            staged_at=datetime.now(UTC).replace(tzinfo=None) if staged else None,
        )
        session.add(row)
        session.flush()
        self._row = row
        # A blob staged from a bundle is hashed by the bundle reader (checked against the
        # signed manifest before it is committed): no second pass here.
        self._digest = None if staged else hashlib.sha256()
        # The piece being filled: allocated once, ``_filled`` bytes of it used. Whole pieces
        # of the caller's data are stored straight from it, without a copy.
        self._buffer = bytearray()
        self._filled = 0
        self._cursor: DBAPICursor | None = None
        self._index = 0
        self._size = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data).cast("B")
        written = len(view)
        if self._digest is not None:
            self._digest.update(view)
        self._size += written
        size = self._chunk_size
        if self._filled:
            take = min(size - self._filled, len(view))
            # (bytearray slice assignment would copy the view to a temporary first)
            memoryview(self._buffer)[self._filled : self._filled + take] = view[:take]
            self._filled += take
            view = view[take:]
            if self._filled == size:
                self._store(self._buffer)
                self._filled = 0
        while len(view) >= size:
            self._store(view[:size])
            view = view[size:]
        if view:
            if not self._buffer:
                self._buffer = bytearray(size)
            memoryview(self._buffer)[: len(view)] = view
            self._filled = len(view)
        return written

    def _store(self, piece: bytes | bytearray | memoryview) -> None:
        # The driver's cursor on the session's connection (same transaction), not the ORM
        # or Core: nothing keeps a reference to the piece, and a 1 GiB file is a thousand
        # inserts, each ~10 % cheaper without the statement machinery. SQLite copies the
        # bytes, so the caller may reuse its buffer at once.
        if self._cursor is None:
            self._cursor = self._session.connection().connection.cursor()
        if len(piece) < BLOB_IO_MIN:
            self._cursor.execute(_INSERT_CHUNK, (self._row.id, self._index, piece))
        else:
            # Room for it (zeros, never built in memory), then written into its pages by
            # blob I/O: bound, each MiB was copied twice into fresh memory first (the value,
            # the record), a third of a 1 GiB import's storing thread, issue #17.
            self._cursor.execute(_INSERT_EMPTY, (self._row.id, self._index, len(piece)))
            rowid = self._cursor.lastrowid
            assert rowid is not None
            blob = self._cursor.connection.open_blob("attachment_chunks", "data", rowid)
            try:
                blob.write(piece)
            finally:
                blob.close()
        self._index += 1

    @property
    def id(self) -> int:
        return self._row.id

    def commit_so_far(self) -> None:
        """Commits the pieces stored so far and goes on in a new transaction of the same
        session (a staged blob only: what a crash leaves of it is staged under a dead
        import's token, which ``discard`` and the next import's sweep remove)."""
        assert self._row.staged is not None, "only a staged blob is committed in slices"
        if self._cursor is not None:
            # The next piece fetches the connection again, which begins the next transaction.
            self._cursor.close()
            self._cursor = None
        self._session.commit()

    def close(self, verified_sha256: str | None = None) -> StoredBlob:
        """``verified_sha256``: the digest the caller already checked over the same bytes
        (a bundle's manifest entry), so that they are not hashed a second time."""
        if self._filled:
            self._store(memoryview(self._buffer)[: self._filled])
            self._filled = 0
        self._buffer = bytearray()
        if self._cursor is not None:
            self._cursor.close()
            self._cursor = None
        self._row.size = self._size
        if verified_sha256 is None:
            assert self._digest is not None, "a staged blob is closed with its verified digest"
            verified_sha256 = self._digest.hexdigest()
        self._row.sha256 = verified_sha256
        self._session.flush()
        return StoredBlob(self._row.id, self._size, self._row.sha256)


def store_bytes(session: Session, data: bytes, owner: str) -> StoredBlob:
    writer = BlobWriter(session, owner=owner)
    writer.write(data)
    return writer.close()


def blob_info(session: Session, blob_id: int) -> StoredBlob | None:
    row = session.get(AttachmentBlob, blob_id)
    return None if row is None else StoredBlob(row.id, row.size, row.sha256)


def adopt(session: Session, blob_id: int, owner: str) -> int:
    """The blob for a new row of ``owner`` (a table): a staged blob becomes part of the vault
    (in the import's transaction); one another table already took is copied, inside SQLite,
    piece by piece. Returns the blob id to store in the row."""
    row = session.get(AttachmentBlob, blob_id)
    if row is None:
        raise LookupError(blob_id)
    if row.owner in (None, owner):
        session.execute(
            update(AttachmentBlob)
            .where(AttachmentBlob.id == blob_id)
            .values(owner=owner, staged=None, staged_at=None)
        )
        return blob_id
    copy = AttachmentBlob(size=row.size, sha256=row.sha256, owner=owner)
    session.add(copy)
    session.flush()
    session.execute(
        insert(AttachmentChunk).from_select(
            ["blob_id", "idx", "data"],
            select(literal(copy.id), AttachmentChunk.idx, AttachmentChunk.data).where(
                AttachmentChunk.blob_id == blob_id
            ),
        )
    )
    return copy.id


def delete_blob_statement(blob_id: int) -> Delete:
    """Deletes one blob (its chunks go by foreign key) in one statement: for small blobs
    only; ``delete_blobs`` takes a large one apart piece by piece."""
    return delete(AttachmentBlob).where(AttachmentBlob.id == blob_id)


def delete_blobs(session: Session, which: ColumnElement[bool]) -> int:
    """Deletes the blobs matching ``which``, one piece per statement; returns how many.

    One statement deleting a whole blob (its chunks by foreign key) copies every page it
    frees into SQLite's statement journal — freed pages are overwritten (secure_delete), and
    the journal is kept in memory (temp_store = MEMORY: nothing in clear on disk) until the
    statement ends: discarding a staged 256 MiB records.json took 256 MiB of RAM more, a
    1 GiB attachment a GiB. Deleting one chunk row per statement needs no statement journal
    at all, so memory stays at one piece whatever the blob's size."""
    ids = list(session.scalars(select(AttachmentBlob.id).where(which)))
    if not ids:
        return 0
    cursor = session.connection().connection.cursor()
    try:
        for blob_id in ids:
            keys = cursor.execute(_CHUNK_KEYS, (blob_id,)).fetchall()
            cursor.executemany(_DELETE_CHUNK, keys)
    finally:
        cursor.close()
    session.execute(delete(AttachmentBlob).where(AttachmentBlob.id.in_(ids)))
    return len(ids)


def discard(session: Session, token: str) -> None:
    """Removes what an import staged and did not adopt (its chunks go with it)."""
    delete_blobs(session, AttachmentBlob.staged == token)


def discard_abandoned(session: Session, now: datetime | None = None) -> None:
    moment = (now or datetime.now(UTC)).replace(tzinfo=None) - ABANDONED_AFTER
    delete_blobs(session, AttachmentBlob.staged.is_not(None) & (AttachmentBlob.staged_at < moment))
