"""Parsing of a pasted machine readable zone (ICAO Doc 9303): TD3 (passports), TD2 and TD1
(cards).

Layouts (0-based character positions):

TD3, 2 × 44::

    line 1: 0–1 document code, 2–4 issuing state, 5–43 name
    line 2: 0–8 document number, 9 check, 10–12 nationality, 13–18 birth date YYMMDD,
            19 check, 20 sex, 21–26 expiry date, 27 check, 28–41 optional data (personal
            number), 42 check, 43 composite check over 0–9, 13–19, 21–42

TD2, 2 × 36 (same fields as TD3, shorter name and optional data)::

    line 1: 0–1 document code, 2–4 issuing state, 5–35 name
    line 2: 0–8 document number, 9 check, 10–12 nationality, 13–18 birth date, 19 check,
            20 sex, 21–26 expiry date, 27 check, 28–34 optional data, 35 composite check
            over 0–9, 13–19, 21–34

TD1, 3 × 30::

    line 1: 0–1 document code, 2–4 issuing state, 5–13 document number, 14 check,
            15–29 optional data
    line 2: 0–5 birth date, 6 check, 7 sex, 8–13 expiry date, 14 check, 15–17 nationality,
            18–28 optional data, 29 composite check over line 1 5–29, line 2 0–6, 8–14, 18–28
    line 3: 0–29 name

Check digits: weights 7, 3, 1 repeating; ``<`` = 0, digits as such, A = 10 … Z = 35; sum mod 10.

A failed check digit does not stop parsing: an officer can still see and correct the data, so
the failures are listed in ``MrzResult.errors``. Only text that is not an MRZ raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from migdesk.messages import N_, _

__all__ = ["MrzError", "MrzResult", "check_digit", "parse_mrz"]

_TD3_LEN = 44
_TD2_LEN = 36
_TD1_LEN = 30
_MRZ_CHARS = re.compile(r"[A-Z0-9<]+")
_WEIGHTS = (7, 3, 1)

# ICAO keeps the one-letter code "D" for Germany; everything downstream uses alpha-3.
_STATE_ALIASES = {"D": "DEU"}

MSG_NOT_MRZ = N_(
    "Текст не распознан как MRZ: ожидается 2 строки по 44 символа "
    "(паспорт), 2 строки по 36 символов или 3 строки по 30 символов "
    "(ID-карта)"
)
MSG_BAD_CHARS = N_("MRZ может содержать только латинские буквы, цифры и знак «<»")
MSG_DOC_NUMBER = N_("Неверная контрольная цифра номера документа")
MSG_BIRTH = N_("Неверная контрольная цифра даты рождения")
MSG_EXPIRY = N_("Неверная контрольная цифра даты окончания срока действия")
MSG_OPTIONAL = N_("Неверная контрольная цифра дополнительных данных (личного номера)")
MSG_COMPOSITE = N_("Неверная общая контрольная цифра")
MSG_BAD_BIRTH_DATE = N_("Некорректная дата рождения в MRZ")
MSG_BAD_EXPIRY_DATE = N_("Некорректная дата окончания срока действия в MRZ")
MSG_BAD_SEX = N_("Некорректное обозначение пола в MRZ")


class MrzError(ValueError):
    """The text is not a TD1/TD2/TD3 MRZ; ``str(error)`` is a Russian message for the user."""


@dataclass(frozen=True)
class MrzResult:
    format: str  # "TD1" | "TD2" | "TD3"
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: str | None  # YYYY-MM-DD; YYYY-MM / YYYY when the MRZ has "<<" for unknown
    sex: str | None  # "M" | "F" | None (unspecified)
    expiry_date: str | None  # YYYY-MM-DD
    optional_data: str
    errors: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors


def _char_value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - ord("A") + 10


def check_digit(data: str) -> int:
    """ICAO 9303 check digit of an MRZ field."""
    return sum(_char_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(data)) % 10


def _digit_ok(data: str, digit: str) -> bool:
    # An unused optional field may carry "<" instead of "0" as its check digit.
    if digit == "<":
        return check_digit(data) == 0
    return digit.isdigit() and check_digit(data) == int(digit)


def _split_lines(text: str) -> list[str]:
    """Non-empty lines, upper case, inner spaces removed (OCR and e-mail add them)."""
    lines = [re.sub(r"\s+", "", line).upper() for line in text.splitlines()]
    lines = [line for line in lines if line]
    # A pasted MRZ may have lost its line breaks entirely.
    sizes = {2 * _TD3_LEN: _TD3_LEN, 2 * _TD2_LEN: _TD2_LEN, 3 * _TD1_LEN: _TD1_LEN}
    if len(lines) == 1 and len(lines[0]) in sizes:
        size = sizes[len(lines[0])]
        lines = [lines[0][i : i + size] for i in range(0, len(lines[0]), size)]
    return lines


def _detect_format(lines: list[str]) -> str:
    lengths = [len(line) for line in lines]
    if lengths == [_TD3_LEN] * 2:
        return "TD3"
    if lengths == [_TD2_LEN] * 2:
        return "TD2"
    if lengths == [_TD1_LEN] * 3:
        return "TD1"
    raise MrzError(_(MSG_NOT_MRZ))


def _field(raw: str) -> str:
    """Value of a fixed-width field: trailing fillers removed, inner fillers become spaces."""
    return raw.replace("<", " ").strip()


def _state(raw: str) -> str:
    code = _field(raw)
    return _STATE_ALIASES.get(code, code)


def _names(raw: str) -> tuple[str, str]:
    """Primary identifier (surname) and secondary identifier (given names)."""
    surname, _, given = raw.partition("<<")
    return _field(surname), _field(given)


_DateParts = tuple[int, int | None, int | None]  # (YY, month, day); None = unknown "<<"


def _date_parts(raw: str) -> _DateParts | None:
    """YYMMDD with "<<" allowed for an unknown day, or unknown month and day."""
    yy, mm, dd = raw[0:2], raw[2:4], raw[4:6]
    if not yy.isdigit() or (mm == "<<" and dd != "<<"):
        return None
    if not all(part == "<<" or part.isdigit() for part in (mm, dd)):
        return None
    return int(yy), _optional_int(mm), _optional_int(dd)


def _optional_int(raw: str) -> int | None:
    return None if raw == "<<" else int(raw)


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    pieces = [f"{year:04d}", *(f"{n:02d}" for n in (month, day) if n is not None)]
    return "-".join(pieces)


def _birth_date(raw: str, today: date) -> str | None:
    """Latest century that does not put the birth in the future; partial if "<<" is used."""
    parts = _date_parts(raw)
    if parts is None:
        return None
    yy, month, day = parts
    year = 2000 + yy
    try:
        in_future = date(year, month or 1, day or 1) > today
    except ValueError:
        return None
    return _iso(year - 100 if in_future else year, month, day)


def _expiry_date(raw: str) -> str | None:
    """Always 20YY: documents expiring in the 1900s are no longer presented."""
    parts = _date_parts(raw)
    if parts is None or parts[2] is None:
        return None
    yy, month, day = parts
    return _iso(2000 + yy, month, day)


def _sex(raw: str, errors: list[str]) -> str | None:
    if raw in ("M", "F"):
        return raw
    if raw not in ("<", "X"):
        errors.append(_(MSG_BAD_SEX))
    return None


def _dates(
    birth_raw: str, expiry_raw: str, today: date, errors: list[str]
) -> tuple[str | None, str | None]:
    birth = _birth_date(birth_raw, today)
    if birth is None:
        errors.append(_(MSG_BAD_BIRTH_DATE))
    expiry = _expiry_date(expiry_raw)
    if expiry is None:
        errors.append(_(MSG_BAD_EXPIRY_DATE))
    return birth, expiry


def _check_all(checks: list[tuple[str, str, str]]) -> list[str]:
    """Messages for every (data, check digit, message) whose digit does not match."""
    return [message for data, digit, message in checks if not _digit_ok(data, digit)]


def _td1_document_number(line1: str) -> tuple[str, str, str]:
    """(number, data covered by its check digit, check digit) of a TD1 card.

    Numbers longer than 9 characters continue in the optional field with their check digit
    after them, and "<" stands in position 14 (Doc 9303 Part 5, note j).
    """
    number, digit, optional = line1[5:14], line1[14], line1[15:30]
    if digit != "<" or optional[:1] in ("", "<"):
        return number, number, digit
    tail = optional.split("<", 1)[0]
    full = number + tail[:-1]
    return full, full, tail[-1]


def _parse_two_line(kind: str, lines: list[str], today: date) -> MrzResult:
    """TD3 and TD2 share one layout; only the name and optional data lengths differ."""
    l1, l2 = lines
    end = len(l2) - 1  # the composite check digit is the last character
    surname, given = _names(l1[5:])
    checks: list[tuple[str, str, str]] = [
        (l2[0:9], l2[9], _(MSG_DOC_NUMBER)),
        (l2[13:19], l2[19], _(MSG_BIRTH)),
        (l2[21:27], l2[27], _(MSG_EXPIRY)),
    ]
    if kind == "TD3":  # TD2 has no check digit of its own for the optional data
        checks.append((l2[28:42], l2[42], _(MSG_OPTIONAL)))
    checks.append((l2[0:10] + l2[13:20] + l2[21:end], l2[end], _(MSG_COMPOSITE)))
    errors = _check_all(checks)
    sex = _sex(l2[20], errors)
    birth, expiry = _dates(l2[13:19], l2[21:27], today, errors)
    return MrzResult(
        format=kind,
        document_code=_field(l1[0:2]),
        issuing_state=_state(l1[2:5]),
        surname=surname,
        given_names=given,
        document_number=_field(l2[0:9]),
        nationality=_state(l2[10:13]),
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=_field(l2[28:42] if kind == "TD3" else l2[28:end]),
        errors=errors,
    )


def _parse_td1(lines: list[str], today: date) -> MrzResult:
    l1, l2, l3 = lines
    surname, given = _names(l3)
    number, number_data, number_digit = _td1_document_number(l1)
    errors = _check_all(
        [
            (number_data, number_digit, _(MSG_DOC_NUMBER)),
            (l2[0:6], l2[6], _(MSG_BIRTH)),
            (l2[8:14], l2[14], _(MSG_EXPIRY)),
            (l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29], _(MSG_COMPOSITE)),
        ]
    )
    sex = _sex(l2[7], errors)
    birth, expiry = _dates(l2[0:6], l2[8:14], today, errors)
    optional = " ".join(part for part in (_field(l1[15:30]), _field(l2[18:29])) if part)
    return MrzResult(
        format="TD1",
        document_code=_field(l1[0:2]),
        issuing_state=_state(l1[2:5]),
        surname=surname,
        given_names=given,
        document_number=_field(number),
        nationality=_state(l2[15:18]),
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=optional,
        errors=errors,
    )


def parse_mrz(text: str, *, today: date | None = None) -> MrzResult:
    """Parse a TD3, TD2 or TD1 MRZ; check-digit failures are reported in ``errors``, not
    raised."""
    lines = _split_lines(text)
    kind = _detect_format(lines)
    if any(_MRZ_CHARS.fullmatch(line) is None for line in lines):
        raise MrzError(_(MSG_BAD_CHARS))
    if kind == "TD1":
        return _parse_td1(lines, today or date.today())
    return _parse_two_line(kind, lines, today or date.today())
