"""Statistical information received from a partner (Art. 3.1), as its bundle carried it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base


class ReceivedStatistics(Base):
    __tablename__ = "received_statistics"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the sender's item id
    provider: Mapped[str] = mapped_column(String(32), index=True)
    year: Mapped[int]
    as_of: Mapped[date]
    figures: Mapped[str] = mapped_column(Text)  # the record's months and persons, as JSON
    source_bundle_id: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[datetime]
    received_by: Mapped[str] = mapped_column(String(64))
