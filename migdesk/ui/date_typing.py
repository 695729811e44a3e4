"""A date as an officer types it, in the form the domain reads (``ДД.ММ.ГГГГ``).

Typed all day with the numeric keypad: eight digits without dots («05051990»), or with the
keypad's decimal key, which gives «,» in the Russian layout («5,5,1990»). The domain's parser
(:mod:`migdesk.identity.partial_date`) reads dots only and refused both; the field shows the
dotted form once left, so the officer sees what is kept. Anything else is left as typed,
for the domain to judge. An empty optional date edit («—») takes typed digits too.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit

_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})", re.ASCII)  # ДДММГГГГ
_OTHER_SEPARATORS = re.compile(r"(\d{1,2})[,/ ](?:(\d{1,2})[,/ ])?(\d{4})", re.ASCII)


def dotted(text: str) -> str:
    """``text`` with dots where the officer left them out or typed «,», «/» or a space."""
    stripped = text.strip()
    digits = _DIGITS.fullmatch(stripped)
    if digits is not None:
        day, month, year = digits.groups()
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:  # not ГГГГММДД
            return f"{day}.{month}.{year}"
        return text
    separated = _OTHER_SEPARATORS.fullmatch(stripped)
    if separated is not None:
        return ".".join(part for part in separated.groups() if part is not None)
    return text


class TypeIntoEmptyDate(QObject):
    """An optional date edit shows «—» while empty (its minimum date, as special text).
    Digits typed there went into the «—» and were thrown away on leaving: the date could be
    set only with the calendar or the arrows. The first digit now starts from today with the
    day chosen, so «05031990» types the date like any other (the edit's parent owns this)."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isdigit()
            and watched.specialValueText()
            and watched.date() == watched.minimumDate()
        ):
            today = QDate.currentDate()
            watched.setDate(min(max(today, watched.minimumDate()), watched.maximumDate()))
            watched.setSelectedSection(QDateEdit.Section.DaySection)
        return False  # the digit itself goes on to the edit
