"""The application's small widget kit: dates as ДД.ММ.ГГГГ, read-only tables, compact combos
and text edits, and a form that shows the domain's messages next to its fields.

Only how things are shown and entered; rules stay in the domain.
"""

from __future__ import annotations

import mimetypes
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from migdesk.errors import InvalidInput, MigDeskError, ValidationFailed
from migdesk.requests.records import AttachmentInput
from migdesk.ui import messages
from migdesk.ui.columns import MAX_CHARS, size_columns
from migdesk.ui.date_typing import TypeIntoEmptyDate
from migdesk.ui.field_names import name_field
from migdesk.ui.problem_paths import parse_path
from migdesk.ui.widgets import Caption, FieldWithError, error_label

OVERDUE_COLOR = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fbe3e6")
SOON_BACKGROUND = QColor("#fff1c9")
SOON_DAYS = 5
ID_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate  # literal calls below, so lupdate finds them

NO_DATE = QDate(1900, 1, 1)  # the minimum of an optional date edit: shown as «—»


# --- dates ---------------------------------------------------------------------------------


def date_text(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date | None = None, *, optional: bool = False) -> QDateEdit:
    """ДД.ММ.ГГГГ with a calendar; an optional edit shows «—» at its minimum (no date)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 48)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(to_qdate(day) if day else NO_DATE)
        TypeIntoEmptyDate(edit)
    else:
        edit.setDate(to_qdate(day or date.today()))
    return edit


def edit_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE and edit.specialValueText() else from_qdate(value)


# --- widgets -------------------------------------------------------------------------------


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def text_edit(lines: int = 3, grow_to: int | None = None) -> QPlainTextEdit:
    """A text box ``lines`` high; with ``grow_to`` it grows with its text up to that many
    lines, so a request's main texts can be read without scrolling (issue 13.10)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    spacing = edit.fontMetrics().lineSpacing()
    edit.setFixedHeight(spacing * lines + 14)
    if grow_to is not None:
        layout = edit.document().documentLayout()

        def fit() -> None:
            # A plain-text layout measures its height in lines (wrapped ones included).
            shown = max(lines, min(grow_to, int(layout.documentSize().height())))
            edit.setFixedHeight(spacing * shown + 14)

        layout.documentSizeChanged.connect(fit)
    return edit


def compact_combo(combo: QComboBox, chars: int = 24) -> QComboBox:
    """A combo whose long items do not widen the form (the popup still shows them whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def read_attachment(path: Path) -> AttachmentInput:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return AttachmentInput(path.name, mime, path.read_bytes())


def size_text(size: int) -> str:
    return translate("RequestLabels", "{size} КБ").format(size=max(1, size // 1024))


def read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def set_row(table: QTableWidget, row: int, values: list[str], key: object = None) -> None:
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        item.setToolTip(value)
        if column == 0 and key is not None:
            item.setData(ID_ROLE, key)
        table.setItem(row, column, item)


def selected_key(table: QTableWidget) -> object:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return None if item is None else item.data(ID_ROLE)


def fit_columns(
    table: QTableWidget,
    chars: list[int],
    key: str | None = None,
    *,
    widest: int = MAX_CHARS,
    stretch_room: int = 0,
    keeps_title: bool = False,
) -> None:
    """Minimum widths in characters; the shared sizing of ``migdesk.ui.columns`` does the
    rest (content width up to ``widest`` characters, the main column stretching and keeping
    ``stretch_room`` characters, elided text with tooltips, widths remembered under ``key``)."""
    size_columns(
        table, key, chars, widest=widest, stretch_room=stretch_room, keeps_title=keeps_title
    )


# --- problems next to fields ---------------------------------------------------------------


class ProblemForm:
    """Fields by the domain's path names, each with its red line, and a banner for the rest."""

    def __init__(self) -> None:
        self.fields: dict[str, FieldWithError] = {}
        self.banner = error_label()

    def field(self, name: str, widget: QWidget) -> FieldWithError:
        wrapped = FieldWithError(widget)
        self.fields[name] = wrapped
        return wrapped

    def add_row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> QLabel:
        caption = Caption(label)
        form.addRow(caption, self.field(name, widget))
        name_field(widget, caption)  # the field's own name, not only its wrapper's
        return caption

    def clear(self) -> None:
        self.banner.hide()
        for wrapped in self.fields.values():
            wrapped.set_error(None)

    def show(self, problems: dict[str, str], summary: str) -> None:
        """Each message under its field (``persons[1]`` goes under ``persons``)."""
        rest: list[str] = []
        grouped: dict[str, list[str]] = {}
        for path, message in problems.items():
            name = parse_path(path).name
            if name in self.fields:
                grouped.setdefault(name, []).append(message)
            else:
                rest.append(f"{path}: {message}" if path else message)
        for name, lines in grouped.items():
            self.fields[name].set_error("\n".join(lines))
        self.banner.setText("\n".join([summary, *rest]))
        self.banner.show()

    def show_error(self, exc: MigDeskError, summary: str) -> None:
        if isinstance(exc, ValidationFailed):
            self.show(exc.problems, summary)
        elif isinstance(exc, InvalidInput) and exc.field in self.fields:
            self.show({exc.field or "": str(exc)}, summary)
        else:
            self.banner.setText(messages.error_text(exc))
            self.banner.show()

    def errors(self) -> dict[str, str]:
        """Shown messages by field (tests and screenshots)."""
        return {
            name: wrapped.error.text()
            for name, wrapped in self.fields.items()
            if wrapped.error.text()
        }
