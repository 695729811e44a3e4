"""Properties of the parsers that read what others typed or scanned: MRZ, IIN, Armenian
personal numbers, partial dates, transliteration. Any input ends in a result or the
parser's own named error, never a crash; what is built valid parses back to itself."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from migdesk.identity.iin import check_am_psn, check_iin, iin_with_check_digit
from migdesk.identity.mrz import MrzError, check_digit, parse_mrz
from migdesk.identity.partial_date import (
    PartialDateError,
    format_partial_date_ru,
    parse_partial_date,
    partial_date_range,
)
from migdesk.identity.translit import fold, to_latin, to_latin_variants
from tests.properties.budget import PROPERTY

TODAY = date(2026, 6, 1)
MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
mrz_line = st.text(alphabet=MRZ_ALPHABET, min_size=0, max_size=46)
anything = st.text(max_size=200)


@PROPERTY
@given(st.one_of(anything, st.lists(mrz_line, min_size=1, max_size=4).map("\n".join)))
def test_mrz_any_text_is_a_result_or_mrz_error(text: str) -> None:
    try:
        result = parse_mrz(text, today=TODAY)
    except MrzError as exc:
        assert str(exc)
        return
    assert result.format in ("TD1", "TD3")
    assert result.valid == (not result.errors)


def _field(size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=size, max_size=size)


@PROPERTY
@given(
    number=_field(9),
    surname=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=15),
    given_name=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=15),
    born=st.dates(date(1930, 1, 1), date(2020, 12, 31)),
    expires=st.dates(date(2027, 1, 1), date(2049, 12, 31)),
    sex=st.sampled_from("MF"),
)
def test_mrz_td3_built_valid_parses_back(
    number: str, surname: str, given_name: str, born: date, expires: date, sex: str
) -> None:
    names = f"{surname}<<{given_name}".ljust(39, "<")[:39]
    line1 = f"P<KAZ{names}"
    birth, expiry = born.strftime("%y%m%d"), expires.strftime("%y%m%d")
    optional = "<" * 14
    body = (
        f"{number}{check_digit(number)}KAZ{birth}{check_digit(birth)}{sex}"
        f"{expiry}{check_digit(expiry)}{optional}{check_digit(optional)}"
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    line2 = f"{body}{check_digit(composite)}"
    assert len(line1) == 44 and len(line2) == 44
    result = parse_mrz(f"{line1}\n{line2}", today=TODAY)
    assert result.valid, result.errors
    assert (result.surname, result.given_names) == (surname, given_name)
    assert result.document_number == number and result.sex == sex
    assert result.birth_date == born.isoformat() and result.expiry_date == expires.isoformat()
    # A first character one value off (weight 7: never a multiple of 10) is caught.
    values = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    other = values[(values.index(number[0]) + 1) % len(values)]
    changed = other + line2[1:]
    assert not parse_mrz(f"{line1}\n{changed}", today=TODAY).valid


@PROPERTY
@given(st.one_of(anything, st.text(alphabet="0123456789 -", max_size=16)))
def test_iin_and_am_psn_any_text_is_a_verdict(text: str) -> None:
    for check in (check_iin(text, today=TODAY), check_am_psn(text)):
        assert check.valid or check.message


@PROPERTY
@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_iin_check_digit_is_what_check_iin_expects(first11: str) -> None:
    iin = iin_with_check_digit(first11)
    if iin is None:
        return
    verdict = check_iin(iin, today=TODAY)
    # A valid check digit leaves only the birth date / century digit to refuse.
    assert verdict.valid or "контрольн" not in (verdict.message or "").lower()
    other = iin[:11] + str((int(iin[11]) + 1) % 10)
    assert not check_iin(other, today=TODAY).valid


@PROPERTY
@given(anything)
def test_partial_date_any_text_is_a_date_or_named_error(text: str) -> None:
    try:
        value = parse_partial_date(text, today=TODAY)
    except PartialDateError as exc:
        assert str(exc)
        return
    low, high = partial_date_range(value)
    assert low <= high
    assert parse_partial_date(value, today=TODAY) == value  # canonical is a fixed point
    assert format_partial_date_ru(value)


@PROPERTY
@given(st.dates(date(1900, 1, 1), TODAY), st.integers(0, 2))
def test_partial_date_canonical_forms_round_trip(day: date, precision: int) -> None:
    value = day.isoformat()[: (4, 7, 10)[precision]]
    assert parse_partial_date(value, today=TODAY) == value
    low, high = partial_date_range(value)
    assert low <= day <= high


@PROPERTY
@given(anything)
def test_transliteration_is_total_and_fold_is_idempotent(text: str) -> None:
    latin = to_latin(text)
    assert isinstance(latin, str)
    assert all(isinstance(v, str) for v in to_latin_variants(text))
    assert fold(fold(text)) == fold(text)


@PROPERTY
@given(st.text(alphabet="АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя -"))
def test_cyrillic_names_become_plain_latin(text: str) -> None:
    assert to_latin(text).isascii()
