"""Alt+letter in the windows an officer types in, in every language (session 18 checked the
main window's menus): no two buttons, tabs or labelled fields of one window claim the same
letter, and no text shows a literal «&» (a menu's «&Файл» reused in a label or a title, or
a button text whose «&» Qt would take for an accelerator)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from migdesk.languages import LANGUAGES
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.ui import language_switch
from migdesk.ui.person_form import PersonForm
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.ui.requests.step_dialogs import StepDialog
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault
from tests.ui.test_ui_menu_accelerators import shared_letters

# «&» that is neither an accelerator before a letter or digit nor an escaped «&&».
LONE_AMPERSAND = re.compile(r"(?<!&)&(?![&\w])")
MNEMONIC = re.compile(r"(?<!&)&(?=\w)")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    language_switch.switch_language(request.param)
    yield request.param
    language_switch.switch_language("ru")


def _claims(window: QWidget) -> tuple[list[str], list[str]]:
    """(texts that take an accelerator, texts shown as they are) of the window's widgets."""
    keyed: list[str] = []
    plain: list[str] = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton):
            keyed.append(widget.text())
        elif isinstance(widget, QTabBar):
            keyed.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QLabel):
            (keyed if widget.buddy() is not None else plain).append(widget.text())
        elif isinstance(widget, QGroupBox):
            plain.append(widget.title())
    return keyed, plain


def _check(window: QWidget) -> None:
    keyed, plain = _claims(window)
    assert shared_letters(keyed) == []
    assert [t for t in keyed if LONE_AMPERSAND.search(t)] == []
    assert [t for t in plain if MNEMONIC.search(t)] == []  # would show «&» itself


def test_the_check_finds_a_literal_ampersand() -> None:
    assert LONE_AMPERSAND.search("Сохранить & закрыть")
    assert not LONE_AMPERSAND.search("&Сохранить && закрыть")
    assert MNEMONIC.search("&Файл") and not MNEMONIC.search("A && B")


def test_typing_windows_keep_their_accelerators_apart(
    qtbot: QtBot, demo_vault: Vault, language: str
) -> None:
    unlock = UnlockDialog(demo_vault.path)
    qtbot.addWidget(unlock)
    _check(unlock)
    form = PersonForm(PersonService(demo_vault))
    qtbot.addWidget(form)
    _check(form)
    service = RequestService(demo_vault)
    view = next(v for v in service.list() if v.direction == "incoming" and v.state == "in_work")
    window = RequestWindow(service, view.id)
    qtbot.addWidget(window)
    window.show()
    _check(window)
    for action in ("refuse", "postpone", "answer"):
        dialog = window.open_step(action)
        assert isinstance(dialog, StepDialog)
        _check(dialog)
        dialog.reject()
