"""Validation of person JSON: what is refused (with the field named) and what only warns."""

from __future__ import annotations

from typing import Any

import pytest

from migdesk.errors import ValidationFailed
from migdesk.identity.iin import iin_with_check_digit
from migdesk.persons.codec import check_person
from tests.conftest import sample_person


def problems_of(raw: Any) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        check_person(raw)
    return caught.value.problems


@pytest.mark.parametrize(
    ("override", "path"),
    [
        ({"sex": "X"}, "sex"),
        ({"birth_date": "1985-13-01"}, "birth_date"),
        ({"birth_date": "31.02.1985"}, "birth_date"),
        ({"birth_date": "2999"}, "birth_date"),
        ({"citizenship": ["ZZZ"]}, "citizenship[0]"),
        ({"citizenship": ["kaz"]}, "citizenship[0]"),
        ({"surname_ru": "Тестoв"}, "surname_ru"),  # Latin "o" hidden in Cyrillic
        ({"surname_lat": "ТЕСТОВ"}, "surname_lat"),
        ({"documents": [{"kind": "passport"}]}, "documents[0].number"),
        ({"documents": [{"kind": "visa", "number": "1"}]}, "documents[0].kind"),
        ({"restrictions": [{"kind": "entry_ban"}]}, "restrictions[0].grounds"),
        ({"unknown_field": 1}, ""),
    ],
)
def test_bad_field_is_named(override: dict[str, Any], path: str) -> None:
    problems = problems_of(sample_person(**override))
    assert path in problems, problems
    assert all(message and message.isascii() is False for message in problems.values())


def test_validity_period_must_not_end_before_it_starts() -> None:
    permit = {"kind": "temporary_residence", "valid_from": "2024-05-01", "valid_until": "2023"}
    assert "residence_permits[0].valid_until" in problems_of(
        sample_person(residence_permits=[permit])
    )


def test_future_validity_end_is_allowed_but_future_birth_is_not() -> None:
    checked = check_person(
        sample_person(
            restrictions=[
                {
                    "kind": "entry_ban",
                    "valid_from": "2025-01-01",
                    "valid_until": "2030-01-01",
                    "grounds": "решение суда (тест)",
                },
            ]
        )
    )
    assert checked.data["restrictions"][0]["valid_until"] == "2030-01-01"
    assert "birth_date" in problems_of(sample_person(birth_date="2100-01-01"))


def test_either_russian_or_latin_surname_is_enough() -> None:
    checked = check_person({"surname_lat": "SMITH", "given_name_lat": "JOHN"})
    assert checked.data["surname_ru"] is None
    assert "surname_ru" in problems_of({"given_name_ru": "Иван"})


def test_partial_and_russian_dates_are_normalised() -> None:
    assert check_person(sample_person(birth_date="1985")).data["birth_date"] == "1985"
    assert check_person(sample_person(birth_date="1985-04")).data["birth_date"] == "1985-04"
    # The schema takes ISO forms; Russian ДД.ММ.ГГГГ is refused at the schema level with
    # the field named, because interchange JSON must be unambiguous.
    assert "birth_date" in problems_of(sample_person(birth_date="12.04.1985"))


@pytest.mark.parametrize(
    ("override", "path"),
    [
        ({"birth_date": "31.02.1980"}, "birth_date"),
        ({"documents": [{"kind": "passport", "number": "N1", "issued_on": "01.02.2020"}]},
         "documents[0].issued_on"),
    ],
)  # fmt: skip
def test_a_date_typed_as_on_paper_is_told_the_form_wanted(
    override: dict[str, Any], path: str
) -> None:
    """Not just «неверный формат значения»: the officer is told to type ГГГГ-ММ-ДД."""
    assert "ГГГГ-ММ-ДД" in problems_of(sample_person(**override))[path]


def test_kazakh_letters_transliterate_for_latin_fields() -> None:
    checked = check_person(sample_person(surname_ru="Құрманғазиев", given_name_ru="Әсел"))
    assert checked.data["surname_lat"] == "KURMANGAZIEV"
    assert checked.data["given_name_lat"] == "ASEL"


def test_officer_latin_override_is_kept() -> None:
    checked = check_person(sample_person(surname_ru="Тестов", surname_lat="TESTOFF"))
    assert checked.data["surname_lat"] == "TESTOFF"


