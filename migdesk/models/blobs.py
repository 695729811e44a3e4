"""Attachment bytes stored in pieces (issue #14): no value near SQLCipher's 1e9-byte cap, and
nothing ever needs a whole file in memory to store or read it.

A blob is one file's bytes: ``attachment_blobs`` holds its size and SHA-256, and
``attachment_chunks`` its bytes in order (``idx`` 0, 1, …; each piece ``CHUNK_SIZE`` bytes
except the last). Request and thematic attachments point at a blob; the same content
received twice in one bundle for the same table is stored once. A blob received in a bundle
is *staged* (``staged`` = the import's token) until the import that carried it is applied;
staged blobs of an import that was cancelled, refused or killed are removed
(``migdesk.exchange.staged_files``).
Deleting the last attachment that points at a blob deletes the blob (a trigger per table,
migration 0022), and its chunks go with it (foreign key): destroying a request under
Art. 11.5 destroys its attachments' bytes whatever code deletes the row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base


class AttachmentBlob(Base):
    __tablename__ = "attachment_blobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    # The table whose rows point at it (request_attachments | thematic_attachments); NULL
    # while staged. Only rows of that table share it, so its release trigger names no other.
    owner: Mapped[str | None] = mapped_column(String(32))
    staged: Mapped[str | None] = mapped_column(String(36), index=True)
    staged_at: Mapped[datetime | None]


class AttachmentChunk(Base):
    __tablename__ = "attachment_chunks"

    blob_id: Mapped[int] = mapped_column(
        ForeignKey("attachment_blobs.id", ondelete="CASCADE"), primary_key=True
    )
    idx: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
