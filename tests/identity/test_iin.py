"""IIN and Armenian public service number checks; all numbers are synthetic."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.identity.iin import check_am_psn, check_iin, iin_with_check_digit

TODAY = date(2025, 6, 1)

# Computed by hand: 900101 3 0001 → 9·1 + 1·4 + 1·6 + 3·7 + 1·11 = 51, 51 mod 11 = 7.
HAND_IIN = "900101300017"
# First pass: 9 + 4 + 6 + 21 + 8·10 = 120 ≡ 10, so the second pass (weights 3..11, 1, 2)
# applies: 27 + 6 + 8 + 27 + 8·1 + 1·2 = 78 ≡ 1.
HAND_IIN_SECOND_PASS = "900101300811"
# Both passes give 10 (120 and 76 mod 11): such a number is never issued.
UNISSUABLE_FIRST11 = "90010130080"


def test_hand_computed_iin_is_valid() -> None:
    result = check_iin(HAND_IIN, today=TODAY)
    assert result.valid
    assert result.message is None
    assert result.birth_date == date(1990, 1, 1)
    assert result.sex == "M"


def test_second_pass_check_digit() -> None:
    assert iin_with_check_digit(HAND_IIN_SECOND_PASS[:11]) == HAND_IIN_SECOND_PASS
    assert check_iin(HAND_IIN_SECOND_PASS, today=TODAY).valid


def test_unissuable_number() -> None:
    assert iin_with_check_digit(UNISSUABLE_FIRST11) is None
    for last in "0123456789":
        assert not check_iin(UNISSUABLE_FIRST11 + last, today=TODAY).valid


def test_generated_iin_round_trips() -> None:
    iin = iin_with_check_digit("05061560002")
    assert iin is not None and len(iin) == 12
    result = check_iin(iin, today=TODAY)
    assert result.valid
    assert result.birth_date == date(2005, 6, 15)
    assert result.sex == "F"


def test_wrong_check_digit() -> None:
    wrong = HAND_IIN[:11] + "8"
    result = check_iin(wrong, today=TODAY)
    assert not result.valid
    assert result.message == "Неверная контрольная цифра ИИН"
    assert result.birth_date is None


@pytest.mark.parametrize("value", ["", "12345", "9001013000170", "90010130001A", "٩٠٠١٠١٣٠٠٠١٧"])
def test_bad_format(value: str) -> None:
    result = check_iin(value, today=TODAY)
    assert not result.valid
    assert result.message == "ИИН должен состоять из 12 цифр"


def test_spaces_inside_are_tolerated() -> None:
    assert check_iin(" 900101 3 0001 7 ", today=TODAY).valid


@pytest.mark.parametrize(
    ("digit", "year", "sex"),
    [("1", 1890, "M"), ("2", 1890, "F"), ("3", 1990, "M"), ("4", 1990, "F")],
)
def test_century_and_sex_digit(digit: str, year: int, sex: str) -> None:
    iin = iin_with_check_digit(f"900101{digit}0003")
    assert iin is not None
    result = check_iin(iin, today=TODAY)
    assert result.valid
    assert result.birth_date == date(year, 1, 1)
    assert result.sex == sex


def test_century_2000s() -> None:
    iin = iin_with_check_digit("10022850003")
    assert iin is not None
    result = check_iin(iin, today=TODAY)
    assert (result.birth_date, result.sex) == (date(2010, 2, 28), "M")


def test_invalid_century_digit() -> None:
    iin = iin_with_check_digit("90010170003")
    assert iin is not None
    result = check_iin(iin, today=TODAY)
    assert not result.valid
    assert result.message is not None and "7-я цифра" in result.message


def test_impossible_birth_date() -> None:
    iin = iin_with_check_digit("90023030003")  # 30 February
    assert iin is not None
    result = check_iin(iin, today=TODAY)
    assert not result.valid
    assert result.message == "ИИН содержит несуществующую дату рождения"


def test_birth_date_in_future() -> None:
    iin = iin_with_check_digit("30010150003")  # 2030-01-01
    assert iin is not None
    assert not check_iin(iin, today=TODAY).valid


@pytest.mark.parametrize("value", ["1234567890", "12345", "123456789012", "0000abc0000", ""])
def test_first11_must_be_11_digits(value: str) -> None:
    assert iin_with_check_digit(value) is None


def test_am_psn_format_only() -> None:
    assert check_am_psn("1234567890").valid
    assert check_am_psn(" 12345 67890 ").valid
    for bad in ("", "123456789", "12345678901", "12345678ab"):
        result = check_am_psn(bad)
        assert not result.valid
        assert result.message is not None and "10 цифр" in result.message
