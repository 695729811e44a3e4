"""A person's name columns, declared once for every table that stores them.

``persons`` holds the record, ``registry_rows`` (``models/registry.py``) the registry list's
short row and ``person_link_fields`` (``models/linkage.py``) what linkage compares: each its
own table, all three with the same name columns. The mixins give each model the columns; the
tables stay as the migrations made them.

The ``sort_order`` values keep each table's column order as it was declared before the
mixins (key columns, then the names, then the rest): a mixin's columns would otherwise come
after the model's own.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

KEYS_FIRST = -3  # ``sort_order`` of a model's key columns, which come before the names
_NAMES = -2
_PATRONYMIC_LAT = -1


class PersonNames:
    """Surname, given name and patronymic in Russian; surname and given name in Latin."""

    surname_ru: Mapped[str | None] = mapped_column(String(100), sort_order=_NAMES)
    given_name_ru: Mapped[str | None] = mapped_column(String(100), sort_order=_NAMES)
    patronymic_ru: Mapped[str | None] = mapped_column(String(100), sort_order=_NAMES)
    surname_lat: Mapped[str | None] = mapped_column(String(100), sort_order=_NAMES)
    given_name_lat: Mapped[str | None] = mapped_column(String(100), sort_order=_NAMES)


class FullPersonNames(PersonNames):
    """The names with the Latin patronymic too (the registry row leaves it out)."""

    patronymic_lat: Mapped[str | None] = mapped_column(String(100), sort_order=_PATRONYMIC_LAT)
