"""One Russian term, one Kazakh and one Armenian term: a string of the interface that occurs in
several windows is translated the same way in each, so the officer never wonders whether
«Қолданылады» in the card and «Қолданылу басы» in the registries are the same date."""

from __future__ import annotations

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
