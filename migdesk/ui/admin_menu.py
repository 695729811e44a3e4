"""The «Администрирование» menu, «Сменить пароль…» in «Файл», and the backup reminder.

Actions the user's roles do not allow are shown disabled (the domain refuses them anyway).
Each window opens once; asking again brings it to the front. They are children of the main
window, so locking closes them with it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSpinBox,
    QWidget,
)

from migdesk.office import session_policy
from migdesk.office.access import Access
from migdesk.office.users import UserService
from migdesk.ui.backup_action import BackupDialog, reminder_text
from migdesk.ui.dialog_save import save_then_close
from migdesk.ui.number_setting import lay_out_number_setting
from migdesk.ui.widgets import WARNING_STYLE
from migdesk.vault import Vault

if TYPE_CHECKING:
    # Loaded when first opened, not at start (#17: cold start).
    from migdesk.ui.audit_window import AuditWindow
    from migdesk.ui.retention_window import RetentionWindow
    from migdesk.ui.user_edit_dialogs import PasswordDialog
    from migdesk.ui.users_dialog import UsersDialog

W = TypeVar("W", bound=QWidget)


class IdleLockDialog(QDialog):
    """The vault's idle time before the automatic lock (administrators)."""

    save_finished = Signal(bool)  # a save started by ``save`` has ended: saved or not

    def __init__(
        self, vault: Vault, applied: Callable[[int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._applied = applied
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(
            session_policy.MIN_IDLE_LOCK_MINUTES, session_policy.MAX_IDLE_LOCK_MINUTES
        )
        self.minutes_spin.setValue(session_policy.idle_lock_minutes(vault))
        self.save_button, self.error = lay_out_number_setting(
            self,
            title=self.tr("Автоматическая блокировка"),
            hint=self.tr(
                "Хранилище блокируется, когда за это время не было ни нажатий клавиш, ни "
                "действий мышью, а также при блокировке экрана компьютера. Открытые "
                "карточки при этом закрываются без сохранения. Настройка действует для "
                "всех пользователей этого хранилища."
            ),
            label=self.tr("Блокировать после бездействия, мин:"),
            spin=self.minutes_spin,
            save_text=self.tr("Сохранить"),
            cancel_text=self.tr("Отмена"),
        )
        self.save_button.clicked.connect(self.save)

    def save(self) -> bool:
        """True when the save has started on a worker (``dialog_save``)."""
        vault, minutes = self.vault, self.minutes_spin.value()
        return save_then_close(
            self,
            self.save_button,
            self.error,
            lambda: session_policy.set_idle_lock_minutes(vault, minutes),
            self.save_finished,
            lambda: self._applied(minutes),
        )


class AdminMenu(QObject):
    def __init__(
        self, window: QMainWindow, vault: Vault, set_idle_timeout: Callable[[int], None]
    ) -> None:
        """``set_idle_timeout`` takes milliseconds: the main window's idle lock."""
        super().__init__(window)
        self.window = window
        self.vault = vault
        self._set_idle_timeout = set_idle_timeout
        access = Access(self.vault)
        self.opened: dict[str, QWidget] = {}

        self.password_action = QAction(self.tr("Сменить пароль…"), window)
        self.password_action.triggered.connect(self.change_own_password)

        self.menu = QMenu(self.tr("&Администрирование"), window)
        self.menu.setToolTipsVisible(True)
        self.users_action = self._action(
            self.tr("Пользователи…"), self.open_users, access.manage_users
        )
        self.audit_action = self._action(
            self.tr("Журнал аудита"), self.open_audit, access.view_audit
        )
        self.retention_action = self._action(
            self.tr("Сроки хранения"),
            self.open_retention,
            access.view_retention or access.manage_settings,
        )
        self.menu.addSeparator()
        self.backup_action = self._action(
            self.tr("Резервная копия…"), self.open_backup, access.manage_backups
        )
        self.idle_lock_action = self._action(
            self.tr("Автоматическая блокировка…"),
            self.open_idle_lock,
            access.manage_settings,
        )
        self.password_rule_action = self._action(
            self.tr("Правило паролей…"),
            self.open_password_rule,
            access.manage_settings,
        )
        self.letterhead_action = self._action(
            self.tr("Бланк и подписание…"),
            self.open_letterhead,
            access.manage_settings,
        )

        self.reminder = QLabel()
        self.reminder.setStyleSheet(WARNING_STYLE + " padding: 0 10px;")
        self.reminder.setTextFormat(Qt.TextFormat.RichText)
        self.reminder.linkActivated.connect(lambda _link: self.open_backup())
        self.reminder.hide()
        window.statusBar().addWidget(self.reminder)
        self.update_reminder()

    def attach_menu(self) -> None:
        bar = self.window.menuBar()
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], self.menu)  # «Справка» stays last
        else:
            bar.addMenu(self.menu)

    def _action(self, text: str, slot: Callable[[], object], allowed: bool) -> QAction:
        action = QAction(text, self.window)
        action.setEnabled(allowed)
        if not allowed:
            action.setToolTip(self.tr("Недоступно для ваших ролей"))
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _reuse(self, key: str, make: Callable[[], W]) -> W:
        existing = self.opened.get(key)
        if existing is not None and shiboken6.isValid(existing) and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing  # type: ignore[return-value]
        widget = make()
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.opened[key] = widget
        widget.show()
        return widget

    # --- windows ---------------------------------------------------------------------------

    def open_users(self) -> UsersDialog:
        from migdesk.ui.users_dialog import UsersDialog

        return self._reuse("users", lambda: UsersDialog(UserService(self.vault), self.window))

    def open_audit(self) -> AuditWindow:
        from migdesk.ui.audit_window import AuditWindow

        return self._reuse("audit", lambda: AuditWindow(self.vault, self.window))

    def open_retention(self) -> RetentionWindow:
        from migdesk.ui.retention_window import RetentionWindow

        return self._reuse("retention", lambda: RetentionWindow(self.vault, self.window))

    def open_backup(self) -> BackupDialog:
        def make() -> BackupDialog:
            dialog = BackupDialog(self.vault, self.window)
            dialog.accepted.connect(self.update_reminder)
            return dialog

        return self._reuse("backup", make)

    def open_idle_lock(self) -> IdleLockDialog:
        return self._reuse(
            "idle_lock", lambda: IdleLockDialog(self.vault, self._idle_lock_applied, self.window)
        )

    def open_password_rule(self) -> QDialog:
        from migdesk.ui.password_rule import PasswordRuleDialog

        return self._reuse("password_rule", lambda: PasswordRuleDialog(self.vault, self.window))

    def open_letterhead(self) -> QDialog:
        from migdesk.ui.letter_settings import LetterheadDialog

        return self._reuse("letterhead", lambda: LetterheadDialog(self.vault, self.window))

    def _idle_lock_applied(self, minutes: int) -> None:
        self._set_idle_timeout(minutes * 60_000)
        self.window.statusBar().showMessage(
            self.tr("Автоматическая блокировка: через {minutes} мин бездействия.").format(
                minutes=minutes
            ),
            10_000,
        )

    def change_own_password(self) -> PasswordDialog:
        from migdesk.ui.user_edit_dialogs import PasswordDialog

        return self._reuse(
            "password",
            lambda: PasswordDialog(UserService(self.vault), self.vault.user, self.window),
        )

    # --- reminder --------------------------------------------------------------------------

    def update_reminder(self) -> None:
        text = reminder_text(self.vault)
        if text is None:
            self.reminder.hide()
            return
        link = self.tr("Создать копию…")
        self.reminder.setText(f'{html.escape(text)} <a href="backup">{html.escape(link)}</a>')
        self.reminder.show()
