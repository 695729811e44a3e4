"""Record linkage bookkeeping: blocking keys, links between records, merges.

``person_match_keys`` holds, per person, 64-bit hashes of its blocking keys (name sounds with
the birth year or date, document and personal numbers; ``migdesk/persons/blocking.py``), so
that finding the candidates for a record is an index lookup, never a scan of the registry.
The hashes hold no name in clear and go with the person (ON DELETE CASCADE).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base
from migdesk.models.person_names import KEYS_FIRST, FullPersonNames


class PersonMatchKey(Base):
    __tablename__ = "person_match_keys"
    # Covering: a lookup by key gives the person and where its compact row is, from the
    # index alone.
    __table_args__ = (Index("ix_person_match_keys_key_person_pos", "key", "person_pk", "pos"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_pk: Mapped[int] = mapped_column(ForeignKey("persons.pk", ondelete="CASCADE"), index=True)
    key: Mapped[int] = mapped_column(BigInteger)
    # ``person_link_fields.pos`` of the person's compact row, written with the keys (revision
    # 0026): the candidates' rows are read by position, without a lookup by ``person_pk``.
    pos: Mapped[int | None]


class PersonLinkFields(FullPersonNames, Base):
    """Exactly what linkage compares of one person, in one short row (``person_link_fields``,
    ``migdesk/persons/link_fields.py``): a candidate is read with one lookup by key instead of
    its wide ``persons`` row and two sub-queries over citizenships and documents. Written with
    the person's blocking keys by every save; goes with the person (ON DELETE CASCADE)."""

    __tablename__ = "person_link_fields"

    # Rows are laid out in name order (``persons.sort_key``) when filled: namesakes, the
    # candidates of one another, share pages, so reading a record's candidates decrypts a few
    # pages instead of one page per candidate.
    pos: Mapped[int] = mapped_column(primary_key=True, sort_order=KEYS_FIRST)
    person_pk: Mapped[int] = mapped_column(
        ForeignKey("persons.pk", ondelete="CASCADE"), unique=True, sort_order=KEYS_FIRST
    )
    id: Mapped[str] = mapped_column(String(36), sort_order=KEYS_FIRST)
    birth_date: Mapped[str | None] = mapped_column(String(10))
    sex: Mapped[str | None] = mapped_column(String(1))
    personal_number: Mapped[str | None] = mapped_column(String(32))
    citizenship: Mapped[str | None] = mapped_column(Text)  # country codes, space-separated
    documents: Mapped[str | None] = mapped_column(Text)  # normalised numbers, space-separated


class PersonLink(Base):
    """An officer's decision on two records: the same person (kept as two records, e.g. a
    received one and ours) or not a duplicate (the scan stops offering the pair)."""

    __tablename__ = "person_links"
    __table_args__ = (
        Index("ix_person_links_pair", "person_id", "other_id", unique=True),
        Index("ix_person_links_other", "other_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36))  # the smaller of the two ids
    other_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))  # same_person | not_duplicate
    score: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))


class PersonMerge(Base):
    """A supervisor merged ``absorbed_id`` into ``survivor_id``; the absorbed record's history
    stays under its own id in ``person_revisions``."""

    __tablename__ = "person_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    absorbed_id: Mapped[str] = mapped_column(String(36), index=True, unique=True)
    survivor_id: Mapped[str] = mapped_column(String(36), index=True)
    merged_at: Mapped[datetime]
    merged_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
