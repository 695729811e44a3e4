"""«Запросы»: every request the user may see (Art. 11.1), with filters, and the buttons that
start a new outgoing request, register an incoming one or send information (Art. 8)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.office.access import Access
from migdesk.requests.records import RequestRow
from migdesk.requests.service import RequestService
from migdesk.requests.workflow import STATE_LABELS, State
from migdesk.ui import messages
from migdesk.ui.authority_combo import authority_names
from migdesk.ui.kit import (
    OVERDUE_BACKGROUND,
    OVERDUE_COLOR,
    date_edit,
    date_text,
    edit_date,
    fit_columns,
    read_only_table,
    selected_key,
    set_row,
)
from migdesk.ui.reloader import Reloader
from migdesk.ui.request_labels import direction_label, kind_label
from migdesk.ui.tasks import TaskContext
from migdesk.ui.widgets import ERROR_STYLE

Loaded = tuple[list[RequestRow], dict[str, str]]

if TYPE_CHECKING:  # QtPdf and pyHanko load when a document is first opened
    from migdesk.ui.documents.batch_dialog import BatchDialog


class RequestListView(QWidget):
    open_requested = Signal(str)  # request id
    new_requested = Signal(str, str)  # kind, direction
    loaded = Signal()

    def __init__(self, service: RequestService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.access = Access(service.vault)
        self.rows: list[RequestRow] = []
        self.reloader: Reloader[Loaded] = Reloader(self, self._work, self._show, self._failed)

        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Входящие и исходящие"), None)
        self.direction_combo.addItem(self.tr("Входящие"), "incoming")
        self.direction_combo.addItem(self.tr("Исходящие"), "outgoing")
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("Любое состояние"), None)
        for state, label in STATE_LABELS.items():
            self.state_combo.addItem(label, state.value)
        self.state_combo.setMinimumContentsLength(22)
        self.authority_combo = QComboBox()
        self.authority_combo.addItem(self.tr("Любой компетентный орган"), None)
        self.overdue_check = QCheckBox(self.tr("Только просроченные"))
        self.as_of_edit = date_edit(date.today())
        self.as_of_edit.setToolTip(self.tr("Состояние запросов на конец этого дня"))
        for combo in (self.direction_combo, self.state_combo, self.authority_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.overdue_check.toggled.connect(self.refresh)
        self.as_of_edit.dateChanged.connect(self.refresh)

        filters = QHBoxLayout()
        filters.addWidget(self.direction_combo)
        filters.addWidget(self.state_combo, 1)
        filters.addWidget(self.authority_combo, 1)
        filters.addWidget(self.overdue_check)
        filters.addWidget(QLabel(self.tr("на дату")))
        filters.addWidget(self.as_of_edit)

        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("Новый запрос"))
        self.new_button.clicked.connect(lambda: self.new_requested.emit("request", "outgoing"))
        self.receive_button = QPushButton(self.tr("Зарегистрировать входящий…"))
        self.receive_button.clicked.connect(lambda: self.new_requested.emit("request", "incoming"))
        self.information_button = QPushButton(self.tr("Информация без запроса (ст.\u00a08)"))
        self.information_button.clicked.connect(
            lambda: self.new_requested.emit("information", "outgoing")
        )
        self.open_button = QPushButton(self.tr("Открыть"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        self.batch_dialog: BatchDialog | None = None
        self.batch_button = QPushButton(self.tr("Подписать и напечатать…"))
        self.batch_button.setToolTip(self.tr("Выберите запросы (Ctrl или Shift + щелчок)"))
        self.batch_button.setVisible(self.access.supervisor)
        self.batch_button.setEnabled(False)
        self.batch_button.clicked.connect(self.open_batch)
        for button in (self.new_button, self.receive_button, self.information_button):
            button.setEnabled(self.access.working)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.receive_button)
        actions.addWidget(self.information_button)
        actions.addSpacing(12)
        actions.addWidget(self.open_button)
        actions.addWidget(self.batch_button)

        self.table = read_only_table(
            [
                self.tr("Номер"),
                self.tr("Вид"),
                self.tr("Направление"),
                self.tr("Другая Сторона"),
                self.tr("Состояние"),
                self.tr("Поступил / направлен"),
                self.tr("Срок"),
                self.tr("Существо"),
            ]
        )
        fit_columns(self.table, [10, 16, 10, 16, 24, 12, 10], "request_list")
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

    # --- loading -------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.reloader.loading

    def refresh(self) -> None:
        self.reloader.load()

    def _work(self) -> Callable[[TaskContext], Loaded]:
        """Reads with the filters as they are now (in the worker)."""
        service = self.service
        direction = self.direction_combo.currentData()
        overdue = True if self.overdue_check.isChecked() else None
        as_of = edit_date(self.as_of_edit)

        def work(_ctx: TaskContext) -> Loaded:
            rows = service.list(overdue=overdue, as_of=as_of, direction=direction)
            return rows, authority_names(service.vault, as_of)

        return work

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setStyleSheet(ERROR_STYLE)
        self.count_label.setText(messages.error_text(exc))

    def _show(self, result: Loaded) -> None:
        rows, names = result
        self._update_authorities(names)
        state = self.state_combo.currentData()
        authority = self.authority_combo.currentData()
        self.rows = [
            r
            for r in rows
            if (state is None or r.state == state)
            and (authority is None or authority in (r.from_code, r.to_code))
        ]
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            partner = row.from_code if row.direction == "incoming" else row.to_code
            set_row(
                self.table,
                index,
                [
                    row.number,
                    kind_label(row.kind),
                    direction_label(row.direction),
                    names.get(partner, partner),
                    STATE_LABELS[State(row.state)],
                    date_text(row.received_on or row.sent_on),
                    date_text(row.due_on) if row.days_left is not None else "",
                    row.substance,
                ],
                row.id,
            )
            if row.overdue:
                for column in range(self.table.columnCount()):
                    item = self.table.item(index, column)
                    if item is not None:
                        item.setForeground(OVERDUE_COLOR)
                        item.setBackground(OVERDUE_BACKGROUND)
        self.count_label.setStyleSheet("")
        self.count_label.setText(
            self.tr("Показано: {count}").format(count=QLocale().toString(len(self.rows)))
            if self.rows
            else self.tr("Запросов нет.")
        )
        self.loaded.emit()

    def _update_authorities(self, names: dict[str, str]) -> None:
        combo = self.authority_combo
        wanted = sorted(names)
        present = [combo.itemData(i) for i in range(1, combo.count())]
        if present == wanted:
            return
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for code in wanted:
            combo.addItem(f"{code} — {names[code]}", code)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # --- opening -------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(selected)
        self.batch_button.setEnabled(selected and self.access.supervisor)

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.rows[row].id for row in rows if row < len(self.rows)]

    def open_batch(self) -> BatchDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        from migdesk.ui.documents.batch_dialog import BatchDialog

        dialog = BatchDialog(self.service.vault, ids, self)
        self.batch_dialog = dialog
        dialog.show()
        return dialog

    def _open_selected(self) -> None:
        key = selected_key(self.table)
        if isinstance(key, str):
            self.open_requested.emit(key)