def test_wrong_iin_check_digit_warns_but_saves() -> None:
    valid = iin_with_check_digit("85041230001")
    assert valid is not None
    wrong = valid[:-1] + str((int(valid[-1]) + 1) % 10)
    checked = check_person(sample_person(personal_number=wrong))
    assert checked.data["personal_number_kind"] == "KZ_IIN"
    assert any("контрольн" in w for w in checked.warnings)
    assert check_person(sample_person(personal_number=valid)).warnings == []


def test_iin_that_contradicts_birth_date_warns() -> None:
    valid = iin_with_check_digit("90010130001")
    assert valid is not None
    checked = check_person(sample_person(personal_number=valid, birth_date="1985-04-12"))
    assert any("дата рождения" in w for w in checked.warnings)


def test_media_checksum_must_match() -> None:
    photo = {"mime": "image/png", "data_base64": "iVBORw0KGgo=", "sha256": "0" * 64}
    assert "photos[0]" in problems_of(sample_person(photos=[photo]))
    photo.pop("sha256")
    assert len(check_person(sample_person(photos=[photo])).data["photos"][0]["sha256"]) == 64


@pytest.mark.parametrize("latin", ["O’BRIEN", "O‘BRIEN", "OʼBRIEN", "O`BRIEN", "O´BRIEN"])
def test_a_typographic_apostrophe_in_a_latin_name_is_the_apostrophe(latin: str) -> None:
    """Word and phone keyboards type ’: it was refused as «only … and apostrophe»."""
    checked = check_person(sample_person(surname_ru="О’Брайен", surname_lat=latin))
    assert checked.data["surname_lat"] == "O'BRIEN"
    assert checked.data["surname_ru"] == "О'Брайен"


def test_uzbek_okina_and_a_dash_in_a_double_surname_become_plain_marks() -> None:
    checked = check_person(
        sample_person(
            surname_ru="Иванова–Петрова",  # en dash
            surname_lat="IVANOVA—PETROVA",  # em dash
            given_name_ru="Ўктам",
            given_name_lat="Oʻktam".upper(),  # Uzbek Latin o' is U+02BB
        )
    )
    assert checked.data["surname_ru"] == "Иванова-Петрова"
    assert checked.data["surname_lat"] == "IVANOVA-PETROVA"
    assert checked.data["given_name_lat"] == "O'KTAM"


def test_a_dash_in_a_russian_double_surname_keeps_it_in_the_derived_latin() -> None:
    checked = check_person(sample_person(surname_ru="Иванова‑Петрова"))  # non-breaking hyphen
    assert checked.data["surname_lat"] == "IVANOVA-PETROVA"


def test_a_document_issued_before_the_birth_warns_naming_it() -> None:
    """A mistyped year (1980 for 2019) was stored without a word."""
    document = {**sample_person()["documents"][0], "issued_on": "1980-03-01"}
    checked = check_person(sample_person(birth_date="1985-04-12", documents=[document]))
    assert checked.warnings == ["Документы № 1: дата выдачи — раньше даты рождения"]


def test_dates_before_birth_compare_as_ranges_when_partial() -> None:
    document = {**sample_person()["documents"][0], "issued_on": "1985-02"}
    assert check_person(sample_person(birth_date="1985", documents=[document])).warnings == []
    assert check_person(sample_person(birth_date="1985-04", documents=[document])).warnings
    assert check_person(sample_person(birth_date=None, documents=[document])).warnings == []


def test_a_registration_dated_before_birth_warns() -> None:
    registration = {"kind": "stay", "country": "KAZ", "address": "г. Астана", "valid_from": "1984"}
    checked = check_person(sample_person(birth_date="1985-04-12", registrations=[registration]))
    assert checked.warnings == ["Учёт (регистрация) № 1: действует с — раньше даты рождения"]


def test_a_cyrillic_look_alike_in_a_latin_name_is_named() -> None:
    """«IVАNOVA» with a Cyrillic А was told «only A–Z…»: the officer saw only A–Z."""
    problems = problems_of(sample_person(surname_lat="IVАNОVA"))  # Cyrillic А and О
    assert problems["surname_lat"] == (
        "латинское написание содержит кириллические буквы «А», «О»: проверьте раскладку клавиатуры"
    )
    assert "A–Z" in problems_of(sample_person(surname_lat="IVANOVA2"))["surname_lat"]


def test_a_latin_look_alike_in_a_russian_name_is_named() -> None:
    problems = problems_of(sample_person(surname_ru="Ивaнова"))  # Latin a
    assert problems["surname_ru"] == (
        "русское написание содержит латинские буквы «a»: проверьте раскладку клавиатуры"
    )
