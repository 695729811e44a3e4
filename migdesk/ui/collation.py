"""Sorting what lists and combos show in the interface language's alphabetical order
(issue 15): Kazakh letters (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І) in the Kazakh alphabet's places,
Armenian in Armenian order. PySide6's Qt is built with ICU, so QCollator knows kk_KZ and
hy_AM; the locale is the one :mod:`migdesk.ui.i18n` set for the chosen language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cmp_to_key
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

T = TypeVar("T")


def collator(locale: QLocale | None = None) -> QCollator:
    """Case-insensitive, numbers by value («№ 2» before «№ 10»)."""
    made = QCollator(locale if locale is not None else QLocale())
    made.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    made.setNumericMode(True)
    return made


def collated(
    items: Iterable[T], key: Callable[[T], str] = str, locale: QLocale | None = None
) -> list[T]:
    """``items`` sorted by ``key`` in the (default: current) locale's alphabetical order."""
    order = collator(locale)

    def compare(a: T, b: T) -> int:
        return order.compare(key(a), key(b))

    return sorted(items, key=cmp_to_key(compare))
