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


class PersonMatchKey(Base):
    __tablename__ = "person_match_keys"
    __table_args__ = (Index("ix_person_match_keys_key_person", "key", "person_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_pk: Mapped[int] = mapped_column(ForeignKey("persons.pk", ondelete="CASCADE"), index=True)
    key: Mapped[int] = mapped_column(BigInteger)


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
