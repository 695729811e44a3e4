"""Partial dates: migration records often know only the year, or the month and year.

Canonical (stored) forms are ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD``; they sort correctly as
strings within the same precision. Input may also be Russian style: ``ДД.ММ.ГГГГ``,
``ММ.ГГГГ`` (day and month may have one digit).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from migdesk.messages import N_, _

__all__ = [
    "PartialDateError",
    "format_partial_date_ru",
    "is_full_date",
    "parse_partial_date",
    "partial_date_range",
]

MIN_YEAR = 1900
MAX_YEAR = 2200  # validity ends, bans "until" dates: far enough, still catches typos

_ISO_RE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?", re.ASCII)
_RU_RE = re.compile(r"(?:(?P<d>\d{1,2})\.)?(?P<m>\d{1,2})\.(?P<y>\d{4})", re.ASCII)
_CANONICAL_RE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?", re.ASCII)

MSG_FORMAT = N_("Неверный формат даты: ожидается ГГГГ, ММ.ГГГГ или ДД.ММ.ГГГГ")
MSG_MONTH = N_("Месяц должен быть от 1 до 12")
MSG_TOO_OLD = N_("Год должен быть не ранее {year}")
MSG_FUTURE = N_("Дата не может быть в будущем")
MSG_TOO_FAR = N_("Год должен быть не позднее {year}")
MSG_NOT_CANONICAL = N_("Дата хранится в неверном формате")

# (year, month or None, day or None)
_Parts = tuple[int, int | None, int | None]


class PartialDateError(ValueError):
    """Invalid partial date; ``str(error)`` is a Russian message for the user."""


def _match(text: str) -> re.Match[str] | None:
    return _ISO_RE.fullmatch(text) or _RU_RE.fullmatch(text)


def _to_parts(found: re.Match[str]) -> _Parts:
    month, day = found.group("m"), found.group("d")
    return (
        int(found.group("y")),
        None if month is None else int(month),
        None if day is None else int(day),
    )


def _check_calendar(parts: _Parts) -> None:
    """Month and day exist (31 February does not)."""
    year, month, day = parts
    if year < 1:  # datetime.date cannot hold year 0
        raise PartialDateError(_(MSG_TOO_OLD).format(year=MIN_YEAR))
    if month is not None and not 1 <= month <= 12:
        raise PartialDateError(_(MSG_MONTH))
    if month is None or day is None:
        return
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise PartialDateError(
            _("В месяце {month:02d}.{year:04d} нет {day}-го числа").format(
                month=month, year=year, day=day
            )
        )


def _earliest(parts: _Parts) -> date:
    year, month, day = parts
    return date(year, month or 1, day or 1)


def _latest(parts: _Parts) -> date:
    year, month, day = parts
    if month is None:
        return date(year, 12, 31)
    return date(year, month, day or calendar.monthrange(year, month)[1])


def _check_plausible(parts: _Parts, today: date, allow_future: bool) -> None:
    if parts[0] < MIN_YEAR:
        raise PartialDateError(_(MSG_TOO_OLD).format(year=MIN_YEAR))
    if allow_future:
        if parts[0] > MAX_YEAR:
            raise PartialDateError(_(MSG_TOO_FAR).format(year=MAX_YEAR))
        return
    # Compare the earliest possible day: "2031" is future, the current year is not.
    if _earliest(parts) > today:
        raise PartialDateError(_(MSG_FUTURE))


def _to_canonical(parts: _Parts) -> str:
    year, month, day = parts
    text = f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
    if day is not None:
        text += f"-{day:02d}"
    return text


def parse_partial_date(text: str, *, today: date | None = None, allow_future: bool = False) -> str:
    """Validate user input and return its canonical form (``YYYY[-MM[-DD]]``).

    ``allow_future`` is for validity ends and bans that run into the future."""
    found = _match(text.strip())
    if found is None:
        raise PartialDateError(_(MSG_FORMAT))
    parts = _to_parts(found)
    _check_calendar(parts)
    _check_plausible(parts, today or date.today(), allow_future)
    return _to_canonical(parts)


def _canonical_parts(value: str) -> _Parts:
    """Parts of a stored canonical value; no plausibility check (stored data was checked)."""
    found = _CANONICAL_RE.fullmatch(value)
    if found is None:
        raise PartialDateError(_(MSG_NOT_CANONICAL))
    parts = _to_parts(found)
    _check_calendar(parts)
    return parts


def format_partial_date_ru(value: str) -> str:
    """Canonical value → ``ДД.ММ.ГГГГ``, ``ММ.ГГГГ`` or ``ГГГГ`` for display."""
    year, month, day = _canonical_parts(value)
    pieces = [f"{n:02d}" for n in (day, month) if n is not None]
    return ".".join([*pieces, f"{year:04d}"])


def partial_date_range(value: str) -> tuple[date, date]:
    """First and last day the canonical value may stand for ("1990-02" → 1 and 28 Feb)."""
    parts = _canonical_parts(value)
    return _earliest(parts), _latest(parts)


def is_full_date(value: str) -> bool:
    """True for a canonical ``YYYY-MM-DD`` naming a real day; never raises."""
    try:
        return _canonical_parts(value)[2] is not None
    except PartialDateError:
        return False
