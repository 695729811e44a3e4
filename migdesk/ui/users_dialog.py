"""«Пользователи» (administrators) and «Сменить пароль…» (everyone).

Every change goes through ``UserService``: it checks the role, writes the key slot (the
vault is never re-encrypted) and the audit entry. Password derivation (Argon2id) takes a
moment, so adding a user and setting a password run in the background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import MigDeskError
from migdesk.messages import _
from migdesk.office import login_waits
from migdesk.office.users import UserInfo, UserService
from migdesk.security.roles import ROLE_LABELS, Role
from migdesk.ui import messages
from migdesk.ui.collation import collated
from migdesk.ui.columns import size_columns
from migdesk.ui.confirm import confirm
from migdesk.ui.display import local_time
from migdesk.ui.geometry import fit_window
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.user_edit_dialogs import AddUserDialog, PasswordDialog
from migdesk.ui.widgets import error_label, hint_label
from migdesk.vault.login_guard import wait_text


def roles_text(stored: str) -> str:
    """``administrator,officer`` → «администратор, сотрудник» (unknown codes stay visible)."""
    labels = []
    for code in stored.split(","):
        try:
            labels.append(ROLE_LABELS[Role(code)])
        except ValueError:
            labels.append(code)
    return ", ".join(labels)


class UsersDialog(QDialog):
    """The list of users with their roles; add, reset password, remove."""

    COLUMNS = 4
    remove_finished = Signal(bool)  # a removal started by ``remove_user`` has ended

    def __init__(self, service: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.users: list[UserInfo] = []
        self.child_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Пользователи — MigDesk"))
        fit_window(self, "users", 820, 420)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Пользователь"), self.tr("ФИО"), self.tr("Роли"), self.tr("Добавлен")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        size_columns(self.table, "users", [14, 30, 24, 10], stretch=2)  # «Роли»
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.error = error_label()
        self.add_button = QPushButton(self.tr("Добавить…"))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button = QPushButton(self.tr("Сбросить пароль…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.remove_button = QPushButton(self.tr("Удалить…"))
        self.remove_button.clicked.connect(self.remove_user)
        self.profile_button = QPushButton(self.tr("Данные для писем…"))
        self.profile_button.clicked.connect(self.edit_profile)
        # An officer locked in a login wait after mistyped passwords calls the administrator.
        self.wait_button = QPushButton(self.tr("Снять ожидание входа"))
        self.wait_button.clicked.connect(self.clear_wait)
        self.status = hint_label("")
        self.status.hide()
        close_button = QPushButton(self.tr("Закрыть"))
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons_row = (
            self.add_button,
            self.reset_button,
            self.profile_button,
            self.wait_button,
            self.remove_button,
        )
        for button in buttons_row:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "У каждого пользователя свой пароль и свой ключевой слот; добавление, смена "
                    "пароля и удаление не перешифровывают хранилище."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.error.hide()
        try:
            self.users = collated(self.service.list(), key=lambda u: u.name)
        except MigDeskError as exc:
            self.users = []
            self.error.setText(str(exc))
            self.error.show()
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            created = local_time(user.created_at)
            for column, text in enumerate(
                (user.name, user.full_name or "", roles_text(user.role), created)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.add_button.setEnabled(not self.error.isVisibleTo(self))
        self._selection_changed()

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()].name if rows else None

    def select(self, name: str) -> None:
        for row, user in enumerate(self.users):
            if user.name == name:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        name = self.selected_name()
        self.reset_button.setEnabled(name is not None)
        self.profile_button.setEnabled(name is not None)
        # Removing oneself is refused by the domain; the button says so before asking.
        itself = name is not None and name == self.service.vault.user
        self.remove_button.setEnabled(name is not None and not itself)
        self.remove_button.setToolTip(_("Нельзя удалить самого себя.") if itself else "")
        self._show_wait(name)

    def _show_wait(self, name: str | None) -> None:
        """The button is open while the selected user's failed logins hold a wait."""
        wait = None
        if name is not None:
            try:
                wait = login_waits.wait_of(self.service.vault, name)
            except MigDeskError:
                wait = None
        self.wait_button.setEnabled(wait is not None and wait.held)
        if wait is None or not wait.held:
            self.wait_button.setToolTip(self.tr("Пользователь не ждёт входа."))
            return
        left = wait.seconds_left()
        self.wait_button.setToolTip(
            self.tr(
                "Неудачных попыток входа: {count}; следующая попытка — {when}. После снятия "
                "у пользователя снова пять попыток; о прежних ему сообщат при входе."
            ).format(
                count=wait.failures,
                when=self.tr("через {wait}").format(wait=wait_text(left))
                if left
                else self.tr("сразу, но после ещё одной ошибки — снова ожидание"),
            )
        )

    def clear_wait(self) -> bool:
        """True when the clearing has started (on a worker: it writes the audit)."""
        name = self.selected_name()
        if name is None or not self.wait_button.isEnabled():
            return False
        vault = self.service.vault
        (
            BackgroundOp(self, lambda _ctx: login_waits.clear(vault, name))
            .in_order()
            .disabling(self.wait_button)
            .on_success(self._wait_cleared)
            .on_failure(self._wait_failed)
            .run()
        )
        return True

    def _wait_cleared(self, done: login_waits.Cleared) -> None:
        if done.cleared:
            text = self.tr(
                "Ожидание входа пользователя «{name}» снято. Неудачных попыток: {count}; о них "
                "пользователю сообщат при следующем входе."
            ).format(name=done.wait.name, count=done.wait.failures)
        else:
            text = self.tr("Пользователь «{name}» уже не ждёт входа.").format(name=done.wait.name)
        self.status.setText(text)
        self.status.show()
        self._selection_changed()

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._child_closed)
        self.child_dialog = dialog
        dialog.open()
        return dialog

    def _child_closed(self) -> None:
        self.child_dialog = None

    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self.service, self)
        dialog.user_added.connect(self._added)
        self._open(dialog)
        return dialog

    def _added(self, name: str) -> None:
        self.refresh()
        self.select(name)

    def reset_password(self) -> PasswordDialog | None:
        name = self.selected_name()
        if name is None:
            return None
        dialog = PasswordDialog(self.service, name, self)
        self._open(dialog)
        return dialog

    def edit_profile(self) -> QDialog | None:
        """Full name, position and phone that letters print for the selected user."""
        from migdesk.ui.letter_settings import ProfileDialog

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        dialog = ProfileDialog(self.service, self.users[rows[0].row()], self)
        dialog.saved.connect(self._added)
        return self._open(dialog)

    def remove_user(self) -> bool:
        """True when the removal has started (``remove_finished`` follows)."""
        name = self.selected_name()
        if name is None or not self.remove_button.isEnabled():
            return False
        text = self.tr(
            "Удалить пользователя «{name}»? Его ключевой слот будет уничтожен: открыть хранилище "
            "его паролем станет невозможно. Записи журнала аудита о его действиях сохранятся."
        ).format(name=name)
        if not confirm(self, self.tr("Удаление пользователя"), text, self.tr("Удалить")):
            return False
        # On a worker: the write waits for the write lock an index upkeep step may hold (#17).
        service = self.service
        (
            BackgroundOp(self, lambda _ctx: service.remove(name))
            .in_order()
            .disabling(self.remove_button)
            .on_success(lambda _none: self._removed(True))
            .on_failure(self._remove_failed)
            .on_cancelled(lambda: self._removed(False))
            .run()
        )
        return True

    def _wait_failed(self, exc: BaseException) -> None:
        self._selection_changed()
        messages.show_error(self, messages.error_text(exc))

    def _remove_failed(self, exc: BaseException) -> None:
        self._removed(False)
        messages.show_error(self, messages.error_text(exc))

    def _removed(self, removed: bool) -> None:
        self.refresh()
        self.remove_finished.emit(removed)
