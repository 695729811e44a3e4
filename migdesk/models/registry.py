"""The registry list's row of each person, in one short row (``registry_rows``)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from migdesk.models.base import Base
from migdesk.models.person_names import KEYS_FIRST, PersonNames


class RegistryListRow(PersonNames, Base):
    """Exactly what the registry list and a results page show of one person
    (``search.RegistryRow``): a page of 50 is 50 short rows read by key instead of 50 wide
    ``persons`` rows and three sub-queries each (issue #17). Written by triggers on
    ``persons``, ``person_citizenships``, ``identity_documents`` and ``handling_limits``
    (migration 0027), so no write path can leave it behind; goes with the person."""

    __tablename__ = "registry_rows"

    pk: Mapped[int] = mapped_column(
        ForeignKey("persons.pk", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
        sort_order=KEYS_FIRST,
    )
    id: Mapped[str] = mapped_column(String(36), sort_order=KEYS_FIRST)
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[str | None] = mapped_column(String(10))
    citizenship: Mapped[str | None] = mapped_column(Text)  # country codes, ", "-separated
    document: Mapped[str | None] = mapped_column(Text)  # the first document: series number
    provider: Mapped[str | None] = mapped_column(String(32))  # Art. 11 provider, if received
