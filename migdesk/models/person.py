"""The person record of Article 6 with the Article 5 categories as repeatable sub-records.

Dates inside person data are strings in the partial ISO form (``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``) because migration data often knows only a year.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from migdesk.models.base import Base
from migdesk.models.person_names import KEYS_FIRST, FullPersonNames

PartialDate = String(10)


class Person(FullPersonNames, Base):
    __tablename__ = "persons"

    # Integer key: the registry list and the search index address rows by it (cheap ids).
    pk: Mapped[int] = mapped_column(primary_key=True, sort_order=KEYS_FIRST)
    id: Mapped[str] = mapped_column(String(36), unique=True, sort_order=KEYS_FIRST)
    # The names: ``FullPersonNames``.
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[str | None] = mapped_column(PartialDate, index=True)
    birth_place: Mapped[str | None] = mapped_column(String(300))
    personal_number: Mapped[str | None] = mapped_column(String(32), index=True)
    personal_number_kind: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)

    # Folded "surname given patronymic": registry order and short-prefix search.
    sort_key: Mapped[str] = mapped_column(String(400), index=True)
    keep_until: Mapped[date | None]  # Art. 11.5 retention; set by the retention rules
    revision: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(64))

    citizenships: Mapped[list[Citizenship]] = relationship(
        cascade="all, delete-orphan", order_by="Citizenship.position", lazy="selectin"
    )
    documents: Mapped[list[IdentityDocument]] = relationship(
        cascade="all, delete-orphan", order_by="IdentityDocument.position", lazy="selectin"
    )
    liabilities: Mapped[list[Liability]] = relationship(
        cascade="all, delete-orphan", order_by="Liability.position", lazy="selectin"
    )
    registrations: Mapped[list[Registration]] = relationship(
        cascade="all, delete-orphan", order_by="Registration.position", lazy="selectin"
    )
    residence_permits: Mapped[list[ResidencePermit]] = relationship(
        cascade="all, delete-orphan", order_by="ResidencePermit.position", lazy="selectin"
    )
    citizenship_acts: Mapped[list[CitizenshipAct]] = relationship(
        cascade="all, delete-orphan", order_by="CitizenshipAct.position", lazy="selectin"
    )
    restrictions: Mapped[list[MovementRestriction]] = relationship(
        cascade="all, delete-orphan", order_by="MovementRestriction.position", lazy="selectin"
    )
    media: Mapped[list[PersonMedia]] = relationship(
        cascade="all, delete-orphan", order_by="PersonMedia.position", lazy="selectin"
    )


class _PersonPart:
    """Columns every sub-record shares: owner and order within the record."""

    id: Mapped[int] = mapped_column(primary_key=True)
    person_pk: Mapped[int] = mapped_column(ForeignKey("persons.pk", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)


class Citizenship(_PersonPart, Base):
    __tablename__ = "person_citizenships"
    # Covering: a registry row's citizenships are read from the index alone (migration 0024).
    __table_args__ = (
        Index("ix_person_citizenships_person_pk", "person_pk", "position", "country"),
    )
    person_pk: Mapped[int] = mapped_column(ForeignKey("persons.pk", ondelete="CASCADE"))

    country: Mapped[str] = mapped_column(String(3))  # ISO 3166-1 alpha-3 as in MRZ; XXA etc.


class IdentityDocument(_PersonPart, Base):
    """Travel document or identity document for residence (Art. 5.1.4, Art. 6)."""

    __tablename__ = "identity_documents"
    # Covering: a registry row's first document is read from the index alone (migration 0024).
    __table_args__ = (
        Index("ix_identity_documents_person_pk", "person_pk", "position", "series", "number"),
    )
    person_pk: Mapped[int] = mapped_column(ForeignKey("persons.pk", ondelete="CASCADE"))

    kind: Mapped[str] = mapped_column(String(32))
    series: Mapped[str | None] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(String(32))
    # Series+number without spaces or dashes, upper case: what search compares.
    number_norm: Mapped[str] = mapped_column(String(48), index=True)
    issuing_country: Mapped[str | None] = mapped_column(String(3))
    issued_on: Mapped[str | None] = mapped_column(PartialDate)
    issued_by: Mapped[str | None] = mapped_column(String(300))
    valid_until: Mapped[str | None] = mapped_column(PartialDate)


class Liability(_PersonPart, Base):
    """Administrative or criminal liability (Art. 6)."""

    __tablename__ = "person_liabilities"

    kind: Mapped[str] = mapped_column(String(16))  # administrative | criminal
    country: Mapped[str | None] = mapped_column(String(3))
    decided_on: Mapped[str | None] = mapped_column(PartialDate)
    authority: Mapped[str | None] = mapped_column(String(300))
    legal_basis: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    penalty: Mapped[str | None] = mapped_column(String(300))


class Registration(_PersonPart, Base):
    """Registration at the place of stay or residence (Art. 5.1.1)."""

    __tablename__ = "person_registrations"

    kind: Mapped[str] = mapped_column(String(16))  # stay | residence
    country: Mapped[str | None] = mapped_column(String(3))
    address: Mapped[str] = mapped_column(String(500))
    valid_from: Mapped[str | None] = mapped_column(PartialDate)
    valid_until: Mapped[str | None] = mapped_column(PartialDate)
    authority: Mapped[str | None] = mapped_column(String(300))


class ResidencePermit(_PersonPart, Base):
    """Special, temporary, permanent residence status or the right to work (Art. 5.1.2)."""

    __tablename__ = "person_residence_permits"

    kind: Mapped[str] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(3))
    number: Mapped[str | None] = mapped_column(String(64))
    issued_on: Mapped[str | None] = mapped_column(PartialDate)
    valid_from: Mapped[str | None] = mapped_column(PartialDate)
    valid_until: Mapped[str | None] = mapped_column(PartialDate)
    issued_by: Mapped[str | None] = mapped_column(String(300))
    # A work permit's employer (Art. 3.1(4), 5.1.2): name, BIN/INN and address.
    employer_name: Mapped[str | None] = mapped_column(String(300))
    employer_number: Mapped[str | None] = mapped_column(String(16))
    employer_address: Mapped[str | None] = mapped_column(String(500))


class CitizenshipAct(_PersonPart, Base):
    """Admission to or restoration of citizenship, or confirmed affiliation (Art. 5.1.3)."""

    __tablename__ = "person_citizenship_acts"

    kind: Mapped[str] = mapped_column(String(16))  # admission | restoration | affiliation
    country: Mapped[str] = mapped_column(String(3))
    decided_on: Mapped[str | None] = mapped_column(PartialDate)
    decision_number: Mapped[str | None] = mapped_column(String(64))
    authority: Mapped[str | None] = mapped_column(String(300))


class MovementRestriction(_PersonPart, Base):
    """Entry ban, exit restriction or expulsion with its period and grounds (Art. 5.2, 6)."""

    __tablename__ = "person_restrictions"

    kind: Mapped[str] = mapped_column(String(20))  # entry_ban | exit_restriction | expulsion
    country: Mapped[str | None] = mapped_column(String(3))
    imposed_on: Mapped[str | None] = mapped_column(PartialDate)
    valid_from: Mapped[str | None] = mapped_column(PartialDate)
    valid_until: Mapped[str | None] = mapped_column(PartialDate)
    grounds: Mapped[str] = mapped_column(Text)
    imposed_by: Mapped[str | None] = mapped_column(String(300))


class PersonMedia(_PersonPart, Base):
    """Photograph or fingerprint card. Stored inside the vault, so encrypted with it."""

    __tablename__ = "person_media"

    kind: Mapped[str] = mapped_column(String(20))  # photo | fingerprint_card
    mime: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    captured_on: Mapped[str | None] = mapped_column(PartialDate)
    description: Mapped[str | None] = mapped_column(String(300))
    # Deferred: lists and search never pull image bytes into memory.
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))


class PersonRevision(Base):
    """One saved state of a person: who changed it, when, and the full record as it became.

    Keeping whole snapshots (media by hash) makes "the record as of a date" a single lookup.
    """

    __tablename__ = "person_revisions"
    __table_args__ = (
        Index("ix_person_revisions_person_rev", "person_id", "revision", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int]
    action: Mapped[str] = mapped_column(String(16))  # create | update
    changed_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[str] = mapped_column(Text)  # canonical JSON of the record after the change
    changed_fields: Mapped[str] = mapped_column(Text)  # JSON list of top-level field names
