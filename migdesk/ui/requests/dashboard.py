"""«Сроки исполнения»: what opens on start (Art. 10.3).

Incoming requests by days left to ``due_on`` (overdue in red, due within five days
highlighted) and our requests awaiting the partner's answer with the days since sending.
Loaded in a background task; a double click opens the request.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from migdesk.requests.agreement import AgreementService, SignatoryExchange
from migdesk.requests.records import Dashboard, RequestRow
from migdesk.requests.service import RequestService
from migdesk.requests.workflow import STATE_LABELS, State
from migdesk.ui import messages
from migdesk.ui.authority_combo import authority_names
from migdesk.ui.kit import (
    OVERDUE_BACKGROUND,
    OVERDUE_COLOR,
    SOON_BACKGROUND,
    SOON_DAYS,
    date_text,
    fit_columns,
    read_only_table,
    selected_key,
    set_row,
)
from migdesk.ui.reloader import Reloader
from migdesk.ui.request_labels import kind_label
from migdesk.ui.tasks import TaskContext
from migdesk.ui.widgets import ERROR_STYLE, hint_label

Loaded = tuple[Dashboard, dict[str, str], SignatoryExchange]


class DashboardView(QWidget):
    open_requested = Signal(str)  # request id
    loaded = Signal()

    def __init__(self, service: RequestService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.dashboard: Dashboard | None = None
        self.reloader: Reloader[Loaded] = Reloader(self, self._work, self._show, self._failed)

        title = QLabel(
            self.tr("Сроки исполнения запросов (п.\u00a03 ст.\u00a010: не более 30 дней)")
        )
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        self.status_label = QLabel()
        self.refresh_button = QPushButton(self.tr("Обновить"))
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(self.tr("Открыть"))
        self.open_button.clicked.connect(self._open_selected)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.refresh_button)
        top.addWidget(self.open_button)

        self.incoming = read_only_table(
            [
                self.tr("Осталось дней"),
                self.tr("Срок"),
                self.tr("Номер"),
                self.tr("Поступил"),
                self.tr("От кого"),
                self.tr("Состояние"),
                self.tr("Существо"),
            ]
        )
        fit_columns(self.incoming, [8, 10, 10, 10, 16, 26], "dashboard_incoming")
        self.outgoing = read_only_table(
            [
                self.tr("Ждём дней"),
                self.tr("Направлен"),
                self.tr("Номер"),
                self.tr("Вид"),
                self.tr("Кому"),
                self.tr("Состояние"),
                self.tr("Существо"),
            ]
        )
        fit_columns(self.outgoing, [8, 10, 10, 14, 16, 26], "dashboard_outgoing")
        for table in (self.incoming, self.outgoing):
            table.doubleClicked.connect(lambda _index, t=table: self._open_from(t))
            table.itemSelectionChanged.connect(lambda t=table: self._selected(t))

        self.incoming_empty = hint_label(self.tr("Входящих запросов на исполнении нет."))
        self.outgoing_empty = hint_label(self.tr("Запросов, ожидающих ответа, нет."))
        legend = hint_label(
            self.tr(
                "Красным — срок истёк; жёлтым — осталось не более {days} дней. "
                "Двойной щелчок открывает запрос."
            ).format(days=SOON_DAYS)
        )
        incoming_box = QGroupBox(self.tr("Входящие запросы на исполнении"))
        box_layout = QVBoxLayout(incoming_box)
        box_layout.addWidget(self.incoming_empty)
        box_layout.addWidget(self.incoming, 1)
        outgoing_box = QGroupBox(self.tr("Наши запросы, ожидающие ответа"))
        box_layout = QVBoxLayout(outgoing_box)
        box_layout.addWidget(self.outgoing_empty)
        box_layout.addWidget(self.outgoing, 1)

        # Art. 9.3: lists of signatories and blanks within 45 days of entry into force.
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(ERROR_STYLE)
        self.reminder.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.reminder)
        layout.addWidget(legend)
        layout.addWidget(incoming_box, 3)
        layout.addWidget(outgoing_box, 2)
        self._last_table: QTableWidget = self.incoming
        self.open_button.setEnabled(False)

    # --- loading -------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.reloader.loading

    def refresh(self) -> None:
        self.reloader.load()

    def _work(self) -> Callable[[TaskContext], Loaded]:
        service = self.service

        def work(_ctx: TaskContext) -> Loaded:
            board = service.dashboard()
            exchange = AgreementService(service.vault).signatory_exchange(board.as_of)
            return board, authority_names(service.vault, board.as_of), exchange

        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Загрузка…"))
        return work

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(messages.error_text(exc))

    def _remind(self, exchange: SignatoryExchange) -> None:
        if not exchange.reminder or exchange.due_on is None:
            self.reminder.hide()
            return
        due = date_text(exchange.due_on)
        if exchange.overdue:
            text = self.tr(
                "Срок обмена перечнями подписантов и образцами бланков "
                "(п.\u00a03 ст.\u00a09) истёк {date}: направьте их другой Стороне "
                "(Справочники → «Подписанты и бланки»)."
            )
        else:
            text = self.tr(
                "До {date} (осталось дней: {days}) нужно направить другой Стороне перечни "
                "подписантов и образцы бланков (п.\u00a03 ст.\u00a09)."
            )
        self.reminder.setText(text.format(date=due, days=exchange.days_left))
        self.reminder.show()

    def _show(self, result: Loaded) -> None:
        board, names, exchange = result
        self.dashboard = board
        self._remind(exchange)
        self._fill_incoming(board.incoming, names)
        self._fill_outgoing(board.outgoing, names)
        overdue = sum(1 for r in board.incoming if r.overdue)
        self.status_label.setStyleSheet(ERROR_STYLE if overdue else "")
        self.status_label.setText(
            self.tr("На {day}: на исполнении {count}, просрочено {overdue}").format(
                day=date_text(board.as_of),
                count=QLocale().toString(len(board.incoming)),
                overdue=QLocale().toString(overdue),
            )
        )
        self.loaded.emit()

    def _fill_incoming(self, rows: list[RequestRow], names: dict[str, str]) -> None:
        table = self.incoming
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            left = "" if row.days_left is None else QLocale().toString(row.days_left)
            set_row(
                table,
                index,
                [
                    left,
                    date_text(row.due_on),
                    row.number,
                    date_text(row.received_on),
                    names.get(row.from_code, row.from_code),
                    STATE_LABELS[State(row.state)],
                    row.substance,
                ],
                row.id,
            )
            if row.overdue:
                self._paint(table, index, OVERDUE_BACKGROUND, bold_red=True)
            elif row.days_left is not None and row.days_left <= SOON_DAYS:
                self._paint(table, index, SOON_BACKGROUND, bold_red=False)
        self.incoming_empty.setVisible(not rows)

    def _fill_outgoing(self, rows: list[RequestRow], names: dict[str, str]) -> None:
        table = self.outgoing
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            waiting = "" if row.waiting_days is None else QLocale().toString(row.waiting_days)
            set_row(
                table,
                index,
                [
                    waiting,
                    date_text(row.sent_on),
                    row.number,
                    kind_label(row.kind),
                    names.get(row.to_code, row.to_code),
                    STATE_LABELS[State(row.state)],
                    row.substance,
                ],
                row.id,
            )
        self.outgoing_empty.setVisible(not rows)

    @staticmethod
    def _paint(table: QTableWidget, row: int, background: QColor, *, bold_red: bool) -> None:
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None:
                continue
            item.setBackground(QBrush(background))
            if bold_red:
                item.setForeground(QBrush(OVERDUE_COLOR))
                if column == 0:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)

    # --- opening -------------------------------------------------------------------------

    def _selected(self, table: QTableWidget) -> None:
        self._last_table = table
        other = self.outgoing if table is self.incoming else self.incoming
        if table.selectionModel().selectedRows():
            other.clearSelection()
        self.open_button.setEnabled(bool(table.selectionModel().selectedRows()))

    def _open_from(self, table: QTableWidget) -> None:
        key = selected_key(table)
        if isinstance(key, str):
            self.open_requested.emit(key)

    def _open_selected(self) -> None:
        self._open_from(self._last_table)

    def row_colors(self, table: QTableWidget, row: int) -> tuple[str, str]:
        """(foreground, background) names of a row's first cell, for tests."""
        item = table.item(row, 0)
        assert item is not None
        return item.foreground().color().name(), item.background().color().name()
