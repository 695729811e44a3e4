"""Calendar arithmetic of the agreement: deadlines count calendar days (DESIGN, Art. 10.3)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

ANSWER_DAYS = 30  # Art. 10.3
SIGNATORY_EXCHANGE_DAYS = 45  # Art. 9.3
TERMINATION_MONTHS = 6  # Art. 17


def today() -> date:
    """The workstation's calendar date (local time, as DESIGN says)."""
    return date.today()


def due_on(received_on: date) -> date:
    """The last day for the result: 30 calendar days from the date of receipt."""
    return received_on + timedelta(days=ANSWER_DAYS)


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later; a day the month lacks becomes its last (31 Aug + 6 → 28/29
    Feb), the usual reading of «по истечении N месяцев»."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
