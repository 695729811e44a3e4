"""Acts of destruction (Art. 11.5): what remains of a record after it is destroyed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base


class DestructionAct(Base):
    """Holds identifiers, dates and counts only: no personal data of the destroyed record."""

    __tablename__ = "destruction_acts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    act_date: Mapped[date]
    created_at: Mapped[datetime]
    destroyed_by: Mapped[str] = mapped_column(String(64))
    record_kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64), index=True)
    keep_until: Mapped[date | None]
    grounds: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)  # JSON: categories and counts destroyed
