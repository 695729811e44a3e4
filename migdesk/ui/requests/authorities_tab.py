"""«Компетентные органы»: the authorities with their dated names (Art. 2), renames and
replacements; documents take the name valid on their date."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from migdesk.office.access import Access
from migdesk.requests.authorities import AuthorityRegistry, AuthorityView, Rename, Replacement
from migdesk.requests.vocab import COUNTRIES
from migdesk.ui.kit import (
    date_edit,
    date_text,
    edit_date,
    fit_columns,
    read_only_table,
    selected_key,
    set_row,
)
from migdesk.ui.requests.registry_form import FormDialog, RegistryTab, Write
from migdesk.ui.widgets import hint_label
from migdesk.vault import Vault


class AuthoritiesTab(RegistryTab):
    def __init__(self, vault: Vault, access: Access, parent: QWidget | None = None) -> None:
        super().__init__(vault, access, parent)
        self.authorities = AuthorityRegistry(vault)
        self.views: list[AuthorityView] = []
        self._show_page(self._page())

    def _page(self) -> QWidget:
        self.authority_table = read_only_table(
            [
                self.tr("Код"),
                self.tr("Сторона"),
                self.tr("Наименование (именительный падеж)"),
                self.tr("Кратко"),
                self.tr("Компетентен с"),
                self.tr("по"),
                self.tr("Преемник"),
            ]
        )
        fit_columns(self.authority_table, [14, 18, 60, 16, 10, 10], "authorities")
        self.authority_table.itemSelectionChanged.connect(self._show_history)
        self.history_table = read_only_table(
            [
                self.tr("Действует с"),
                self.tr("Именительный падеж"),
                self.tr("Дательный падеж"),
                self.tr("Изменение"),
                self.tr("Уведомление"),
            ]
        )
        fit_columns(self.history_table, [10, 44, 44, 14], "authority_history")
        self.rename_button = QPushButton(self.tr("Переименование…"))
        self.rename_button.clicked.connect(self.open_rename)
        self.replace_button = QPushButton(self.tr("Замена органа…"))
        self.replace_button.clicked.connect(self.open_replace)
        self._editing(self.rename_button, self.replace_button)
        buttons = QHBoxLayout()
        buttons.addWidget(
            hint_label(
                self.tr("История наименований выбранного органа: документы берут имя на их дату.")
            ),
            1,
        )
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.replace_button)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.history_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.authority_table)
        splitter.addWidget(lower)
        page = QWidget()
        QVBoxLayout(page).addWidget(splitter)
        return page

    def load(self) -> None:
        current = selected_key(self.authority_table)
        self.views = self.authorities.list(date.today())
        self.authority_table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            set_row(
                self.authority_table,
                row,
                [
                    view.code,
                    COUNTRIES.get(view.country, view.country),
                    view.name.nominative,
                    view.name.short_name,
                    date_text(view.established_on) or "—",
                    date_text(view.ended_on),
                    view.successor or "",
                ],
                view.code,
            )
        codes = [v.code for v in self.views]
        self.authority_table.selectRow(codes.index(current) if current in codes else 0)
        self._show_history()  # the same row stays selected: no selection signal

    def _show_history(self) -> None:
        code = selected_key(self.authority_table)
        view = next((v for v in self.views if v.code == code), None)
        history = view.history if view else []
        kinds = {
            "agreement": self.tr("по Соглашению"),
            "renamed": self.tr("переименование"),
            "established": self.tr("образован (замена)"),
        }
        self.history_table.setRowCount(len(history))
        for row, version in enumerate(reversed(history)):
            notice = version.notification or ""
            if version.notified_on:
                notice += self.tr(" от {day}").format(day=date_text(version.notified_on))
            set_row(
                self.history_table,
                row,
                [
                    date_text(version.effective_from) or self.tr("исходное"),
                    version.nominative,
                    version.dative,
                    kinds.get(version.change_kind or "", version.change_kind or ""),
                    notice,
                ],
            )

    def open_rename(self) -> FormDialog:
        code = str(selected_key(self.authority_table) or "")
        dialog = FormDialog(self.tr("Переименование органа {code}").format(code=code), self)
        effective, notified = date_edit(date.today()), date_edit(optional=True)
        nominative, dative, short, notification = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        dialog.row("effective_on", self.tr("Действует с"), effective)
        dialog.row("nominative", self.tr("Наименование (именительный)"), nominative)
        dialog.row("dative", self.tr("Наименование (дательный)"), dative)
        dialog.row("short_name", self.tr("Краткое наименование"), short)
        dialog.row("notification", self.tr("Уведомление (номер, дата ноты)"), notification)
        dialog.row("notified_on", self.tr("Получено"), notified)

        def submit() -> Write:
            return partial(
                self.authorities.rename,
                Rename(
                    code=code,
                    effective_on=edit_date(effective) or date.today(),
                    nominative=nominative.text(),
                    dative=dative.text(),
                    short_name=short.text(),
                    notification=notification.text(),
                    notified_on=edit_date(notified),
                ),
            )

        dialog.submit = submit
        return self._open(dialog)

    def open_replace(self) -> FormDialog:
        code = str(selected_key(self.authority_table) or "")
        dialog = FormDialog(self.tr("Замена органа {code}").format(code=code), self)
        successor = QComboBox()
        successor.setEditable(True)
        for view in self.views:
            if view.code != code:
                successor.addItem(view.code)
        successor.setCurrentText("")
        dialog.row("successor_code", self.tr("Код органа-преемника"), successor)
        effective, notified, notification = (
            date_edit(date.today()),
            date_edit(optional=True),
            QLineEdit(),
        )
        dialog.row("effective_on", self.tr("С даты"), effective)
        dialog.row("notification", self.tr("Уведомление (номер, дата ноты)"), notification)
        dialog.row("notified_on", self.tr("Получено"), notified)
        dialog.form.addRow(hint_label(self.tr("Для нового органа укажите его наименования:")))
        nominative, dative, short = QLineEdit(), QLineEdit(), QLineEdit()
        dialog.row("nominative", self.tr("Наименование (именительный)"), nominative)
        dialog.row("dative", self.tr("Наименование (дательный)"), dative)
        dialog.row("short_name", self.tr("Краткое наименование"), short)

        def submit() -> Write:
            return partial(
                self.authorities.replace,
                Replacement(
                    code=code,
                    successor_code=successor.currentText().strip(),
                    effective_on=edit_date(effective) or date.today(),
                    notification=notification.text(),
                    nominative=nominative.text() or None,
                    dative=dative.text() or None,
                    short_name=short.text() or None,
                    notified_on=edit_date(notified),
                ),
            )

        dialog.submit = submit
        return self._open(dialog)
