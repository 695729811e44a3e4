"""Consent requests received from other authorities (Art. 11.2, 11.3), kept so that an
officer of the providing side can answer them; the answer goes back in a bundle."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base


class IncomingConsentRequest(Base):
    """A requester's ``TransferConsent`` as it arrived here, and our decision on it."""

    __tablename__ = "consent_inbox"

    # The requester's consent id: its answer must name it for ``record_answer`` there.
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    requester_authority: Mapped[str] = mapped_column(String(40), index=True)
    record_kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64))
    recipient: Mapped[str | None] = mapped_column(String(200))  # None: use for another purpose
    purpose: Mapped[str] = mapped_column(Text)
    requested_at: Mapped[datetime | None]  # as the requester stated it
    source_bundle_id: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[datetime]
    received_by: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # received | granted | refused
    decided_on: Mapped[date | None]
    document_ref: Mapped[str | None] = mapped_column(String(200))  # our letter
    answered_at: Mapped[datetime | None]
    answered_by: Mapped[str | None] = mapped_column(String(64))
    answer_bundle_id: Mapped[str | None] = mapped_column(String(36))  # None: not yet sent
