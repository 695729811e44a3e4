"""Lists and combos sort in the interface language's alphabetical order (issue 15): PySide6's
Qt has ICU, so Kazakh letters take their places in the Kazakh alphabet, Armenian ones in
Armenian order."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from migdesk.identity.countries import ICAO_SPECIAL_CODES, country_name
from migdesk.ui import i18n
from migdesk.ui.collation import collated
from migdesk.ui.country_combo import FREQUENT, ordered_codes


def test_kazakh_letters_sort_in_the_kazakh_alphabet(qapp: QApplication) -> None:
    # А Ә Б … Ғ … К Қ … Н Ң О Ө … У Ұ Ү … Х Һ … Ы І … Я
    words = [
        "Іле",
        "Ұлытау",
        "Үржар",
        "Һиджра",
        "Қостанай",
        "Кокшетау",
        "Ақтөбе",
        "Әйтеке",
        "Ғабит",
        "Гурьев",
        "Ңа",
        "Нура",
        "Өскемен",
        "Орал",
        "Ыбырай",
        "Хромтау",
        "Уил",
    ]
    assert collated(words, locale=QLocale("kk_KZ")) == [
        "Ақтөбе",
        "Әйтеке",
        "Гурьев",
        "Ғабит",
        "Кокшетау",
        "Қостанай",
        "Нура",
        "Ңа",
        "Орал",
        "Өскемен",
        "Уил",
        "Ұлытау",
        "Үржар",
        "Хромтау",
        "Һиджра",
        "Ыбырай",
        "Іле",
    ]


def test_armenian_letters_sort_in_armenian_order(qapp: QApplication) -> None:
    # Ա Բ Գ Դ Ե Զ Է Ը Թ … Ո Չ Պ Ջ Ռ Ս Վ Տ Ր Ց Ւ Փ Ք Օ Ֆ
    words = ["Ֆրանսիա", "Օշական", "Քաջարան", "Արարատ", "Բյուրեղավան", "Գյումրի", "Երևան"]
    assert collated(words, locale=QLocale("hy_AM")) == [
        "Արարատ",
        "Բյուրեղավան",
        "Գյումրի",
        "Երևան",
        "Քաջարան",
        "Օշական",
        "Ֆրանսիա",
    ]


def test_numbers_by_value_and_case_ignored(qapp: QApplication) -> None:
    assert collated(["10", "2", "б", "А"], locale=QLocale("ru_RU")) == ["2", "10", "А", "б"]


def test_country_combo_sorts_with_the_collator(qapp: QApplication) -> None:
    i18n.install_translators(qapp, "kk")
    try:
        assert QLocale().name() == "kk_KZ"
        rest = ordered_codes()[len(FREQUENT) + len(ICAO_SPECIAL_CODES) :]
        names = [country_name(code) for code in rest]
        assert names == collated(names)
        assert names != sorted(names)  # not Python's code-point order («Ё», spaces, hyphens)
    finally:
        i18n.install_translators(qapp, "ru")


def test_a_font_with_armenian_and_kazakh_letters_is_installed(qapp: QApplication) -> None:
    """Armenian needs glyphs the Russian interface never did (fonts-dejavu-core has them)."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    armenian = QFontDatabase.families(QFontDatabase.WritingSystem.Armenian)
    assert armenian, "no font with Armenian letters: install fonts-dejavu-core"
    covering = [
        family
        for family in armenian
        if all(QFontMetrics(QFont(family)).inFontUcs4(ord(ch)) for ch in "ԱաՖֆӘәҚқҰұҮүІі")
    ]
    assert covering, armenian
