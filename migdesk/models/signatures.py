"""Results of checking signed PDFs (issue: "the result is shown and stored"): one row per
signature found, or one ``unsigned`` row for a file without any, so the check can be shown
again next to the file or the request attachment it was made on."""

from __future__ import annotations

from datetime import datetime

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
