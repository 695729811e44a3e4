"""Transliteration and search folding; names are synthetic or common dictionary words."""

from __future__ import annotations

import pytest

from migdesk.identity.translit import fold, has_cyrillic, to_latin, to_latin_variants


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Иванов", "IVANOV"),
        ("Щукин", "SHCHUKIN"),
        ("Юлия", "IULIIA"),
        ("Ёлкин", "ELKIN"),
        ("Яковлев", "IAKOVLEV"),
        ("Хабаров", "KHABAROV"),
        ("Цой", "TSOI"),
        ("Объедков", "OBIEEDKOV"),  # Ъ → IE
        ("Ильич", "ILICH"),  # Ь dropped
        ("Жанна", "ZHANNA"),
        ("Чайкин", "CHAIKIN"),
        ("Шишкин", "SHISHKIN"),
        ("Эмма", "EMMA"),
        ("Быков", "BYKOV"),
    ],
)
def test_russian_letters_follow_icao(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Қасымов", "KASYMOV"),
        ("Әлия", "ALIIA"),
        ("Ғалым", "GALYM"),
        ("Ұлан", "ULAN"),
        ("Өмір", "OMIR"),
        ("Ірина", "IRINA"),
        ("Үміт", "UMIT"),
        ("Таңат", "TANAT"),
        ("Һамит", "HAMIT"),
        ("ЖҰМАБЕК", "ZHUMABEK"),
        ("Жұмабек", "ZHUMABEK"),
    ],
)
def test_kazakh_letters_use_documented_table(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


def test_every_kazakh_letter_maps_in_both_cases() -> None:
    letters = "ӘҒҚҢӨҰҮҺІ"
    assert to_latin(letters) == "AGKNOUUHI"
    assert to_latin(letters.lower()) == "AGKNOUUHI"


def test_empty_string() -> None:
    assert to_latin("") == ""


def test_spaces_and_hyphens_kept_other_characters_dropped() -> None:
    assert to_latin("Анна-Мария  Петрова") == "ANNA-MARIIA PETROVA"
    assert to_latin(" Тест, (тест) 2 ") == "TEST TEST"
    assert to_latin("D'Artagnan") == "DARTAGNAN"


def test_latin_input_is_upper_cased_without_diacritics() -> None:
    assert to_latin("Renée Müller") == "RENEE MULLER"


def test_output_is_mrz_safe_for_mixed_text() -> None:
    result = to_latin("Ақжол-Ёжиков Ъ ь № 5 ж.")
    assert set(result) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ -")


def test_variants_start_with_icao_and_cover_common_spellings() -> None:
    variants = to_latin_variants("Яковлев")
    assert variants[0] == "IAKOVLEV"
    assert "YAKOVLEV" in variants


def test_variants_are_unique_and_upper_case() -> None:
    variants = to_latin_variants("Юлия Ёлкина")
    assert len(variants) == len(set(variants))
    assert all(v == v.upper() for v in variants)
    assert "YULIYA YOLKINA" in variants
    assert variants[0] == "IULIIA ELKINA"


def test_variants_collapse_when_schemes_agree() -> None:
    assert to_latin_variants("Иванов") == ["IVANOV"]
    assert to_latin_variants("") == []


def test_fold_replaces_yo_and_lowers() -> None:
    assert fold("ЁЛКИН") == "елкин"
    assert fold("Ёлкин") == fold("елкин")


def test_fold_keeps_short_i() -> None:
    assert fold("Иван  Й") == "иван й"
    assert fold("Йошкин Кайрат") == "йошкин кайрат"
    # A decomposed й (и + combining breve) still folds to the single letter.
    assert fold("\u0438\u0306") == "й"


def test_fold_strips_latin_diacritics_and_whitespace() -> None:
    assert fold("  Élodie\t\nMÜLLER  ") == "elodie muller"


def test_fold_applies_nfkc() -> None:
    assert fold("ＡＢＣ") == "abc"  # full-width letters


def test_fold_keeps_kazakh_letters() -> None:
    assert fold("ҚАСЫМОВ Әлия") == "қасымов әлия"


def test_has_cyrillic() -> None:
    assert has_cyrillic("Ivanov Иван")
    assert has_cyrillic("Қ")
    assert not has_cyrillic("IVANOV")
    assert not has_cyrillic("")
