"""Results of checking signed PDFs (issue: "the result is shown and stored"): one row per
signature found, or one ``unsigned`` row for a file without any, so the check can be shown
again next to the file or the request attachment it was made on."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base


class SignatureCheckRecord(Base):
    __tablename__ = "signature_checks"
    __table_args__ = (Index("ix_signature_checks_file_sha256", "file_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str | None] = mapped_column(String(255))
    # A request attachment checked: the rows go with the attachment (Art. 11.5).
    request_pk: Mapped[int | None] = mapped_column(
        ForeignKey("requests.pk", ondelete="CASCADE"), index=True
    )
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("request_attachments.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str | None] = mapped_column(String(255))  # None for an unsigned file
    status: Mapped[str] = mapped_column(String(16))  # valid|broken|untrusted|modified|unsigned
    signer: Mapped[str | None] = mapped_column(String(500))  # certificate subject
    serial: Mapped[str | None] = mapped_column(String(64))
    signing_time: Mapped[datetime | None]  # UTC, as the signature states it
    authorised: Mapped[bool] = mapped_column(default=False)
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("signatories.id"))
    problem: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[datetime]  # UTC
    checked_by: Mapped[str] = mapped_column(String(64))


class _Check(Protocol):
    @property
    def attachment_id(self) -> int | None: ...
    @property
    def checked_at(self) -> datetime: ...


CheckT = TypeVar("CheckT", bound=_Check)


def latest_per_attachment(checks: Iterable[CheckT]) -> dict[int, list[CheckT]]:
    """Per request attachment, the rows of its latest check (``checks`` oldest first): a
    later check of the same file replaces what an earlier one found. The window's signature
    column and ``request attachments`` read the same rows this one way."""
    latest: dict[int, list[CheckT]] = {}
    for check in checks:
        if check.attachment_id is None:
            continue
        rows = latest.setdefault(check.attachment_id, [])
        if rows and rows[0].checked_at != check.checked_at:
            rows.clear()
        rows.append(check)
    return latest
