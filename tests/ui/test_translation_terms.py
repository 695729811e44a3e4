"""One Russian term, one Kazakh and one Armenian term: a string of the interface that occurs in
several windows is translated the same way in each, so the officer never wonders whether
«Қолданылады» in the card and «Қолданылу басы» in the registries are the same date."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from tests.ui.test_translations_complete import TRANSLATIONS, _entries

# (language, Russian source, context): a translation that differs on purpose, and why.
ON_PURPOSE = {
    # «Отчёт за месяцы с [01.2026] по [12.2026]»: Kazakh puts the range as «01.2026 — 12.2026».
    ("kk", "по", "ReportPanel"),
}


@pytest.mark.parametrize("lang", ["kk", "hy"])
def test_a_string_in_several_windows_is_translated_alike(lang: str) -> None:
    seen: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for entry in _entries(TRANSLATIONS / f"migdesk_{lang}.ts"):
        if entry.kind is None and (lang, entry.source, entry.context) not in ON_PURPOSE:
            seen[entry.source][" / ".join(entry.texts)].append(entry.context)
    differing = {source: dict(texts) for source, texts in seen.items() if len(texts) > 1}
    assert not differing, differing


# (language, context, translation): different strings of one window that may read alike.
ALIKE_ON_PURPOSE = {
    # «Отказать» (the button) and «отказ» (the answer's kind): Kazakh's verbal noun is both.
    ("kk", "AnswerDialog", "бас тарту"),
    # «Прекратить полномочия…» (the button) and «Прекращение полномочий» (its dialog's title).
    ("kk", "SignatoriesTab", "өкілеттіктерді тоқтату"),
}
UNIT_TAIL = re.compile(r",\s*\w+\s*:?$")  # «Срок хранения, лет:» is the term «Срок хранения»


def _term(text: str) -> str:
    return UNIT_TAIL.sub("", text.strip()).rstrip(":…").strip().lower()


@pytest.mark.parametrize("lang", ["kk", "hy"])
def test_two_strings_of_one_window_never_read_alike(lang: str) -> None:
    """In the Kazakh retention list «Хранить до» (a date) read «Сақтау мерзімі», the words
    the same window uses for «Срок хранения, лет» (a number of years)."""
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in _entries(TRANSLATIONS / f"migdesk_{lang}.ts"):
        if entry.kind is None and len(entry.texts) == 1:
            sources[(entry.context, _term(entry.texts[0]))].add(_term(entry.source))
    alike = {
        key: names
        for key, names in sources.items()
        if len(names) > 1 and (lang, *key) not in ALIKE_ON_PURPOSE
    }
    assert not alike, alike


def test_english_quotes_in_english() -> None:
    """«ёлочки» are Russian (and Kazakh, Armenian) quotes; English uses “…” (the deadline
    banner said «Signatories and blanks»)."""
    texts = [t for e in _entries(TRANSLATIONS / "migdesk_en.ts") for t in e.texts]
    po = (TRANSLATIONS / "messages" / "en.po").read_text(encoding="utf-8").splitlines()
    texts += [line for line in po if line.startswith("msgstr")]
    assert not [t for t in texts if "«" in t or "»" in t]
