"""Keyboard (issue 13.16): Ctrl+F finds, Ctrl+S saves a request, Esc closes windows, Tab
goes through the Russian names before the Latin ones, a step dialog starts where typing does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.ui.main_window import MainWindow
from migdesk.ui.person_form import PersonForm
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.ui.requests.step_dialogs import StepDialog
from migdesk.vault import Vault
from tests.support.gui import present


def test_ctrl_f_opens_the_registry_search(qtbot: QtBot, gui_vault: Vault) -> None:
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert window.search_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.search_action.trigger()
    assert window.requests.tabs.currentWidget() is window.registry
    qtbot.waitUntil(lambda: window.registry.search_edit.hasFocus(), timeout=2_000)


def test_escape_closes_the_request_window(qtbot: QtBot, demo_vault: Vault) -> None:
    gui_vault = demo_vault  # with the signed demo requests
    service = RequestService(gui_vault)
    window = RequestWindow(service, service.list()[0].id)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_tab_goes_down_the_russian_names_then_the_latin(qtbot: QtBot, gui_vault: Vault) -> None:
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    form.show()
    edits = form.main_tab.edits
    order = ["surname_ru", "given_name_ru", "patronymic_ru", "surname_lat", "given_name_lat"]
    watched = {id(edits[name]): name for name in [*order, "patronymic_lat"]}
    seen: list[str] = []
    widget: QWidget = edits["surname_ru"]
    while len(seen) < len(order) - 1:
        widget = present(widget.nextInFocusChain())
        if id(widget) in watched:
            seen.append(watched[id(widget)])
    assert seen == order[1:]


def test_step_dialog_puts_the_cursor_where_typing_starts(qtbot: QtBot, demo_vault: Vault) -> None:
    gui_vault = demo_vault  # with the signed demo requests
    service = RequestService(gui_vault)
    view = next(v for v in service.list() if v.direction == "incoming" and v.state == "in_work")
    window = RequestWindow(service, view.id)
    window.show()
    dialog = window.open_step("answer")
    assert isinstance(dialog, StepDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2_000)
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
    assert QApplication.focusWidget() is not dialog.on_edit
    dialog.reject()
