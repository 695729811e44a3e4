"""Unsaved person cards kept through an automatic lock (issue 13.3)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base


class CardDraft(Base):
    """A card as it was typed when the vault locked itself: personal data, so it lives only
    inside the encrypted vault, belongs to one user and goes when the card is restored,
    saved or its person destroyed."""

    __tablename__ = "card_drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user: Mapped[str] = mapped_column(String(64), index=True)
    person_id: Mapped[str | None] = mapped_column(String(36), index=True)  # None: a new card
    data: Mapped[str] = mapped_column(Text)  # JSON: the card's fields as typed
    saved_at: Mapped[datetime]
