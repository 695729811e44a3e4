"""«Реестр лиц»: search field, filters, result count and the lazy table of persons.

Typing restarts a 250 ms timer; the search then runs in a worker (a newer search cancels
the older one) and only the list of keys comes back; rows are read per page by the model.
"""

from __future__ import annotations

from array import array
from functools import partial

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from migdesk.office.registry_search import fetch_rows, person_ids, search_keys
from migdesk.persons.labels import SEX_LABELS
from migdesk.persons.search import SearchFilters
from migdesk.persons.service import PersonService
from migdesk.ui import messages
from migdesk.ui.country_combo import CountryCombo
from migdesk.ui.registry_model import RegistryModel
from migdesk.ui.results_keys import ResultsKeys
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import ERROR_STYLE, header_fit_width

DEBOUNCE_MS = 250
# Widths in average characters, one per column of the model (the last, «Получено от», had
# none and kept Qt's 100 px: too narrow for its Kazakh and Armenian titles); the Latin column
# takes the remaining width.
COLUMN_CHARS = (20, 14, 18, 30, 9, 13, 12, 14, 16)
LATIN_COLUMN = 3


class RegistryView(QWidget):
    open_requested = Signal(str)  # person id
    new_requested = Signal()
    search_finished = Signal(int)  # number of matches

    def __init__(self, service: PersonService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._vault = service.vault
        self._op: BackgroundOp[array[int]] | None = None
        self._generation = 0
        self.last_count: int | None = None
        self.lists_everyone = False  # the last search had no words and no filters

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr(
                "Поиск: фамилия, имя (кириллицей или латиницей), номер документа, дата рождения"
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._schedule)

        self.citizenship_combo = CountryCombo(empty_text=self.tr("Любое гражданство"))
        self.citizenship_combo.setMinimumContentsLength(16)
        self.citizenship_combo.currentIndexChanged.connect(self._schedule)
        self.sex_combo = QComboBox()
        self.sex_combo.addItem(self.tr("Любой пол"), None)
        for code, label in SEX_LABELS.items():
            self.sex_combo.addItem(label, code)
        self.sex_combo.currentIndexChanged.connect(self._schedule)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

        self.count_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Остановить"))
        self.cancel_button.clicked.connect(self._cancel_search)
        self._set_busy(False)
        self.new_button = QPushButton(self.tr("Новое лицо"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("Открыть"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)

        # Bound to the vault, not to ``self``: a closure over the view made a reference cycle,
        # so the cycle collector freed a closed view, clearing the model's attributes while
        # Qt still asked it for headers during the widgets' destruction (a flaky AttributeError).
        self.model = RegistryModel(
            partial(fetch_rows, self._vault),
            self,
            fetch_ids=partial(person_ids, self._vault),
        )
        self.table = self._build_table()
        # ↓ from the field into the results, Enter (either) opens the chosen row.
        ResultsKeys(self.search_edit, self.table).open_chosen.connect(self._open_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.citizenship_combo)
        filters.addWidget(self.sex_combo)
        status = QHBoxLayout()
        status.addWidget(self.count_label, 1)
        status.addWidget(self.busy_bar)
        status.addWidget(self.cancel_button)
        status.addSpacing(12)
        status.addWidget(self.new_button)
        status.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(status)
        layout.addWidget(self.table, 1)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(False)  # the order is the search's (folded full name)
        table.verticalHeader().hide()
        # Fixed sizes: content-based sizing would read every row of a million.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        columns = table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(LATIN_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column, chars in enumerate(COLUMN_CHARS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            table.setColumnWidth(column, header_fit_width(table, title, chars))
        table.doubleClicked.connect(self._open_index)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    # --- searching -------------------------------------------------------------------------

    def filters(self) -> SearchFilters:
        sex = self.sex_combo.currentData()
        return SearchFilters(
            citizenship=self.citizenship_combo.code(),
            sex=sex if isinstance(sex, str) else None,
        )

    def _schedule(self) -> None:
        self._timer.start()

    @property
    def searching(self) -> bool:
        return self._op is not None or self._timer.isActive()

    def refresh(self) -> None:
        """Run the current search now (also after saves and demo data)."""
        self._timer.stop()
        if self._op is not None:
            self._op.cancel()
        self._generation += 1
        generation = self._generation
        query, filters, service = self.search_edit.text(), self.filters(), self._service

        def work(ctx: TaskContext) -> array[int]:
            return search_keys(service, query, filters, ctx.cancelled)

        self._op = (
            BackgroundOp(self, work)
            .on_success(lambda pks: self._found(generation, pks, query, filters))
            .on_failure(lambda exc: self._failed(generation, exc))
            .on_cancelled(lambda: self._cancelled(generation))
            .on_busy(lambda busy: self._busy(generation, busy))
            .run()
        )

    def _current(self, generation: int) -> bool:
        if generation != self._generation:
            return False  # an older search, overtaken by a newer one
        self._op = None
        self._set_busy(False)
        return True

    def _found(self, generation: int, pks: array[int], query: str, filters: SearchFilters) -> None:
        if not self._current(generation):
            return
        self._record(query, len(pks), filters)
        self.model.set_pks(pks)
        self.last_count = len(pks)
        self.lists_everyone = not query.strip() and filters == SearchFilters()
        self._show_count(len(pks))
        self._selection_changed()
        self.search_finished.emit(len(pks))

    def _record(self, query: str, found: int, filters: SearchFilters) -> None:
        """The search's audit entry, on a worker: it waits for the write lock, which an index
        upkeep step may hold for half a second at 1M, and the result must not (#17). Run in
        order with the window's other writes, it keeps its place in the audit trail, and the
        vault closes only after it (``tasks.wait_for_all``)."""
        service = self._service

        def work(_ctx: TaskContext) -> None:
            service.record_search(query, found, filters)

        BackgroundOp(self, work).in_order().run()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if self._current(generation):
            self.count_label.setStyleSheet(ERROR_STYLE)
            self.count_label.setText(messages.error_text(exc))

    def _cancelled(self, generation: int) -> None:
        if self._current(generation):
            self.count_label.setStyleSheet("")
            self.count_label.setText(self.tr("Поиск остановлен."))

    def _busy(self, generation: int, busy: bool) -> None:
        # Only the newest search shows the bar; it is hidden when that search ends.
        if busy and generation == self._generation:
            self._set_busy(True)

    def _cancel_search(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _show_count(self, count: int) -> None:
        self.count_label.setStyleSheet("")
        filtered = bool(self.search_edit.text().strip()) or self.filters() != SearchFilters()
        if count:
            text = self.tr("Найдено: {count}").format(count=QLocale().toString(count))
        elif filtered:
            text = self.tr("Ничего не найдено.")
        else:
            text = self.tr(
                "Реестр пуст. Добавьте лицо кнопкой «Новое лицо» или демо-данные (меню «Файл»)."
            )
        self.count_label.setText(text)

    # --- opening ---------------------------------------------------------------------------

    def selected_person_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _open_index(self, index: QModelIndex) -> None:
        person_id = self.model.person_id(index.row())
        if person_id is not None:
            self.open_requested.emit(person_id)

    def _open_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is not None:
            self.open_requested.emit(person_id)

    def forget(self) -> None:
        """After a lock: no rows and no search text stay on screen or in memory."""
        self.shutdown()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.set_pks(array("q"))
        self.last_count = None

    def shutdown(self) -> None:
        """Stop searching before the vault closes. A result already on its way is dropped
        too (a newer generation): after a lock no row may come back on screen."""
        self._timer.stop()
        if self._op is not None:
            self._op.cancel()
            self._op = None
            self._set_busy(False)
        self._generation += 1
