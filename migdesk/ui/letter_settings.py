"""Administrator screens for what letters print (issue 13, item 8): the authority's
letterhead with the four-eyes rule («Бланк и подписание…»), and a user's full name, position
and phone («Данные для писем…» in the users dialog). Thin: the services check and audit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import MigDeskError
from migdesk.office import four_eyes
from migdesk.office.users import UserInfo, UserService
from migdesk.requests.letterhead import Letterhead, LetterheadService, parse
from migdesk.ui.dialog_save import save_then_close
from migdesk.ui.widgets import error_label, hint_label
from migdesk.vault import Vault


def _buttons(dialog: QDialog, save: QPushButton, cancel_text: str) -> QHBoxLayout:
    save.setDefault(True)
    cancel = QPushButton(cancel_text)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(save)
    row.addWidget(cancel)
    return row


class LetterheadDialog(QDialog):
    """Our authority's letterhead and the four-eyes rule (administrators)."""

    save_finished = Signal(bool)  # a save started by ``save`` has ended: saved or not

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.service = LetterheadService(vault)
        self.code = self.service.own_code()
        self.setWindowTitle(self.tr("Бланк и подписание — MigDesk"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(640)
        self.names_edit = QPlainTextEdit()
        self.names_edit.setPlaceholderText(
            self.tr("Министерство внутренних дел Республики Казахстан\nКомитет миграционной службы")
        )
        self.names_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.short_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.site_edit = QLineEdit()
        self.four_eyes_box = QCheckBox(
            self.tr("Правило «четырёх глаз»: подписывает не автор, а закреплённый за подписантом")
        )
        self.error = error_label()
        self.save_button = save = QPushButton(self.tr("Сохранить"))
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Наименование (по строкам)"), self.names_edit)
        form.addRow(self.tr("Краткое наименование"), self.short_edit)
        form.addRow(self.tr("Почтовый адрес"), self.address_edit)
        form.addRow(self.tr("Телефон"), self.phone_edit)
        form.addRow(self.tr("Электронная почта"), self.email_edit)
        form.addRow(self.tr("Сайт"), self.site_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Реквизиты печатаются в левом верхнем углу каждого письма (ГОСТ Р 7.0.97). "
                    "Пустое наименование — наименование органа из реестра на дату письма."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.four_eyes_box)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Выключайте правило только в подразделении из одного сотрудника: тогда "
                    "руководитель подписывает за любого подписанта из перечня. Изменение "
                    "записывается в журнал аудита."
                )
            )
        )
        layout.addWidget(self.error)
        layout.addLayout(_buttons(self, save, self.tr("Отмена")))
        self._load()

    def _load(self) -> None:
        try:
            head = self.service.get(self.code) if self.code else Letterhead()
            self.four_eyes_box.setChecked(four_eyes.is_enabled(self.vault))
        except MigDeskError as exc:
            self._fail(exc)
            return
        self.names_edit.setPlainText("\n".join(head.name_lines))
        self.short_edit.setText(head.short_name or "")
        self.address_edit.setText(head.address or "")
        self.phone_edit.setText(head.phone or "")
        self.email_edit.setText(head.email or "")
        self.site_edit.setText(head.website or "")

    def letterhead(self) -> Letterhead:
        lines = [line for line in self.names_edit.toPlainText().splitlines() if line.strip()]
        return parse(
            {
                "name_lines": lines,
                "short_name": self.short_edit.text(),
                "address": self.address_edit.text(),
                "phone": self.phone_edit.text(),
                "email": self.email_edit.text(),
                "website": self.site_edit.text(),
            }
        )

    def save(self) -> bool:
        """True when the save has started on a worker (``dialog_save``); False when refused
        at once (a field the letterhead cannot take, or a save under way)."""
        self.error.hide()
        try:
            if self.code is None:
                raise MigDeskError(self.tr("Хранилище не привязано к компетентному органу."))
            head = self.letterhead()
        except MigDeskError as exc:
            self._fail(exc)
            return False
        service, vault, code, rule = self.service, self.vault, self.code, self.four_eyes_box
        four = rule.isChecked()

        def write() -> None:
            service.set(code, head)
            if four != four_eyes.is_enabled(vault):
                four_eyes.set_enabled(vault, four)

        return save_then_close(self, self.save_button, self.error, write, self.save_finished)

    def _fail(self, exc: BaseException) -> None:
        self.error.setText(str(exc))
        self.error.show()


class ProfileDialog(QDialog):
    """A user's full name, position and phone as letters print them (administrators)."""

    saved = Signal(str)
    save_finished = Signal(bool)  # a save started by ``save`` has ended: saved or not

    def __init__(self, service: UserService, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.name = service, user.name
        self.setWindowTitle(self.tr("Данные для писем: {name}").format(name=user.name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        self.full_name_edit = QLineEdit(user.full_name or "")
        self.position_edit = QLineEdit(user.position or "")
        self.phone_edit = QLineEdit(user.phone or "")
        self.error = error_label()
        self.save_button = save = QPushButton(self.tr("Сохранить"))
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Фамилия, имя, отчество"), self.full_name_edit)
        form.addRow(self.tr("Должность"), self.position_edit)
        form.addRow(self.tr("Телефон"), self.phone_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Печатается в отметке об исполнителе, в реестре передачи и в акте об "
                    "уничтожении. Без ФИО отметка об исполнителе не печатается."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(_buttons(self, save, self.tr("Отмена")))

    def save(self) -> bool:
        """True when the save has started on a worker (``dialog_save``)."""
        service, name = self.service, self.name
        full_name, position = self.full_name_edit.text(), self.position_edit.text()
        phone = self.phone_edit.text()
        return save_then_close(
            self,
            self.save_button,
            self.error,
            lambda: service.set_profile(name, full_name=full_name, position=position, phone=phone),
            self.save_finished,
            lambda: self.saved.emit(name),
        )
