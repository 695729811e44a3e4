from __future__ import annotations

from datetime import date

import pytest

from migdesk.identity.partial_date import (
    PartialDateError,
    format_partial_date_ru,
    is_full_date,
    parse_partial_date,
    partial_date_range,
)

TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("1990", "1990"),
        ("1990-02", "1990-02"),
        ("1990-02-28", "1990-02-28"),
        ("28.02.1990", "1990-02-28"),
        ("02.1990", "1990-02"),
        ("2.1990", "1990-02"),
        ("5.2.1990", "1990-02-05"),
        ("  1990-2-5 ", "1990-02-05"),
        ("29.02.2000", "2000-02-29"),
        ("2025", "2025"),  # current year is not the future
        ("2025-06", "2025-06"),
        ("15.06.2025", "2025-06-15"),
        ("1900", "1900"),
    ],
)
def test_accepted_forms(text: str, canonical: str) -> None:
    assert parse_partial_date(text, today=TODAY) == canonical


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1990-13", "Месяц"),
        ("13.1990", "Месяц"),
        ("00.1990", "Месяц"),
        ("31.02.1990", "нет 31-го числа"),
        ("1990-02-29", "нет 29-го числа"),
        ("00.01.1990", "нет 0-го числа"),
        ("1899", "не ранее 1900"),
        ("2026", "будущем"),
        ("2025-07", "будущем"),
        ("16.06.2025", "будущем"),
        ("", "формат"),
        ("abc", "формат"),
        ("90", "формат"),
        ("1990/02/03", "формат"),
        ("1990-02-03T00:00", "формат"),
        ("١٩٩٠", "формат"),  # non-ASCII digits
    ],
)
def test_rejected_input(text: str, fragment: str) -> None:
    with pytest.raises(PartialDateError, match=fragment):
        parse_partial_date(text, today=TODAY)


def test_error_is_value_error() -> None:
    assert issubclass(PartialDateError, ValueError)


@pytest.mark.parametrize(
    ("value", "shown"),
    [("1990", "1990"), ("1990-02", "02.1990"), ("1990-02-05", "05.02.1990")],
)
def test_format_ru(value: str, shown: str) -> None:
    assert format_partial_date_ru(value) == shown


@pytest.mark.parametrize("value", ["05.02.1990", "1990-2", "1990-02-30", "x"])
def test_format_ru_refuses_non_canonical(value: str) -> None:
    with pytest.raises(PartialDateError):
        format_partial_date_ru(value)


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("1990", date(1990, 1, 1), date(1990, 12, 31)),
        ("1990-02", date(1990, 2, 1), date(1990, 2, 28)),
        ("2000-02", date(2000, 2, 1), date(2000, 2, 29)),
        ("1990-12", date(1990, 12, 1), date(1990, 12, 31)),
        ("1990-02-05", date(1990, 2, 5), date(1990, 2, 5)),
    ],
)
def test_range(value: str, first: date, last: date) -> None:
    assert partial_date_range(value) == (first, last)


def test_round_trip_ru() -> None:
    for text in ("05.02.1990", "02.1990", "1990"):
        assert format_partial_date_ru(parse_partial_date(text, today=TODAY)) == text


def test_is_full_date() -> None:
    assert is_full_date("1990-02-05")
    assert not is_full_date("1990-02")
    assert not is_full_date("1990")
    assert not is_full_date("1990-02-30")
    assert not is_full_date("05.02.1990")
    assert not is_full_date("")
