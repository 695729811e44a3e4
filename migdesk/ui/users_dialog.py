"""«Пользователи» (administrators) and «Сменить пароль…» (everyone).

Every change goes through ``UserService``: it checks the role, writes the key slot (the
vault is never re-encrypted) and the audit entry. Password derivation (Argon2id) takes a
moment, so adding a user and setting a password run in the background.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import InvalidInput, MigDeskError, WrongPassword
from migdesk.office.users import UserInfo, UserService
from migdesk.security.roles import ROLE_LABELS, Role
from migdesk.ui import messages
from migdesk.ui.collation import collated
from migdesk.ui.columns import size_columns
from migdesk.ui.confirm import confirm
from migdesk.ui.display import local_time
from migdesk.ui.geometry import fit_window
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import FieldWithError, error_label, hint_label
from migdesk.vault.keyslots import KeySlotFile


def roles_text(stored: str) -> str:
    """``administrator,officer`` → «администратор, сотрудник» (unknown codes stay visible)."""
    labels = []
    for code in stored.split(","):
        try:
            labels.append(ROLE_LABELS[Role(code)])
        except ValueError:
            labels.append(code)
    return ", ".join(labels)


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _WorkDialog(QDialog):
    """A form dialog whose «OK» runs the domain call in the background; errors stay in it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.error = error_label()
        self.busy = hint_label(self.tr("Выполняется…"))
        self.busy.hide()
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Отмена"))
        self.cancel_button.clicked.connect(self.reject)
        self._op: BackgroundOp[None] | None = None

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.busy)
        row.addStretch(1)
        row.addWidget(self.ok_button)
        row.addWidget(self.cancel_button)
        return row

    def submit(self) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[TaskContext], None]) -> None:
        self.error.hide()
        self.ok_button.setEnabled(False)
        self._op = (
            BackgroundOp(self, work)
            .on_success(lambda _none: self._finished(None))
            .on_failure(self._finished)
            .on_busy(self.busy.setVisible)
            .run()
        )

    def _finished(self, exc: BaseException | None) -> None:
        self._op = None
        self.ok_button.setEnabled(True)
        if exc is None:
            self.accept()
        else:
            self.show_failure(exc)

    def show_failure(self, exc: BaseException) -> None:
        self.error.setText(messages.error_text(exc))
        self.error.show()

    def done(self, result: int) -> None:
        if self._op is not None:
            return  # a key slot is being written: let it finish
        super().done(result)


