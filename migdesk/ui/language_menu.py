"""«Язык · Тіл · Լեզու · Language»: the interface language, per user (issue 15).

The menu's title and the language names are the same in every language (each language named
in itself), so whoever cannot read the current one still finds theirs. The choice is stored
for the user in the vault and applied right after each login.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from migdesk.errors import MigDeskError
from migdesk.languages import LANGUAGES, MENU_TITLE, NATIVE_NAMES, override
from migdesk.office.users import UserService
from migdesk.ui import i18n, language_switch, messages
from migdesk.ui.tasks import BackgroundOp
from migdesk.vault import Vault


def apply_user_language(vault: Vault) -> None:
    """After login: the user's own language, unless $MIGDESK_LANG decides for everyone. A
    user who never chose one keeps what the unlock window showed."""
    if override() is not None:
        return
    try:
        chosen = UserService(vault).language(vault.user)
    except MigDeskError:
        return  # e.g. a user row missing after a restore: the current language stays
    if chosen and chosen != i18n.current_language():
        language_switch.switch_language(chosen)


def language_actions(parent: QWidget) -> QActionGroup:
    """One checkable action per language; the current one checked."""
    group = QActionGroup(parent)
    group.setExclusive(True)
    for code in LANGUAGES:
        action = QAction(NATIVE_NAMES[code], group)
        action.setCheckable(True)
        action.setData(code)
        action.setChecked(code == i18n.current_language())
    return group


def _not_kept(window: QWidget, exc: BaseException) -> None:
    messages.show_error(window, messages.error_text(exc))


class LanguageMenu:
    """The main window's language menu: switches now and remembers it for the user."""

    def __init__(self, window: QMainWindow, vault: Vault) -> None:
        self.window = window
        self.vault = vault
        self.menu = QMenu(MENU_TITLE, window)
        self.group = language_actions(window)
        self.menu.addActions(self.group.actions())
        self.group.triggered.connect(self._chosen)
        bar = window.menuBar()
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], self.menu)  # «Справка» stays last
        else:
            bar.addMenu(self.menu)

    def choose(self, code: str) -> None:
        language_switch.switch_language(code)
        for action in self.group.actions():
            action.setChecked(action.data() == code)
        # Kept for next time on a worker, in order with the window's other writes: it waits
        # for the write lock an index upkeep step may hold (#17); the vault closes after it.
        # A failure: switched for now, but not kept.
        vault, user, window = self.vault, self.vault.user, self.window
        (
            BackgroundOp(window, lambda _ctx: UserService(vault).set_language(user, code))
            .in_order()
            .on_failure(partial(_not_kept, window))
            .run()
        )

    def _chosen(self, action: QAction) -> None:
        self.choose(str(action.data()))
