"""Alt+letter opens one menu in every language: the accelerators (&) of the menu bar, and of
the items of each menu, never share a letter. Each translator picks its own letter (Kazakh
«А&лмасу» beside «&Анықтама» and «А&нықтамалықтар»), so a collision shows only in a language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from migdesk.languages import LANGUAGES
from migdesk.ui import i18n
from migdesk.ui.main_window import MainWindow
from migdesk.vault import Vault

MNEMONIC = re.compile(r"&(?!&)(\S)")


def shared_letters(texts: list[str]) -> list[str]:
    """The accelerator letters that more than one of ``texts`` claims."""
    letters = Counter(m.group(1).lower() for t in texts if (m := MNEMONIC.search(t)))
    return sorted(letter for letter, count in letters.items() if count > 1)


def test_the_check_finds_two_menus_on_one_letter() -> None:
    assert shared_letters(["&Файл", "&Анықтама", "А&лмасу"]) == []
    assert shared_letters(["&Файл", "&Анықтама", "&Алмасу", "Язык"]) == ["а"]
    assert shared_letters(["&Save && close", "&Send"]) == ["s"]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)
    i18n.install_translators(qapp, "ru")


def _texts(actions: list[QAction]) -> list[str]:
    return [action.text() for action in actions if not action.isSeparator()]


def test_no_two_menus_or_items_share_an_accelerator(
    qtbot: QtBot, gui_vault: Vault, language: str
) -> None:
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    bar = window.menuBar().actions()
    assert [t for t in _texts(bar) if MNEMONIC.search(t)], "no accelerator at all"
    assert bar[0].text() == QCoreApplication.translate("MainWindow", "&Файл")  # in `language`
    shared = {"menu bar": shared_letters(_texts(bar))}
    for action in bar:
        menu = action.menu()
        if isinstance(menu, QMenu):
            shared[action.text()] = shared_letters(_texts(menu.actions()))
    assert not any(shared.values()), f"{language}: {shared}"