class AddUserDialog(_WorkDialog):
    user_added = Signal(str)  # the new user's name

    def __init__(self, service: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._name = ""
        self.setWindowTitle(self.tr("Новый пользователь"))
        self.ok_button.setText(self.tr("Добавить"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("латиницей, например ivanov.a"))
        self.name_field = FieldWithError(self.name_edit)
        self.full_name_edit = QLineEdit()
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles = QVBoxLayout()
        roles.setSpacing(2)
        for role, hint in (
            (Role.OFFICER, self.tr("вводит и изменяет записи о лицах")),
            (Role.SUPERVISOR, self.tr("просматривает, подписывает, утверждает уничтожение")),
            (Role.ADMINISTRATOR, self.tr("пользователи, резервные копии, настройки")),
            (Role.COURIER, self.tr("только доставка и проверка пакетов")),
        ):
            box = QCheckBox(f"{ROLE_LABELS[role]} — {hint}")
            self.role_boxes[role] = box
            roles.addWidget(box)
        self.password_edit = _password_edit()
        self.password_field = FieldWithError(self.password_edit)
        self.repeat_edit = _password_edit()
        self.repeat_edit.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Имя пользователя:"), self.name_field)
        form.addRow(self.tr("ФИО:"), self.full_name_edit)
        form.addRow(self.tr("Роли:"), roles)
        form.addRow(self.tr("Пароль:"), self.password_field)
        form.addRow(self.tr("Повторите пароль:"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())

    def roles(self) -> str:
        return ",".join(role.value for role, box in self.role_boxes.items() if box.isChecked())

    def _clear_errors(self) -> None:
        for field in (self.name_field, self.password_field):
            field.set_error(None)
        self.error.hide()

    def submit(self) -> None:
        self._clear_errors()
        if self.password_edit.text() != self.repeat_edit.text():
            self.password_field.set_error(self.tr("Пароли не совпадают."))
            return
        name, roles = self.name_edit.text().strip(), self.roles()
        password, full_name = self.password_edit.text(), self.full_name_edit.text().strip()
        service = self.service
        self._name = name
        self._run(lambda _ctx: service.add(name, roles, password, full_name or None))

    def _finished(self, exc: BaseException | None) -> None:
        if exc is None:
            self.user_added.emit(self._name)
        super()._finished(exc)

    def show_failure(self, exc: BaseException) -> None:
        field = exc.field if isinstance(exc, InvalidInput) else None
        if field == "name":
            self.name_field.set_error(str(exc))
        elif field == "password":
            self.password_field.set_error(str(exc))
        else:
            super().show_failure(exc)


class PasswordDialog(_WorkDialog):
    """Own password (asks the current one first) or an administrator's reset of another's."""

    def __init__(self, service: UserService, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.name = name
        self.own = name == service.vault.user
        self.setMinimumWidth(460)
        if self.own:
            self.setWindowTitle(self.tr("Смена пароля"))
            self.ok_button.setText(self.tr("Сменить пароль"))
        else:
            self.setWindowTitle(self.tr("Сброс пароля"))
            self.ok_button.setText(self.tr("Задать пароль"))
        self.current_edit = _password_edit()
        self.current_field = FieldWithError(self.current_edit)
        self.password_edit = _password_edit()
        self.password_field = FieldWithError(self.password_edit)
        self.repeat_edit = _password_edit()
        self.repeat_edit.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Пользователь:"), QLabel(name))
        if self.own:
            form.addRow(self.tr("Текущий пароль:"), self.current_field)
        form.addRow(self.tr("Новый пароль:"), self.password_field)
        form.addRow(self.tr("Повторите пароль:"), self.repeat_edit)
        layout = QVBoxLayout(self)
        if not self.own:
            layout.addWidget(
                hint_label(
                    self.tr(
                        "Пароль передайте пользователю лично; хранилище не перешифровывается, "
                        "меняется только его ключевой слот."
                    )
                )
            )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())

    def submit(self) -> None:
        self.current_field.set_error(None)
        self.password_field.set_error(None)
        self.error.hide()
        if self.password_edit.text() != self.repeat_edit.text():
            self.password_field.set_error(self.tr("Пароли не совпадают."))
            return
        service, name, own = self.service, self.name, self.own
        current, new = self.current_edit.text(), self.password_edit.text()

        def work(_ctx: TaskContext) -> None:
            if own:
                # Someone at an unlocked, unattended desk must not be able to take it over.
                KeySlotFile.load(service.vault.path).unwrap(name, current)
            service.change_password(name, new)

        self._run(work)

    def show_failure(self, exc: BaseException) -> None:
        self.current_edit.clear()
        field = exc.field if isinstance(exc, InvalidInput) else None
        if field == "password":
            self.password_field.set_error(str(exc))
        elif isinstance(exc, WrongPassword):
            self.current_field.set_error(self.tr("Текущий пароль указан неверно."))
        else:
            super().show_failure(exc)


class UsersDialog(QDialog):
    """The list of users with their roles; add, reset password, remove."""

    COLUMNS = 4

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
        close_button = QPushButton(self.tr("Закрыть"))
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons_row = (self.add_button, self.reset_button, self.profile_button, self.remove_button)
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
        self.remove_button.setEnabled(name is not None and name != self.service.vault.user)

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
        name = self.selected_name()
        if name is None:
            return False
        text = self.tr(
            "Удалить пользователя «{name}»? Его ключевой слот будет уничтожен: открыть хранилище "
            "его паролем станет невозможно. Записи журнала аудита о его действиях сохранятся."
        ).format(name=name)
        if not confirm(self, self.tr("Удаление пользователя"), text, self.tr("Удалить")):
            return False
        try:
            self.service.remove(name)
        except MigDeskError as exc:
            messages.show_error(self, str(exc))
            return False
        self.refresh()
        return True
