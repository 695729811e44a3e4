"""Shared pieces of the request screens: labels of steps, dates, role checks, a form that
shows the domain's messages next to its fields.

Rules stay in ``migdesk.requests``; here only what to offer and how to show it.
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
from migdesk.requests.access import REGISTRY_ROLES, is_supervisor, is_working
from migdesk.requests.authorities import OWN_AUTHORITY_SETTING, AuthorityRegistry
from migdesk.requests.records import AttachmentInput
from migdesk.ui import messages
from migdesk.ui.problem_paths import parse_path
from migdesk.ui.widgets import FieldWithError, error_label
from migdesk.vault import Vault

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them

OVERDUE_COLOR = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fbe3e6")
SOON_BACKGROUND = QColor("#fff1c9")
SOON_DAYS = 5
ID_ROLE = Qt.ItemDataRole.UserRole
NO_DATE = QDate(1900, 1, 1)  # the minimum of an optional date edit: shown as «—»


# --- roles ---------------------------------------------------------------------------------


class Access:
    """What the current user's roles let the screens offer (the domain refuses anyway)."""

    def __init__(self, vault: Vault) -> None:
        self.user = vault.user
        self.roles = vault.current_roles()
        self.working = is_working(self.roles)
        self.supervisor = is_supervisor(self.roles)
        self.registries = bool(self.roles & REGISTRY_ROLES)


def own_authority(vault: Vault) -> str | None:
    return vault.setting(OWN_AUTHORITY_SETTING)


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
    else:
        edit.setDate(to_qdate(day or date.today()))
    return edit


def edit_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE and edit.specialValueText() else from_qdate(value)


# --- labels --------------------------------------------------------------------------------


def action_label(direction: str, action: str) -> str:
    """Button text of a step. On an outgoing request most steps record the partner's letter."""
    if direction == "incoming":
        incoming = {
            "register": translate("RequestActions", "Зарегистрирован"),
            "start": translate("RequestActions", "Взять в работу"),
            "more-info": translate("RequestActions", "Запросить дополнительные сведения…"),
            "more-info-received": translate("RequestActions", "Дополнительные сведения получены"),
            "obstacle": translate("RequestActions", "Уведомить о препятствиях или задержке…"),
            "postpone": translate("RequestActions", "Отложить или поставить условия…"),
            "resume": translate("RequestActions", "Возобновить исполнение"),
            "answer": translate("RequestActions", "Ответить…"),
            "refuse": translate("RequestActions", "Отказать в исполнении…"),
            "partial-refuse": translate("RequestActions", "Исполнить частично…"),
            "withdraw": translate("RequestActions", "Отозван другой Стороной"),
        }
        return incoming.get(action, action)
    outgoing = {
        "create": translate("RequestActions", "Создан проект"),
        "sign": translate("RequestActions", "Подписать…"),
        "send": translate("RequestActions", "Направить"),
        "cancel": translate("RequestActions", "Аннулировать проект"),
        "more-info": translate("RequestActions", "Другая Сторона просит дополнительные сведения…"),
        "more-info-sent": translate("RequestActions", "Дополнительные сведения направлены"),
        "obstacle": translate("RequestActions", "Получено уведомление о препятствиях…"),
        "postpone": translate("RequestActions", "Получено уведомление об отсрочке…"),
        "resume": translate("RequestActions", "Исполнение возобновлено"),
        "answer": translate("RequestActions", "Получен ответ…"),
        "refuse": translate("RequestActions", "Получен отказ…"),
        "partial-refuse": translate("RequestActions", "Получен частичный отказ…"),
        "withdraw": translate("RequestActions", "Отозвать запрос"),
    }
    return outgoing.get(action, action)


def step_name(direction: str, action: str) -> str:
    """The step as a line of the history: the button text without its «…»."""
    return action_label(direction, action).rstrip("…")


def kind_label(kind: str) -> str:
    labels = {
        "request": translate("RequestLabels", "Запрос"),
        "information": translate("RequestLabels", "Информация без запроса"),
        "confirmation": translate("RequestLabels", "Запрос о подтверждении"),
    }
    return labels.get(kind, kind)


def direction_label(direction: str) -> str:
    labels = {
        "incoming": translate("RequestLabels", "входящий"),
        "outgoing": translate("RequestLabels", "исходящий"),
    }
    return labels.get(direction, direction)


def authority_names(vault: Vault, day: date | None = None) -> dict[str, str]:
    """Code → short name valid on ``day``, for combos and tables."""
    return {a.code: a.name.short_name for a in AuthorityRegistry(vault).list(day)}


def fill_authority_combo(
    combo: QComboBox, vault: Vault, *, country: str | None = None, exclude: str | None = None
) -> None:
    """Authorities competent today; ``country`` keeps one side, ``exclude`` drops one side."""
    combo.clear()
    today = date.today()
    for view in AuthorityRegistry(vault).list(today):
        if not view.active_on(today):
            continue
        if country is not None and view.country != country:
            continue
        if exclude is not None and view.country == exclude:
            continue
        combo.addItem(f"{view.code} — {view.name.short_name}", view.code)
        combo.setItemData(combo.count() - 1, view.name.nominative, Qt.ItemDataRole.ToolTipRole)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def text_edit(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
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


def fit_columns(table: QTableWidget, chars: list[int]) -> None:
    metrics = table.fontMetrics()
    for column, width in enumerate(chars):
        header = table.horizontalHeaderItem(column)
        title = header.text() if header is not None else ""
        table.setColumnWidth(
            column,
            max(
                width * metrics.averageCharWidth() + 16,
                max(metrics.horizontalAdvance(line) for line in title.split("\n")) + 28,
            ),
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
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setMinimumWidth(caption.fontMetrics().averageCharWidth() * 22)
        form.addRow(caption, self.field(name, widget))
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
