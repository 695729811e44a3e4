"""MRZ parsing against the ICAO Doc 9303 specimens (fictitious state Utopia)."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.identity.mrz import MrzError, check_digit, parse_mrz

TODAY = date(2025, 6, 1)

TD3 = "\n".join(
    [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]
)
TD1 = "\n".join(
    [
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ]
)


def _replace(text: str, line: int, pos: int, char: str) -> str:
    lines = text.split("\n")
    lines[line] = lines[line][:pos] + char + lines[line][pos + 1 :]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("data", "digit"),
    [("L898902C3", 6), ("740812", 2), ("120415", 9), ("ZE184226B<<<<<", 1), ("D23145890", 7)],
)
def test_check_digit_specimen_values(data: str, digit: int) -> None:
    assert check_digit(data) == digit


def test_td3_specimen() -> None:
    r = parse_mrz(TD3, today=TODAY)
    assert r.format == "TD3"
    assert r.document_code == "P"
    assert r.issuing_state == "UTO"
    assert r.surname == "ERIKSSON"
    assert r.given_names == "ANNA MARIA"
    assert r.document_number == "L898902C3"
    assert r.nationality == "UTO"
    assert r.birth_date == "1974-08-12"
    assert r.sex == "F"
    assert r.expiry_date == "2012-04-15"
    assert r.optional_data == "ZE184226B"
    assert r.errors == []


def test_td1_specimen() -> None:
    r = parse_mrz(TD1, today=TODAY)
    assert r.format == "TD1"
    assert r.document_code == "I"
    assert r.issuing_state == "UTO"
    assert r.surname == "ERIKSSON"
    assert r.given_names == "ANNA MARIA"
    assert r.document_number == "D23145890"
    assert r.nationality == "UTO"
    assert r.birth_date == "1974-08-12"
    assert r.sex == "F"
    assert r.expiry_date == "2012-04-15"
    assert r.optional_data == ""
    assert r.errors == []


def test_tolerates_whitespace_lower_case_and_blank_lines() -> None:
    messy = "\n   " + TD3.lower().replace("\n", "  \n\n\t ") + "   \n"
    assert parse_mrz(messy, today=TODAY) == parse_mrz(TD3, today=TODAY)


def test_tolerates_lost_line_breaks() -> None:
    assert parse_mrz(TD1.replace("\n", ""), today=TODAY).document_number == "D23145890"


def test_td3_broken_document_number_digit() -> None:
    r = parse_mrz(_replace(TD3, 1, 9, "7"), today=TODAY)
    assert "Неверная контрольная цифра номера документа" in r.errors
    assert "Неверная общая контрольная цифра" in r.errors
    assert r.surname == "ERIKSSON"  # data still returned for the officer to correct


def test_td3_altered_birth_date_fails_its_digit_and_composite() -> None:
    r = parse_mrz(_replace(TD3, 1, 18, "3"), today=TODAY)
    assert r.errors == [
        "Неверная контрольная цифра даты рождения",
        "Неверная общая контрольная цифра",
    ]
    assert r.birth_date == "1974-08-13"


@pytest.mark.parametrize(
    ("pos", "message"),
    [
        (27, "Неверная контрольная цифра даты окончания срока действия"),
        (42, "Неверная контрольная цифра дополнительных данных (личного номера)"),
        (43, "Неверная общая контрольная цифра"),
    ],
)
def test_td3_each_check_digit_is_checked(pos: int, message: str) -> None:
    broken = _replace(TD3, 1, pos, "5")
    assert message in parse_mrz(broken, today=TODAY).errors


@pytest.mark.parametrize(
    ("line", "pos", "message"),
    [
        (0, 14, "Неверная контрольная цифра номера документа"),
        (1, 6, "Неверная контрольная цифра даты рождения"),
        (1, 14, "Неверная контрольная цифра даты окончания срока действия"),
        (1, 29, "Неверная общая контрольная цифра"),
    ],
)
def test_td1_each_check_digit_is_checked(line: int, pos: int, message: str) -> None:
    broken = _replace(TD1, line, pos, "0")
    assert message in parse_mrz(broken, today=TODAY).errors


def test_td1_long_document_number_continues_in_optional_data() -> None:
    number = "D2314589012"
    tail = number[9:] + str(check_digit(number))
    line1 = ("I<UTO" + number[:9] + "<" + tail).ljust(30, "<")
    line2_body = "7408122F1204159UTO<<<<<<<<<<<"
    composite = check_digit(line1[5:30] + line2_body[0:7] + line2_body[8:15] + line2_body[18:29])
    text = "\n".join([line1, line2_body + str(composite), "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"])
    r = parse_mrz(text, today=TODAY)
    assert r.document_number == number
    assert r.errors == []


def test_birth_century_is_never_in_the_future() -> None:
    r = parse_mrz(TD3, today=date(1980, 1, 1))
    assert r.birth_date == "1974-08-12"
    # "24" is 2024 when that is already past, 1924 when it would be in the future.
    td3_2024 = _fix_td3_birth("240101")
    assert parse_mrz(td3_2024, today=TODAY).birth_date == "2024-01-01"
    assert parse_mrz(td3_2024, today=date(2023, 12, 31)).birth_date == "1924-01-01"


def _fix_td3_birth(yymmdd: str) -> str:
    """The TD3 specimen with another birth date and all check digits recomputed."""
    line2 = TD3.split("\n")[1]
    line2 = line2[:13] + yymmdd + str(check_digit(yymmdd)) + line2[20:43]
    composite = check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    return TD3.split("\n")[0] + "\n" + line2 + str(composite)


def test_unknown_birth_day_gives_partial_date() -> None:
    r = parse_mrz(_fix_td3_birth("7408<<"), today=TODAY)
    assert r.birth_date == "1974-08"
    assert r.errors == []


def test_impossible_birth_date_is_reported() -> None:
    r = parse_mrz(_fix_td3_birth("741332"), today=TODAY)
    assert r.birth_date is None
    assert "Некорректная дата рождения в MRZ" in r.errors


@pytest.mark.parametrize(("char", "sex"), [("M", "M"), ("F", "F"), ("<", None), ("X", None)])
def test_sex_values(char: str, sex: str | None) -> None:
    line2 = TD3.split("\n")[1]
    line2 = line2[:20] + char + line2[21:]
    r = parse_mrz(TD3.split("\n")[0] + "\n" + line2, today=TODAY)
    assert r.sex == sex
    # sex is outside every check digit, so no error appears
    assert r.errors == []


def test_germany_single_letter_code_becomes_deu() -> None:
    line1 = "P<D<<" + TD3.split("\n")[0][5:]
    line2 = TD3.split("\n")[1]
    line2 = line2[:10] + "D<<" + line2[13:]
    r = parse_mrz(line1 + "\n" + line2, today=TODAY)
    assert (r.issuing_state, r.nationality) == ("DEU", "DEU")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello world",
        TD3.split("\n")[0],
        TD3 + "\n" + TD3.split("\n")[0],
        TD3[:-1],  # 43 characters on line 2
        "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6",  # TD1 missing a line
    ],
)
def test_not_an_mrz(text: str) -> None:
    with pytest.raises(MrzError, match="не распознан как MRZ"):
        parse_mrz(text)


def test_forbidden_characters() -> None:
    with pytest.raises(MrzError, match="только латинские буквы"):
        parse_mrz(_replace(TD3, 0, 10, "-"))


def test_mrz_error_is_value_error() -> None:
    assert issubclass(MrzError, ValueError)


TD2 = "\n".join(
    [
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "D231458907UTO7408122F1204159<<<<<<<6",
    ]
)


def test_td2_specimen() -> None:
    """Issue 13.12: two lines of 36 (ICAO Doc 9303 Part 6 specimen)."""
    r = parse_mrz(TD2, today=TODAY)
    assert r.format == "TD2"
    assert r.document_code == "I"
    assert (r.surname, r.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert r.document_number == "D23145890"
    assert (r.nationality, r.issuing_state) == ("UTO", "UTO")
    assert (r.birth_date, r.sex, r.expiry_date) == ("1974-08-12", "F", "2012-04-15")
    assert r.errors == []
    assert parse_mrz(TD2.replace("\n", ""), today=TODAY) == r


@pytest.mark.parametrize(
    ("pos", "message"),
    [(9, "номера документа"), (19, "даты рождения"), (27, "даты окончания"), (35, "общая")],
)
def test_td2_each_check_digit_is_checked(pos: int, message: str) -> None:
    broken = _replace(TD2, 1, pos, "0" if TD2.split("\n")[1][pos] != "0" else "1")
    assert any(message in error for error in parse_mrz(broken, today=TODAY).errors)
