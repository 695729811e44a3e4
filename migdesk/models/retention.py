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
    proposed_by: Mapped[str | None] = mapped_column(String(64))  # four eyes: who asked


class DestructionProposal(Base):
    """Four eyes (issue 13, item 5): one user proposes destroying a record, a second user
    (a supervisor) approves by destroying it. Identifiers and grounds only."""

    __tablename__ = "destruction_proposals"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64), index=True)
    grounds: Mapped[str] = mapped_column(Text)
    early: Mapped[bool] = mapped_column(default=False)
    proposed_by: Mapped[str] = mapped_column(String(64))
    proposed_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16))  # pending | done
    act_id: Mapped[str | None] = mapped_column(String(36))
