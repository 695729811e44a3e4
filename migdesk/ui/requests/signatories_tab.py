"""«Подписанты и бланки»: authorised signatories and form blanks, and the notifications of their
changes the other Party is owed (Art. 9.3, 9.4)."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import InvalidInput
from migdesk.office.access import Access
from migdesk.requests.signatories import (
    FormBlankInput,
    SignatoryInput,
    SignatoryService,
    SignatoryView,
)
from migdesk.ui import messages
from migdesk.ui.authority_combo import fill_authority_combo, own_authority
from migdesk.ui.kit import (
    date_edit,
    date_text,
    edit_date,
    fit_columns,
    read_only_table,
    selected_key,
    set_row,
)
from migdesk.ui.requests.certificate_pick import CertificatePick
from migdesk.ui.requests.registry_form import FormDialog, ImagePick, RegistryTab, Write
from migdesk.ui.widgets import WARNING_STYLE, hint_label
from migdesk.vault import Vault


class SignatoriesTab(RegistryTab):
    def __init__(self, vault: Vault, access: Access, parent: QWidget | None = None) -> None:
        super().__init__(vault, access, parent)
        self.signatories = SignatoryService(vault)
        self.pending_ids: list[int] = []
        self._show_page(self._page())

    def _page(self) -> QWidget:
        self.signatory_filter = QComboBox()
        self.signatory_filter.addItem(self.tr("Все органы"), None)
        fill = QComboBox()
        fill_authority_combo(fill, self.vault)
        for index in range(fill.count()):
            self.signatory_filter.addItem(fill.itemText(index), fill.itemData(index))
        self.signatory_filter.currentIndexChanged.connect(self.load)
        self.signatory_table = read_only_table(
            [
                self.tr("Орган"),
                self.tr("Должность"),
                self.tr("Фамилия, имя, отчество"),
                self.tr("С"),
                self.tr("По"),
                self.tr("Пользователь"),
                self.tr("Сертификат"),
                self.tr("Сегодня"),
            ]
        )
        fit_columns(self.signatory_table, [12, 34, 30, 10, 10, 12, 10, 12], "signatories")
        self.add_signatory_button = QPushButton(self.tr("Добавить подписанта…"))
        self.add_signatory_button.clicked.connect(self.open_add_signatory)
        self.end_signatory_button = QPushButton(self.tr("Прекратить полномочия…"))
        self.end_signatory_button.clicked.connect(self.open_end_signatory)
        self.blank_button = QPushButton(self.tr("Образец бланка…"))
        self.blank_button.clicked.connect(self.open_blank)
        self._editing(self.add_signatory_button, self.end_signatory_button, self.blank_button)
        top = QHBoxLayout()
        top.addWidget(self.signatory_filter, 1)
        top.addWidget(self.add_signatory_button)
        top.addWidget(self.end_signatory_button)
        top.addWidget(self.blank_button)

        self.pending_label = QLabel()
        self.notification_table = read_only_table(
            [
                self.tr("№"),
                self.tr("Орган"),
                self.tr("Изменение"),
                self.tr("Направление"),
                self.tr("Состояние"),
                self.tr("Дата"),
                self.tr("Реквизиты"),
            ]
        )
        fit_columns(self.notification_table, [5, 12, 22, 12, 16, 10], "signatory_notifications")
        self.notify_button = QPushButton(self.tr("Отметить направленными…"))
        self.notify_button.clicked.connect(self.open_mark_notified)
        self._editing(self.notify_button)
        notes_box = QGroupBox(self.tr("Уведомления об изменениях (п.\u00a04 ст.\u00a09)"))
        column = QVBoxLayout(notes_box)
        row = QHBoxLayout()
        row.addWidget(self.pending_label, 1)
        row.addWidget(self.notify_button)
        column.addLayout(row)
        column.addWidget(self.notification_table, 1)

        upper = QWidget()
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.signatory_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(notes_box)
        page = QWidget()
        QVBoxLayout(page).addWidget(splitter)
        return page

    def _change_label(self, change: str) -> str:
        labels = {
            "added": self.tr("включён подписант"),
            "ended": self.tr("прекращены полномочия"),
            "blank": self.tr("образец бланка"),
        }
        return labels.get(change, change)

    def _state_label(self, state: str) -> str:
        labels = {
            "pending": self.tr("ожидает отправки"),
            "sent": self.tr("направлено"),
            "received": self.tr("получено"),
        }
        return labels.get(state, state)

    def load(self) -> None:
        code = self.signatory_filter.currentData()
        views: list[SignatoryView] = self.signatories.list(code if isinstance(code, str) else None)
        today = date.today()
        self.signatory_table.setRowCount(len(views))
        for row, view in enumerate(views):
            set_row(
                self.signatory_table,
                row,
                [
                    view.authority,
                    view.position,
                    view.full_name,
                    date_text(view.valid_from),
                    date_text(view.valid_until),
                    view.user or "",
                    self.tr("есть") if view.has_certificate else "",
                    self.tr("действует") if view.valid_on(today) else self.tr("не действует"),
                ],
                view.id,
            )
        notes = self.signatories.notifications()
        self.notification_table.setRowCount(len(notes))
        directions = {"outgoing": self.tr("наше"), "incoming": self.tr("другой Стороны")}
        for row, note in enumerate(reversed(notes)):
            set_row(
                self.notification_table,
                row,
                [
                    str(note.id),
                    note.authority,
                    self._change_label(note.change),
                    directions.get(note.direction, note.direction),
                    self._state_label(note.state),
                    date_text(note.notified_on),
                    note.reference or "",
                ],
                note.id,
            )
        pending = [n.id for n in notes if n.state == "pending"]
        self.pending_ids = pending
        if pending:
            self.pending_label.setStyleSheet(WARNING_STYLE)
            self.pending_label.setText(
                self.tr(
                    "Ожидают уведомления другой Стороны: {count} (направить незамедлительно)"
                ).format(count=len(pending))
            )
        else:
            self.pending_label.setStyleSheet("")
            self.pending_label.setText(self.tr("Все изменения уведомлены."))
        self.notify_button.setEnabled(self.access.registries and bool(pending))

    def open_add_signatory(self) -> FormDialog:
        dialog = FormDialog(self.tr("Новый подписант"), self)
        authority = QComboBox()
        fill_authority_combo(authority, self.vault)
        code = self.signatory_filter.currentData() or own_authority(self.vault)
        index = authority.findData(code)
        authority.setCurrentIndex(max(0, index))
        position, full_name, user = QLineEdit(), QLineEdit(), QLineEdit()
        valid_from, valid_until = date_edit(date.today()), date_edit(optional=True)
        notified = date_edit(optional=True)
        sample = ImagePick()
        certificate = CertificatePick()
        dialog.row("authority", self.tr("Орган"), authority)
        dialog.row("position", self.tr("Должность"), position)
        dialog.row("full_name", self.tr("Фамилия, имя, отчество"), full_name)
        dialog.row("valid_from", self.tr("Полномочия с"), valid_from)
        dialog.row("valid_until", self.tr("Полномочия по"), valid_until)
        dialog.row("user", self.tr("Пользователь MigDesk"), user)
        dialog.row("signature_sample", self.tr("Образец подписи"), sample)
        dialog.row("certificate_pem", self.tr("Сертификат подписи"), certificate)
        dialog.row("notified_on", self.tr("Перечень другой Стороны получен"), notified)
        dialog.form.addRow(
            hint_label(
                self.tr("Изменение перечня своей Стороны создаёт уведомление, ожидающее отправки.")
            )
        )

        def submit() -> Write:
            return partial(
                self.signatories.add,
                SignatoryInput(
                    authority=str(authority.currentData()),
                    position=position.text(),
                    full_name=full_name.text(),
                    valid_from=edit_date(valid_from) or date.today(),
                    valid_until=edit_date(valid_until),
                    user=user.text() or None,
                    signature_sample=sample.data,
                    signature_mime=sample.mime,
                    certificate_pem=certificate.pem,
                    notified_on=edit_date(notified),
                ),
            )

        dialog.submit = submit
        return self._open(dialog)

    def open_end_signatory(self) -> FormDialog | None:
        key = selected_key(self.signatory_table)
        if not isinstance(key, int):
            messages.show_error(self, self.tr("Выберите подписанта в таблице."))
            return None
        dialog = FormDialog(self.tr("Прекращение полномочий"), self)
        until = date_edit(date.today())
        notified = date_edit(optional=True)
        dialog.row("valid_until", self.tr("Последний день полномочий"), until)
        dialog.row("notified_on", self.tr("Уведомление другой Стороны получено"), notified)

        def submit() -> Write:
            return partial(
                self.signatories.end, key, edit_date(until) or date.today(), edit_date(notified)
            )

        dialog.submit = submit
        return self._open(dialog)

    def open_blank(self) -> FormDialog:
        dialog = FormDialog(self.tr("Образец бланка"), self)
        authority = QComboBox()
        fill_authority_combo(authority, self.vault)
        authority.setCurrentIndex(max(0, authority.findData(own_authority(self.vault))))
        name = QLineEdit()
        valid_from, valid_until = date_edit(date.today()), date_edit(optional=True)
        notified = date_edit(optional=True)
        sample = ImagePick()
        dialog.row("authority", self.tr("Орган"), authority)
        dialog.row("name", self.tr("Бланк"), name)
        dialog.row("valid_from", self.tr("Действует с"), valid_from)
        dialog.row("valid_until", self.tr("Действует по"), valid_until)
        dialog.row("data", self.tr("Изображение"), sample)
        dialog.row("notified_on", self.tr("Получен от другой Стороны"), notified)

        def submit() -> Write:
            if sample.data is None:
                raise InvalidInput(self.tr("Не выбрано изображение бланка."), "data")
            return partial(
                self.signatories.add_form_blank,
                FormBlankInput(
                    authority=str(authority.currentData()),
                    name=name.text(),
                    valid_from=edit_date(valid_from) or date.today(),
                    valid_until=edit_date(valid_until),
                    mime=sample.mime or "",
                    data=sample.data,
                    notified_on=edit_date(notified),
                ),
            )

        dialog.submit = submit
        return self._open(dialog)

    def open_mark_notified(self) -> FormDialog:
        ids = list(self.pending_ids)
        dialog = FormDialog(self.tr("Уведомления направлены"), self)
        dialog.form.addRow(
            hint_label(
                self.tr("Отмечаются все ожидающие уведомления: {ids}").format(
                    ids=", ".join(f"№ {i}" for i in ids)
                )
            )
        )
        on = date_edit(date.today())
        reference = QLineEdit()
        dialog.row("notified_on", self.tr("Дата направления"), on)
        dialog.row("reference", self.tr("Номер ноты или письма"), reference)

        def submit() -> Write:
            return partial(
                self.signatories.mark_notified, ids, edit_date(on) or date.today(), reference.text()
            )

        dialog.submit = submit
        return self._open(dialog)
