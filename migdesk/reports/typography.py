"""Non-breaking spaces of Russian office typography (GOST R 7.0.97, set by hand in Word):
«№» stays with its number, an abbreviation or the word with the number it counts («ст. 5»,
«статьи 10», «1 л.», «2 экз.»), initials with the surname, «от» with its date, a short
preposition or conjunction with the next word, and digit groups together.

Applied only when a document is laid out: the document's content (and its hash) keeps
ordinary spaces."""

from __future__ import annotations

import re

NBSP = "\u00a0"

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # «№ 12-3/45», «Экз. № 1», «№№ 8–11»
    (re.compile(r"(№+) +(?=\S)"), r"\1" + NBSP),
    # «ст. 5», «п. 1», «подп. 3», «абз. 2», «ч. 1», «г. Астана», «тел. 8 …»
    (
        re.compile(r"(?<![\w.])(ст|п|подп|абз|ч|гл|г|д|ул|тел|стр|рис|т)\. +(?=\S)"),
        r"\1." + NBSP,
    ),
    # The same written out: «статьи 10», «пункта 4», «подпункт 1», «части 2», «главы 3»
    # (only before a number: «пункт обращения» wraps as any words do)
    (
        re.compile(
            r"(?<!\w)((?:под)?пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?|"
            r"стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|част(?:ь|и|ью|ям|ями|ях)|"
            r"глав(?:а|ы|е|у|ой)|абзац(?:а|у|ем|е)?) +(?=\d)",
            re.IGNORECASE,
        ),
        r"\1" + NBSP,
    ),
    # «на 1 л.», «в 2 экз.», «30 календарных дней» stays breakable; units stay with the number
    (re.compile(r"(\d) +(?=(л|экз|г|мм|пт|стр)\.)"), r"\1" + NBSP),
    # «от 05.03.2025»
    (re.compile(r"(?<!\w)от +(?=\d{2}\.\d{2}\.\d{4})"), "от" + NBSP),
    # A short preposition or conjunction never ends a line: «с 01.02.2024 по 01.08.2024»,
    # «в сфере», «и в работе» (not in «из-за», not after a letter)
    (
        re.compile(
            r"(?<![\w\-])(в|во|с|со|к|ко|о|об|обо|у|и|а|но|да|по|на|за|из|до|от|не|ни) +(?=\S)",
            re.IGNORECASE,
        ),
        r"\1" + NBSP,
    ),
    # digit groups «1 000 000»
    (re.compile(r"(?<=\d) (?=\d{3}(?!\d))"), NBSP),
    # initials before the surname «Т.Т. Подписантов», «А. Иванов» and after it
    (re.compile(r"(?<!\w)((?:[А-ЯЁA-Z]\.){1,2}) +(?=[А-ЯЁA-Z][а-яёa-z])"), r"\1" + NBSP),
    (re.compile(r"(?<=[а-яёa-z]) +(?=(?:[А-ЯЁA-Z]\.){1,2}(?!\w))"), NBSP),
)


def nbsp(text: str) -> str:
    """``text`` with the non-breaking spaces Russian typography requires."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
