"""Provenance and handling limits of received information (Art. 11.1–11.3), and the
provider's consents to other use or onward transfer."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base


class HandlingLimits(Base):
    """Where a record came from and what the provider allowed it to be used for."""

    __tablename__ = "handling_limits"
    __table_args__ = (Index("ix_handling_limits_record", "record_kind", "record_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(32))  # person | thematic | request …
    record_id: Mapped[str] = mapped_column(String(64))
    provider_authority: Mapped[str] = mapped_column(String(32))
    source_bundle_id: Mapped[str | None] = mapped_column(String(36))
    source_request_id: Mapped[str | None] = mapped_column(String(36))
    purpose: Mapped[str] = mapped_column(Text)  # 11.2: the purpose it was given for
    no_onward_transfer: Mapped[bool] = mapped_column(default=True)  # 11.3
    keep_until: Mapped[date | None]  # the provider's limit, if it set one
    # Source reliability A–D/X and information accuracy 1–4/X, as in SIENA handling codes.
    source_reliability: Mapped[str | None] = mapped_column(String(1))
    information_accuracy: Mapped[str | None] = mapped_column(String(1))
    received_at: Mapped[datetime]


class TransferConsent(Base):
    """The provider's written answer to a request for other use or onward transfer."""

    __tablename__ = "transfer_consents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64), index=True)
    provider_authority: Mapped[str] = mapped_column(String(32))
    recipient: Mapped[str | None] = mapped_column(String(200))  # None: use for another purpose
    purpose: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # requested | granted | refused
    requested_at: Mapped[datetime]
    requested_by: Mapped[str] = mapped_column(String(64))
    decided_on: Mapped[date | None]
    document_ref: Mapped[str | None] = mapped_column(String(200))  # the provider's letter
