"""The two small dialogs of user administration, «Добавить пользователя…» and «Сменить
пароль…», on one base: the password is derived (Argon2id) in the background while the dialog
waits, and the service's refusal is shown next to its field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import InvalidInput, WrongPassword
from migdesk.office.users import UserService
from migdesk.security.roles import ROLE_LABELS, Role
from migdesk.ui import messages
from migdesk.ui.password_rule import show_rule
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import FieldWithError, error_label, hint_label


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
        self.password_rule = show_rule(self.password_edit, service.password_min_length())
        self.repeat_edit = _password_edit()
        self.repeat_edit.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Имя пользователя:"), self.name_field)
        form.addRow(self.tr("ФИО:"), self.full_name_edit)
        form.addRow(self.tr("Роли:"), roles)
        form.addRow(self.tr("Пароль:"), self.password_field)
        form.addRow("", self.password_rule)
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
        self.password_rule = show_rule(self.password_edit, service.password_min_length())
        self.repeat_edit = _password_edit()
        self.repeat_edit.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Пользователь:"), QLabel(name))
        if self.own:
            form.addRow(self.tr("Текущий пароль:"), self.current_field)
        form.addRow(self.tr("Новый пароль:"), self.password_field)
        form.addRow("", self.password_rule)
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
            if own:  # the current password first; a wrong one counts as a failed login
                service.change_own_password(current, new, "window")
            else:
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
