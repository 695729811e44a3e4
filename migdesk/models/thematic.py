"""Thematic information items (Art. 4): facts about migration that are not about one person."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from migdesk.models.base import Base


class ThematicItem(Base):
    __tablename__ = "thematic_items"

    pk: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    category: Mapped[str] = mapped_column(String(32), index=True)  # one of the six Art. 4 codes
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    reported_on: Mapped[date | None]  # date of the information itself
    period_from: Mapped[date | None]
    period_until: Mapped[date | None]
    source_authority: Mapped[str | None] = mapped_column(ForeignKey("authorities.code"))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(64))

    persons: Mapped[list[ThematicPerson]] = relationship(
        order_by="ThematicPerson.position", cascade="all, delete-orphan", lazy="selectin"
    )
    attachments: Mapped[list[ThematicAttachment]] = relationship(
        order_by="ThematicAttachment.id", cascade="all, delete-orphan", lazy="selectin"
    )
    requests: Mapped[list[ThematicRequest]] = relationship(
        order_by="ThematicRequest.position", cascade="all, delete-orphan", lazy="selectin"
    )


class ThematicPerson(Base):
    __tablename__ = "thematic_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_pk: Mapped[int] = mapped_column(
        ForeignKey("thematic_items.pk", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    role: Mapped[str | None] = mapped_column(String(200))  # e.g. «организатор канала»
    position: Mapped[int] = mapped_column(default=0)


class ThematicAttachment(Base):
    __tablename__ = "thematic_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_pk: Mapped[int] = mapped_column(
        ForeignKey("thematic_items.pk", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    # The bytes, in pieces (models/blobs.py); shared with any other row of the same content.
    # Never NULL once written; nullable only because SQLite cannot add a NOT NULL column in
    # place (migration 0022), and rebuilding the table would trip the checks that refer to it.
    blob_id: Mapped[int | None] = mapped_column(ForeignKey("attachment_blobs.id"), index=True)


class ThematicRequest(Base):
    """A request the item concerns (by the request's travelling id, as persons are linked)."""

    __tablename__ = "thematic_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_pk: Mapped[int] = mapped_column(
        ForeignKey("thematic_items.pk", ondelete="CASCADE"), index=True
    )
    request_id: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(default=0)
