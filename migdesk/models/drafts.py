"""Unsaved forms kept through an automatic lock or a crash (issue 13.3): person cards,
thematic information items and request windows (``kind``), one store for all."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base

PERSON = "person"  # a person card (``migdesk.persons.drafts``)
THEMATIC = "thematic"  # a thematic information item, Art. 4 (``migdesk.requests.thematic_drafts``)
REQUEST = "request"  # a request window: a new message or a stored draft (the same module)


class CardDraft(Base):
    """A form as it was typed when the vault locked itself (or, for a thematic item, as last
    kept while typing): personal data, so it lives only inside the encrypted vault, belongs
    to one user and goes when the form is restored, saved or discarded, or its person
    destroyed."""

    __tablename__ = "card_drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user: Mapped[str] = mapped_column(String(64), index=True)
    # What the form edits; the rows written before 0031 are person cards.
    kind: Mapped[str] = mapped_column(String(16), default=PERSON, server_default=PERSON)
    # The record the form edits (a person for ``PERSON``); None: a record not saved yet. The
    # column keeps its first name, from when only person cards had drafts.
    subject_id: Mapped[str | None] = mapped_column("person_id", String(36), index=True)
    data: Mapped[str] = mapped_column(Text)  # JSON: the form's fields as typed
    saved_at: Mapped[datetime]
