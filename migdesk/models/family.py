"""Family links between persons (Art. 1, Art. 3.1(4)): the residence rights of family
members follow from whose spouse, child or parent a person is."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base


class FamilyLink(Base):
    """``relative_id`` is ``person_id``'s ``relation`` (spouse | child | parent | other); one
    row per pair, read from the other side through the inverse relation. By the persons'
    stable ids, as requests name persons: a link travels and outlives neither person."""

    __tablename__ = "person_family"
    __table_args__ = (
        Index("ix_person_family_pair", "person_id", "relative_id", unique=True),
        Index("ix_person_family_relative_id", "relative_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36))
    relative_id: Mapped[str] = mapped_column(String(36))
    relation: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
