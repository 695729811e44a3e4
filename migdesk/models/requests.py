"""Requests (Art. 8–10), the letters exchanged about them, and the registration journals.

One table holds every message that travels between the sides: requests, information sent
without request (Art. 8) and requests for confirmation of authenticity (9.5); ``kind`` and
``direction`` tell them apart. Each step of the Art. 10 dialogue is a row in
``request_steps``; a step that is a letter carries its own registration number.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from migdesk.models.base import Base


class RegistrationJournal(Base):
    """Incoming or outgoing numbering of one authority for one year."""

    __tablename__ = "registration_journals"
    __table_args__ = (
        UniqueConstraint("authority_code", "direction", "year", name="uq_journal_book"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    authority_code: Mapped[str] = mapped_column(ForeignKey("authorities.code"))
    direction: Mapped[str] = mapped_column(String(8))  # incoming | outgoing
    year: Mapped[int]
    pattern: Mapped[str] = mapped_column(String(64), default="{seq}")
    last_seq: Mapped[int] = mapped_column(default=0)


class JournalEntry(Base):
    """One number given out. The unique (journal, seq) pair is what makes reuse impossible."""

    __tablename__ = "journal_entries"
    __table_args__ = (UniqueConstraint("journal_id", "seq", name="uq_journal_entries_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("registration_journals.id"))
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(64))
    registered_on: Mapped[date]
    registered_at: Mapped[datetime]
    registered_by: Mapped[str] = mapped_column(String(64))
    record_kind: Mapped[str] = mapped_column(String(16))  # request | step
    record_id: Mapped[str] = mapped_column(String(64))


class Request(Base):
    __tablename__ = "requests"
    __table_args__ = (Index("ix_requests_direction_state", "direction", "state"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)  # travels between the sides
    kind: Mapped[str] = mapped_column(String(16))  # request | information | confirmation
    direction: Mapped[str] = mapped_column(String(8))  # incoming | outgoing
    state: Mapped[str] = mapped_column(String(24))
    from_code: Mapped[str] = mapped_column(ForeignKey("authorities.code"))
    to_code: Mapped[str] = mapped_column(ForeignKey("authorities.code"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), unique=True)
    number: Mapped[str] = mapped_column(String(64), index=True)

    # Art. 9.2 contents; purpose and justification are mandatory for kind == request.
    substance: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str | None] = mapped_column(Text)
    justification: Mapped[str | None] = mapped_column(Text)
    other_info: Mapped[str | None] = mapped_column(Text)
    cover_text: Mapped[str | None] = mapped_column(Text)  # Art. 8 covering letter
    categories: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of Art. 5 codes
    related_pk: Mapped[int | None] = mapped_column(ForeignKey("requests.pk"))  # 9.5: doubted

    their_number: Mapped[str | None] = mapped_column(String(64))  # the partner's number
    their_date: Mapped[date | None]
    received_on: Mapped[date | None] = mapped_column(index=True)
    due_on: Mapped[date | None] = mapped_column(index=True)  # 10.3: received_on + 30 days
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("signatories.id"))
    signed_on: Mapped[date | None]
    sent_on: Mapped[date | None]
    # Answered, refused, withdrawn or cancelled; retention (Art. 11.5) counts from it.
    closed_on: Mapped[date | None] = mapped_column(index=True)

    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]

    steps: Mapped[list[RequestStep]] = relationship(
        order_by="RequestStep.seq", cascade="all, delete-orphan", lazy="selectin"
    )
    assignees: Mapped[list[RequestAssignee]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    persons: Mapped[list[RequestPerson]] = relationship(
        order_by="RequestPerson.position", cascade="all, delete-orphan", lazy="selectin"
    )
    attachments: Mapped[list[RequestAttachment]] = relationship(
        order_by="RequestAttachment.id", cascade="all, delete-orphan", lazy="selectin"
    )


class RequestStep(Base):
    """One recorded step: who, when (business date and clock time), what was said."""

    __tablename__ = "request_steps"
    __table_args__ = (UniqueConstraint("request_pk", "seq", name="uq_request_steps_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_pk: Mapped[int] = mapped_column(
        ForeignKey("requests.pk", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int]
    action: Mapped[str] = mapped_column(String(24))
    from_state: Mapped[str | None] = mapped_column(String(24))
    to_state: Mapped[str] = mapped_column(String(24))
    on_date: Mapped[date]
    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(String(64))
    text: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: grounds, proceedings…
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"), unique=True)
    number: Mapped[str | None] = mapped_column(String(64))  # the letter's registration number
    their_number: Mapped[str | None] = mapped_column(String(64))


class RequestAssignee(Base):
    """A user working on a request: one of those who may see it (Art. 11.1)."""

    __tablename__ = "request_assignees"
    __table_args__ = (UniqueConstraint("request_pk", "user", name="uq_request_assignees_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_pk: Mapped[int] = mapped_column(ForeignKey("requests.pk", ondelete="CASCADE"))
    user: Mapped[str] = mapped_column(String(64))
    assigned_at: Mapped[datetime]
    assigned_by: Mapped[str] = mapped_column(String(64))


class RequestPerson(Base):
    """A person the request is about, by the person's stable id (no FK: records may be
    destroyed under Art. 11.5 while the request's registration stays)."""

    __tablename__ = "request_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_pk: Mapped[int] = mapped_column(
        ForeignKey("requests.pk", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(default=0)


class RequestAttachment(Base):
    __tablename__ = "request_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_pk: Mapped[int] = mapped_column(
        ForeignKey("requests.pk", ondelete="CASCADE"), index=True
    )
    step_id: Mapped[int | None] = mapped_column(ForeignKey("request_steps.id"))
    name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    # The bytes, in pieces (models/blobs.py); shared with any other row of the same content.
    # Never NULL once written; nullable only because SQLite cannot add a NOT NULL column in
    # place (migration 0022), and rebuilding the table would trip the checks that refer to it.
    blob_id: Mapped[int | None] = mapped_column(ForeignKey("attachment_blobs.id"), index=True)
    # When the file was stored in this vault, naive UTC (a received file: our receipt, not the
    # sender's time). NULL: stored before 0030 and no step or creation tells (shown «—»).
    added_at: Mapped[datetime | None]
    # The signed PDF of the step's own letter (Art. 10; migration 0032), not an enclosure: a
    # step's letter is signed once and the partner checks it as it checks the request's.
    signed_letter: Mapped[bool] = mapped_column(default=False, server_default=false())
