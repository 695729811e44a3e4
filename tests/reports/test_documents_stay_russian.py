"""Documents stay Russian whatever the interface language (Article 15, issue 15): a letter
rendered while the interface speaks Kazakh, Armenian or English is Russian, with Russian
labels."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from migdesk.atomic import write_atomic
from migdesk.languages import LANG_ENV
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.gost_layout import render
from migdesk.ui import i18n, language_switch
from tests.reports.doc_world import World, pdf_text

KAZAKH_ONLY = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
ARMENIAN = re.compile("[\u0531-\u058f]")


@pytest.fixture
def interface(qapp: QApplication) -> Iterator[None]:
    yield
    language_switch.switch_language("ru")


def _letter(world: World, tmp_path: Path, kind: str) -> str:
    document = DocumentService(world.vault).build(kind, world.refused, BuildOptions())
    path = tmp_path / f"{kind}.pdf"
    write_atomic(path, render(document).pdf)
    return " ".join(pdf_text(path).split())


@pytest.mark.parametrize("lang", ["kk", "hy", "en"])
def test_letter_is_russian_in_any_interface_language(
    world: World,
    tmp_path: Path,
    lang: str,
    interface: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "ru").mkdir()
    russian = _letter(world, tmp_path / "ru", "refusal")
    language_switch.switch_language(lang)
    monkeypatch.setenv(LANG_ENV, lang)  # the CLI's and the services' language too
    assert i18n.current_language() == lang
    text = _letter(world, tmp_path, "refusal")
    assert text == russian
    assert "может нанести ущерб безопасности" in text
    assert not KAZAKH_ONLY.search(text)
    assert not ARMENIAN.search(text)
    assert not re.search("[A-Za-z]{4,}", text), text
    for label in ("Для служебного пользования", "Экз. №", "Об отказе в исполнении запроса"):
        assert label in text
