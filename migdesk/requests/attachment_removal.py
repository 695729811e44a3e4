"""Removing stored files (Art. 11.5): a request's attachments — letters' signed PDFs, files
received — and a thematic item's. Destruction goes through here rather than deleting rows
itself, so that it follows however the bytes are stored (the row, or chunks beside it)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from migdesk.models import RequestAttachment, SignatureCheckRecord, ThematicAttachment


def remove_request_attachments(session: Session, attachment_ids: list[int]) -> int:
    """Deletes the files and the signature checks made on them; returns the bytes removed."""
    if not attachment_ids:
        return 0
    size = session.scalar(
        select(func.coalesce(func.sum(RequestAttachment.size), 0)).where(
            RequestAttachment.id.in_(attachment_ids)
        )
    )
    session.execute(
        delete(SignatureCheckRecord).where(SignatureCheckRecord.attachment_id.in_(attachment_ids))
    )
    session.execute(delete(RequestAttachment).where(RequestAttachment.id.in_(attachment_ids)))
    return int(size or 0)


def remove_thematic_attachments(session: Session, attachment_ids: list[int]) -> int:
    if not attachment_ids:
        return 0
    size = session.scalar(
        select(func.coalesce(func.sum(ThematicAttachment.size), 0)).where(
            ThematicAttachment.id.in_(attachment_ids)
        )
    )
    session.execute(delete(ThematicAttachment).where(ThematicAttachment.id.in_(attachment_ids)))
    return int(size or 0)
