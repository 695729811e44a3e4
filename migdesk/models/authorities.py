"""Registries behind the agreement: competent authorities (Art. 2) with their name history,
the agreement's own lifecycle (Art. 17), authorised signatories and form blanks (Art. 9.3/9.4).

Nothing here is overwritten: a rename adds a name row, a replacement adds a change row and
closes the old authority, a signatory change closes a validity period and adds a
notification to send.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from migdesk.models.base import Base


class Authority(Base):
    __tablename__ = "authorities"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)  # KZ-MVD, AM-POLICE…
    country: Mapped[str] = mapped_column(String(2))  # KZ | AM
    # None: competent since the agreement; set when a later notification added it.
    established_on: Mapped[date | None]
    ended_on: Mapped[date | None]  # replaced or abolished from this date
    successor_code: Mapped[str | None] = mapped_column(ForeignKey("authorities.code"))

    names: Mapped[list[AuthorityName]] = relationship(
        order_by="AuthorityName.id", lazy="selectin", cascade="all, delete-orphan"
    )


class AuthorityChange(Base):
    """One notified change (Art. 2, second paragraph) with the note it came with."""

    __tablename__ = "authority_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    authority_code: Mapped[str] = mapped_column(ForeignKey("authorities.code"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # agreement | established | renamed | replaced
    effective_on: Mapped[date | None]
    notification: Mapped[str] = mapped_column(String(300))  # e.g. note verbale number and date
    notified_on: Mapped[date | None]
    successor_code: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))


class AuthorityName(Base):
    """A name valid from ``effective_from`` (None: from the start) until the next one."""

    __tablename__ = "authority_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    authority_code: Mapped[str] = mapped_column(ForeignKey("authorities.code"), index=True)
    effective_from: Mapped[date | None]
    nominative: Mapped[str] = mapped_column(String(300))
    dative: Mapped[str] = mapped_column(String(300))  # for addressing letters («Министерству…»)
    short_name: Mapped[str] = mapped_column(String(100))
    change_id: Mapped[int | None] = mapped_column(ForeignKey("authority_changes.id"))


class AgreementNotice(Base):
    """A diplomatic notification about the agreement itself (Art. 17)."""

    __tablename__ = "agreement_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # ratification | termination
    party: Mapped[str] = mapped_column(String(2))  # the side that sent it: KZ | AM
    received_on: Mapped[date]
    reference: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))


class Signatory(Base):
    """A person authorised to sign requests for an authority (Art. 9.3)."""

    __tablename__ = "signatories"

    id: Mapped[int] = mapped_column(primary_key=True)
    authority_code: Mapped[str] = mapped_column(ForeignKey("authorities.code"), index=True)
    position: Mapped[str] = mapped_column(String(300))
    full_name: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[date]
    valid_until: Mapped[date | None]
    user: Mapped[str | None] = mapped_column(String(64))  # the vault user who signs as them
    certificate_pem: Mapped[str | None] = mapped_column(Text)
    signature_mime: Mapped[str | None] = mapped_column(String(64))
    signature_sample: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))


class FormBlank(Base):
    """A sample of an authority's form blank, exchanged with the signatory lists (Art. 9.3)."""

    __tablename__ = "form_blanks"

    id: Mapped[int] = mapped_column(primary_key=True)
    authority_code: Mapped[str] = mapped_column(ForeignKey("authorities.code"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[date]
    valid_until: Mapped[date | None]
    mime: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))


class SignatoryNotification(Base):
    """A change to the signatory list or blanks that must be (or was) notified (Art. 9.4)."""

    __tablename__ = "signatory_notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    authority_code: Mapped[str] = mapped_column(ForeignKey("authorities.code"), index=True)
    change: Mapped[str] = mapped_column(String(16))  # added | ended | blank
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("signatories.id"))
    form_blank_id: Mapped[int | None] = mapped_column(ForeignKey("form_blanks.id"))
    # outgoing: our change, to notify; incoming: the partner's notice, recorded as received.
    direction: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(8), index=True)  # pending | sent | received
    notified_on: Mapped[date | None]
    reference: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
