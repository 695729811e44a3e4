"""An editable table for one list of sub-records (documents, registrations, …).

Rows become JSON objects with the schema's keys: empty cells are left out, dates typed as
ДД.ММ.ГГГГ / ММ.ГГГГ / ГГГГ are converted to the stored form, codes come from the combos.
Rows left completely empty are ignored. The domain's messages for this list are shown on
the offending cells (red, with the message as tooltip) and listed above the table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migdesk.identity.partial_date import PartialDateError, parse_partial_date
from migdesk.ui.columns import StretchKeepsTitle
from migdesk.ui.date_typing import dotted
from migdesk.ui.delegates import CODE_ROLE, ChoiceDelegate, CountryDelegate, DateDelegate
from migdesk.ui.display import date_ru
from migdesk.ui.problem_paths import parse_path
from migdesk.ui.subrecord_specs import Column, Kind, TableSpec
from migdesk.ui.widgets import error_label, header_fit_width

PROBLEM_BRUSH = QBrush(QColor("#f9d2d2"))


# lupdate finds literal translate("Context", "text") calls.
translate = QCoreApplication.translate


class SubrecordTable(QWidget):
    changed = Signal()

    def __init__(self, spec: TableSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._row_of_item: list[int] = []
        self._loading = False

        title = QLabel(spec.title)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self.errors = error_label()

        self.table = QTableWidget(0, len(spec.columns))
        self.table.setHorizontalHeaderLabels(
            [f"{c.title} *" if c.required else c.title for c in spec.columns]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        widths: list[int] = []
        for column, spec_column in enumerate(spec.columns):
            header_item = self.table.horizontalHeaderItem(column)
            text = header_item.text() if header_item is not None else spec_column.title
            width = header_fit_width(self.table, text, spec_column.chars)
            if spec_column.choices:  # the longest label fits, plus room for the combo arrow
                longest = max(metrics.horizontalAdvance(c) for c in spec_column.choices.values())
                width = max(width, longest + 40)
            self.table.setColumnWidth(column, width)
            widths.append(width)
            delegate = self._delegate(spec_column)
            if delegate is not None:
                self.table.setItemDelegateForColumn(column, delegate)
        # The longest free text takes the room left (else the last column), never less than
        # its title.
        stretch = next((c for c, col in enumerate(spec.columns) if col.stretch), len(widths) - 1)
        StretchKeepsTitle(self.table, stretch, widths[stretch])
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(translate("SubrecordTable", "Добавить строку"))
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(translate("SubrecordTable", "Удалить строку"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title.setBuddy(self.table)
        self.table.setAccessibleName(spec.title)  # what a screen reader says on Tab into it
        layout.addWidget(title)
        layout.addWidget(self.errors)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _delegate(self, column: Column) -> Any:
        if column.kind is Kind.CHOICE and column.choices is not None:
            return ChoiceDelegate(column.choices, self.table)
        if column.kind is Kind.COUNTRY:
            return CountryDelegate(self.table)
        if column.kind is Kind.DATE:
            return DateDelegate(self.table)
        return None

    # --- rows ------------------------------------------------------------------------------

    def load(self, items: list[dict[str, Any]]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for item in items:
                self.add_row(item)
        finally:
            self._loading = False
        self.clear_problems()

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        values = values or {}
        row = self.table.rowCount()
        was_loading, self._loading = self._loading, True
        try:
            self.table.insertRow(row)
            for column, spec_column in enumerate(self.spec.columns):
                self.table.setItem(
                    row, column, self._cell(spec_column, values.get(spec_column.key))
                )
        finally:
            self._loading = was_loading
        if not self._loading:
            self.changed.emit()
        return row

    def _cell(self, column: Column, value: Any) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if column.kind is Kind.CHOICE and column.choices:
            code = value if value in column.choices else next(iter(column.choices))
            item.setData(CODE_ROLE, code)
            item.setText(column.choices[code])
        elif column.kind is Kind.COUNTRY:
            item.setData(CODE_ROLE, value)
            item.setText(value or "")
        elif column.kind is Kind.DATE:
            item.setText(date_ru(value))
        else:
            item.setText("" if value is None else str(value))
        return item

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.scrollToBottom()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in reversed(rows):
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def set_value(self, row: int, key: str, value: Any) -> None:
        """Put a stored value into a cell (MRZ filling, tests)."""
        column = next(i for i, c in enumerate(self.spec.columns) if c.key == key)
        self.table.setItem(row, column, self._cell(self.spec.columns[column], value))

    def value(self, row: int, key: str) -> str | None:
        column = next(i for i, c in enumerate(self.spec.columns) if c.key == key)
        return self._raw(row, column)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    def _raw(self, row: int, column: int) -> str | None:
        item = self.table.item(row, column)
        if item is None:
            return None
        if self.spec.columns[column].kind in (Kind.CHOICE, Kind.COUNTRY):
            code = item.data(CODE_ROLE)
            return code if isinstance(code, str) and code else None
        return item.text().strip() or None

    # --- reading ---------------------------------------------------------------------------

    def state(self) -> list[list[str | None]]:
        """What is typed, as is: compared with the loaded state to detect unsaved changes."""
        return [
            [self._raw(row, column) for column in range(len(self.spec.columns))]
            for row in range(self.table.rowCount())
        ]

    def _row_is_empty(self, row: int) -> bool:
        # A fresh row has its kind preselected; it counts as empty until something is typed.
        return all(
            self._raw(row, column) is None
            for column, spec_column in enumerate(self.spec.columns)
            if spec_column.kind is not Kind.CHOICE
        )

    def collect(self) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """The list for the person JSON and the date-format problems found on the way."""
        items: list[dict[str, Any]] = []
        problems: dict[str, str] = {}
        self._row_of_item = []
        for row in range(self.table.rowCount()):
            if self._row_is_empty(row):
                continue
            index = len(items)
            item: dict[str, Any] = {}
            for column, spec_column in enumerate(self.spec.columns):
                raw = self._raw(row, column)
                if raw is None:
                    continue
                if spec_column.kind is Kind.DATE:
                    try:
                        # Format only; which dates may lie ahead is the domain's rule.
                        raw = parse_partial_date(dotted(raw), allow_future=True)
                    except PartialDateError as exc:
                        problems[f"{self.spec.list_name}[{index}].{spec_column.key}"] = str(exc)
                        continue
                item[spec_column.key] = raw
            items.append(item)
            self._row_of_item.append(row)
        return items, problems

    # --- problems --------------------------------------------------------------------------

    def clear_problems(self) -> None:
        self.errors.hide()
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")

    def show_problems(self, problems: dict[str, str]) -> set[str]:
        """Mark the cells named in ``problems``; returns the paths that belong here."""
        handled: set[str] = set()
        lines: list[str] = []
        for path, message in problems.items():
            where = parse_path(path)
            if where.name != self.spec.list_name:
                continue
            handled.add(path)
            row = self._table_row(where.index)
            columns = self._columns_for(where.key, row)
            column_titles = [self.spec.columns[c].title for c in columns] if where.key else []
            prefix = (
                translate("SubrecordTable", "Строка {row}").format(row=row + 1)
                if row is not None
                else ""
            )
            label = ", ".join(filter(None, [prefix, *column_titles]))
            lines.append(f"{label}: {message}" if label else message)
            if row is None:
                continue
            for column in columns:
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(PROBLEM_BRUSH)
                    item.setToolTip(message)
        if lines:
            self.errors.setText("\n".join(lines))
            self.errors.show()
        return handled

    def _table_row(self, item_index: int | None) -> int | None:
        if item_index is None:
            return None
        if item_index < len(self._row_of_item):
            return self._row_of_item[item_index]
        return item_index if item_index < self.table.rowCount() else None

    def _columns_for(self, key: str | None, row: int | None) -> list[int]:
        keys = [c.key for c in self.spec.columns]
        if key in keys:
            return [keys.index(key)]
        if row is None:
            return []
        # A problem with the whole row (a required value missing): mark its empty cells.
        empty = [c for c in range(len(keys)) if self._raw(row, c) is None]
        return empty or list(range(len(keys)))

    def first_problem_cell(self) -> tuple[int, int] | None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None and item.toolTip():
                    return row, column
        return None
