"""«Соглашение»: entry into force and termination (Art. 17), the 45-day signatory-list exchange."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.office.access import Access
from migdesk.requests.agreement import AgreementService, termination_date
from migdesk.requests.vocab import COUNTRIES
from migdesk.ui.kit import (
    date_edit,
    date_text,
    edit_date,
    fit_columns,
    read_only_table,
    set_row,
)
from migdesk.ui.requests.registry_form import FormDialog, RegistryTab, Write
from migdesk.ui.widgets import ERROR_STYLE, OK_STYLE, WARNING_STYLE, hint_label
from migdesk.vault import Vault


class AgreementTab(RegistryTab):
    def __init__(self, vault: Vault, access: Access, parent: QWidget | None = None) -> None:
        super().__init__(vault, access, parent)
        self.agreement = AgreementService(vault)
        self._show_page(self._page())

    def _page(self) -> QWidget:
        status = QGroupBox(self.tr("Состояние"))
        grid = QGridLayout(status)
        self.in_force_label = QLabel()
        self.termination_label = QLabel()
        self.exchange_label = QLabel()
        self.exchange_label.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("Вступление в силу:")), 0, 0)
        grid.addWidget(self.in_force_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Прекращение:")), 1, 0)
        grid.addWidget(self.termination_label, 1, 1)
        grid.addWidget(QLabel(self.tr("Обмен перечнями подписантов (45 дней):")), 2, 0)
        grid.addWidget(self.exchange_label, 2, 1)
        grid.setColumnStretch(1, 1)
        self.notice_table = read_only_table(
            [
                self.tr("Получено"),
                self.tr("Уведомление"),
                self.tr("Сторона"),
                self.tr("Реквизиты"),
                self.tr("Примечание"),
            ]
        )
        fit_columns(self.notice_table, [10, 30, 20, 30], "agreement_notices")
        self.notice_button = QPushButton(self.tr("Записать уведомление…"))
        self.notice_button.clicked.connect(self.open_notice)
        self._editing(self.notice_button)
        buttons = QHBoxLayout()
        buttons.addWidget(
            hint_label(
                self.tr(
                    "Соглашение вступает в силу с даты получения последнего уведомления о "
                    "внутригосударственных процедурах и прекращается через шесть месяцев после "
                    "получения уведомления о прекращении."
                )
            ),
            1,
        )
        buttons.addWidget(self.notice_button, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(status)
        column.addLayout(buttons)
        column.addWidget(self.notice_table, 1)
        return page

    def _notice_kind(self, kind: str) -> str:
        kinds = {
            "ratification": self.tr("о выполнении внутригосударственных процедур"),
            "termination": self.tr("о прекращении"),
        }
        return kinds.get(kind, kind)

    def load(self) -> None:
        status = self.agreement.status()
        exchange = self.agreement.signatory_exchange()
        if status.entry_into_force:
            self.in_force_label.setText(date_text(status.entry_into_force))
        else:
            self.in_force_label.setText(self.tr("не вступило (нет уведомлений обеих Сторон)"))
        if status.terminates_on and status.termination_notice:
            self.termination_label.setText(
                self.tr("уведомление получено {notice}; прекращает действие {end}").format(
                    notice=date_text(status.termination_notice.received_on),
                    end=date_text(status.terminates_on),
                )
            )
        else:
            self.termination_label.setText(self.tr("уведомлений о прекращении нет"))
        if exchange.due_on is None:
            text, style = self.tr("срок начнётся со вступления в силу"), ""
        elif exchange.own_sent_on:
            text = self.tr("срок {due}; наш перечень направлен {sent}").format(
                due=date_text(exchange.due_on), sent=date_text(exchange.own_sent_on)
            )
            style = OK_STYLE
        elif exchange.overdue:
            text = self.tr("срок {due} истёк, наш перечень не направлен").format(
                due=date_text(exchange.due_on)
            )
            style = ERROR_STYLE
        else:
            text = self.tr("срок {due}, осталось {days} дн.; наш перечень не направлен").format(
                due=date_text(exchange.due_on), days=exchange.days_left
            )
            style = WARNING_STYLE
        if exchange.partner_received_on:
            text += self.tr("; перечень другой Стороны получен {day}").format(
                day=date_text(exchange.partner_received_on)
            )
        self.exchange_label.setText(text)
        self.exchange_label.setStyleSheet(style)
        self.notice_table.setRowCount(len(status.notices))
        for row, notice in enumerate(status.notices):
            set_row(
                self.notice_table,
                row,
                [
                    date_text(notice.received_on),
                    self._notice_kind(notice.kind),
                    COUNTRIES.get(notice.party, notice.party),
                    notice.reference,
                    notice.notes or "",
                ],
            )

    def open_notice(self) -> FormDialog:
        dialog = FormDialog(self.tr("Уведомление по ст.\u00a017"), self)
        kind = QComboBox()
        for code in ("ratification", "termination"):
            kind.addItem(self._notice_kind(code), code)
        party = QComboBox()
        for code, name in COUNTRIES.items():
            party.addItem(name, code)
        received = date_edit(date.today())
        reference, notes = QLineEdit(), QLineEdit()
        end = QLabel()
        dialog.row("kind", self.tr("Уведомление"), kind)
        dialog.row("party", self.tr("Сторона"), party)
        dialog.row("received_on", self.tr("Дата получения"), received)
        dialog.row("reference", self.tr("Реквизиты ноты"), reference)
        dialog.row("notes", self.tr("Примечание"), notes)
        dialog.form.addRow(self.tr("Прекратит действие"), end)

        def preview() -> None:
            day = edit_date(received) or date.today()
            terminating = kind.currentData() == "termination"
            end.setText(date_text(termination_date(day)) if terminating else "—")

        kind.currentIndexChanged.connect(preview)
        received.dateChanged.connect(preview)
        preview()

        def submit() -> Write:
            return partial(
                self.agreement.record_notice,
                str(kind.currentData()),
                str(party.currentData()),
                edit_date(received) or date.today(),
                reference.text(),
                notes.text() or None,
            )

        dialog.submit = submit
        return self._open(dialog)
