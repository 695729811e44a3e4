from __future__ import annotations

import re

import pytest

from migdesk.identity.countries import COUNTRIES, country_name, is_valid_country


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("KAZ", "Казахстан"),
        ("ARM", "Армения"),
        ("RUS", "Россия"),
        ("KGZ", "Кыргызстан"),
        ("UZB", "Узбекистан"),
        ("TJK", "Таджикистан"),
        ("TKM", "Туркменистан"),
        ("AZE", "Азербайджан"),
        ("GEO", "Грузия"),
        ("BLR", "Беларусь"),
        ("UKR", "Украина"),
        ("MDA", "Молдова"),
        ("CHN", "Китай"),
        ("TUR", "Турция"),
        ("IRN", "Иран"),
        ("DEU", "Германия"),
        ("USA", "США"),
    ],
)
def test_names_of_main_partner_countries(code: str, name: str) -> None:
    assert country_name(code) == name


def test_all_iso_countries_and_icao_specials() -> None:
    assert len(COUNTRIES) == 249 + 4
    for code in ("XXA", "XXB", "XXC", "XXX"):
        assert code in COUNTRIES


def test_codes_are_three_latin_letters_with_cyrillic_names() -> None:
    for code, name in COUNTRIES.items():
        assert re.fullmatch(r"[A-Z]{3}", code), code
        assert re.search(r"[А-Яа-яЁё]", name), code


def test_names_are_unique() -> None:
    assert len(set(COUNTRIES.values())) == len(COUNTRIES)


def test_germany_is_deu_not_d() -> None:
    assert is_valid_country("DEU")
    assert not is_valid_country("D")
    assert not is_valid_country("D<<")


def test_icao_specials() -> None:
    assert country_name("XXA") == "Лицо без гражданства"
    assert "1951" in country_name("XXB")


def test_is_valid_country() -> None:
    assert is_valid_country("KAZ")
    assert is_valid_country(" arm ")
    assert not is_valid_country("")
    assert not is_valid_country("KZ")  # alpha-2 is not the MRZ form
    assert not is_valid_country("ZZZ")


def test_unknown_code_name_is_the_code_itself() -> None:
    assert country_name("ZZZ") == "ZZZ"
