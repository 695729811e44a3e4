"""Each user's interface language (issue 15): chosen in the main window, stored in the vault,
applied after every login — across a lock, another user's session and a new start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from migdesk.languages import LANG_ENV, MENU_TITLE, NATIVE_NAMES
from migdesk.office.users import UserService
from migdesk.ui import app, i18n, language_switch
from migdesk.vault import Vault, remember
from tests.conftest import ADMIN, PASSWORD

CLERK_PASSWORD = "front desk pass 123"


class _Logins:
    """Stands in for the unlock dialog: logs in whoever is next in :attr:`queue`."""

    queue: ClassVar[list[str]] = []

    def __init__(self, path: Path) -> None:
        self.path = path
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.vault: Vault | None = None

    def show_note(self, text: str) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        user = self.queue.pop(0)
        self.vault = Vault.open(self.path, user, PASSWORD if user == ADMIN else CLERK_PASSWORD)
        return QDialog.DialogCode.Accepted

    def deleteLater(self) -> None:
        self.user_edit.deleteLater()
        self.password_edit.deleteLater()


@pytest.fixture
def controller(
    gui_vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[app.Controller]:
    monkeypatch.delenv(LANG_ENV, raising=False)
    monkeypatch.setattr(remember, "forget_key", lambda _v, _u: None)
    monkeypatch.setattr(app, "UnlockDialog", _Logins)
    UserService(gui_vault).add("clerk", "officer", CLERK_PASSWORD)
    UserService(gui_vault).set_language("clerk", "ru")
    made = app.Controller(vault_path)
    yield made
    made._close_window_and_vault()
    language_switch.switch_language("ru")


def _file_menu(controller: app.Controller) -> str:
    assert controller.window is not None
    return controller.window.menuBar().actions()[0].text()


@pytest.mark.slow
def test_language_follows_the_user_across_lock_and_login(
    qtbot: QtBot, controller: app.Controller
) -> None:
    _Logins.queue = [ADMIN]
    assert controller.unlock()
    window = controller.window
    assert window is not None
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == MENU_TITLE)
    assert isinstance(menu, QMenu)
    names = [action.text() for action in menu.actions()]
    assert names == [NATIVE_NAMES[code] for code in ("ru", "kk", "hy", "en")]
    english = next(action for action in menu.actions() if action.text() == "English")
    english.trigger()
    assert _file_menu(controller) == "&File"
    assert english.isChecked()

    # Locked; the clerk (Russian) logs in, then the administrator again.
    _Logins.queue = ["clerk", ADMIN]
    window.lock()
    assert controller.vault is not None and controller.vault.user == "clerk"
    assert _file_menu(controller) == "&Файл"
    controller.window.lock()  # type: ignore[union-attr]
    assert controller.vault is not None and controller.vault.user == ADMIN
    assert _file_menu(controller) == "&File"

    # A new start: the program opens in Russian; the administrator's login brings English.
    controller._close_window_and_vault()
    language_switch.switch_language("ru")
    _Logins.queue = [ADMIN]
    assert controller.unlock()
    assert i18n.current_language() == "en"
    assert _file_menu(controller) == "&File"
    assert UserService(controller.vault).language(ADMIN) == "en"
