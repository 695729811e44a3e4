"""National identification numbers: Kazakh IIN (ИИН) and Armenian public service number.

IIN layout (12 digits): ``YYMMDD C NNNN K`` — birth date, century-and-sex digit ``C``
(1/2: 1800s male/female, 3/4: 1900s, 5/6: 2000s), serial ``NNNN``, check digit ``K``.

Check digit: sum of the first 11 digits with weights 1..11, modulo 11. A result of 10 means a
second pass with weights 3, 4, ..., 11, 1, 2; if that gives 10 again the number was never
issued (the registry skips such serials), otherwise the result is the check digit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from migdesk.messages import N_, _

__all__ = [
    "IinCheck",
    "check_am_psn",
    "check_iin",
    "has_valid_check_digit",
    "iin_with_check_digit",
]

_WEIGHTS_FIRST = tuple(range(1, 12))
_WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# ASCII only: str.isdigit() would also accept Arabic-Indic and other Unicode digits.
_IIN_RE = re.compile(r"[0-9]{12}")
_FIRST11_RE = re.compile(r"[0-9]{11}")
_PSN_RE = re.compile(r"[0-9]{10}")
_WHITESPACE = re.compile(r"\s+")

# century-and-sex digit → (first year of the century, sex)
_CENTURY_SEX: dict[str, tuple[int, str]] = {
    "1": (1800, "M"),
    "2": (1800, "F"),
    "3": (1900, "M"),
    "4": (1900, "F"),
    "5": (2000, "M"),
    "6": (2000, "F"),
}

MSG_IIN_FORMAT = N_("ИИН должен состоять из 12 цифр")
MSG_IIN_CHECK_DIGIT = N_("Неверная контрольная цифра ИИН")
MSG_IIN_UNISSUABLE = N_("Такой ИИН не может быть выдан: контрольная цифра не вычисляется")
MSG_IIN_CENTURY = N_("Неверная 7-я цифра ИИН (век рождения и пол): допустимы 1–6")
MSG_IIN_BIRTH_DATE = N_("ИИН содержит несуществующую дату рождения")
MSG_IIN_FUTURE = N_("ИИН содержит дату рождения в будущем")
MSG_PSN_FORMAT = N_("Номер социальной услуги (ՀԾՀ) должен состоять из 10 цифр")


@dataclass(frozen=True)
class IinCheck:
    """Result of a check; ``message`` is a Russian sentence for the user when not valid."""

    valid: bool
    message: str | None = None
    birth_date: date | None = None
    sex: str | None = None


def _normalise(value: str) -> str:
    # Officers paste numbers copied from documents with spaces in groups ("900101 3 00123 4").
    return _WHITESPACE.sub("", value)


def _weighted_mod11(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11


def _check_digit(first11: str) -> int | None:
    """Check digit for 11 digits, or None when both passes give 10 (number not issuable)."""
    result = _weighted_mod11(first11, _WEIGHTS_FIRST)
    if result == 10:
        result = _weighted_mod11(first11, _WEIGHTS_SECOND)
    return None if result == 10 else result


def iin_with_check_digit(first11: str) -> str | None:
    """Complete 11 digits to a 12-digit IIN; None if not 11 digits or not issuable."""
    if _FIRST11_RE.fullmatch(first11) is None:
        return None
    digit = _check_digit(first11)
    return None if digit is None else first11 + str(digit)


def has_valid_check_digit(number: str) -> bool:
    """12 digits whose last is the check digit of the first 11: an IIN, or a Kazakh BIN
    (business identification number), which uses the same algorithm."""
    if _IIN_RE.fullmatch(number) is None:
        return False
    return _check_digit(number[:11]) == int(number[11])


def _decode_birth(iin: str, today: date) -> tuple[date | None, str | None, str | None]:
    """(birth date, sex, error message) from the first seven digits."""
    century_sex = _CENTURY_SEX.get(iin[6])
    if century_sex is None:
        return None, None, _(MSG_IIN_CENTURY)
    century, sex = century_sex
    try:
        born = date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return None, None, _(MSG_IIN_BIRTH_DATE)
    if born > today:
        return None, None, _(MSG_IIN_FUTURE)
    return born, sex, None


def check_iin(value: str, *, today: date | None = None) -> IinCheck:
    """Validate a Kazakh IIN: format, check digit, and the birth date / sex it encodes."""
    iin = _normalise(value)
    if _IIN_RE.fullmatch(iin) is None:
        return IinCheck(valid=False, message=_(MSG_IIN_FORMAT))
    expected = _check_digit(iin[:11])
    if expected is None:
        return IinCheck(valid=False, message=_(MSG_IIN_UNISSUABLE))
    if expected != int(iin[11]):
        return IinCheck(valid=False, message=_(MSG_IIN_CHECK_DIGIT))
    born, sex, error = _decode_birth(iin, today or date.today())
    if error is not None:
        return IinCheck(valid=False, message=error)
    return IinCheck(valid=True, birth_date=born, sex=sex)


def check_am_psn(value: str) -> IinCheck:
    """Validate the format of an Armenian public service number (ՀԾՀ, 10 digits).

    Only the format can be checked: we know of no published check-digit algorithm or
    structure for it, so any 10 digits pass and a never-issued number is not caught.
    """
    if _PSN_RE.fullmatch(_normalise(value)) is None:
        return IinCheck(valid=False, message=_(MSG_PSN_FORMAT))
    return IinCheck(valid=True)
