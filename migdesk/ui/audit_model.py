"""The audit trail as the screen shows it: detached rows (ORM objects do not cross threads),
a page of them read in a worker, and the table model of the audit window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from migdesk.models import AuditEntry
from migdesk.office.audit_log import AuditFilter, AuditLog
from migdesk.reports.audit_records import record_text, request_ids, request_of
from migdesk.reports.audit_values import audit_details
from migdesk.security.audit_labels import action_label
from migdesk.ui.display import local_time
from migdesk.vault import Vault

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AuditRow:
    """A detached copy of one entry (ORM objects do not cross threads)."""

    id: int
    at: datetime
    user: str
    action: str
    record: str
    purpose: str
    details: str
    record_kind: str = ""  # its code: "person", "user", "request"
    record_id: str = ""
    number: str = ""  # the registration number of the request the record is or belongs to


def record_label(row: AuditRow) -> str:
    """The record as the screen names it, in the interface language as the PDF does in
    Russian («Request No. 12», «Person 9a1f2c3d…»): the domain's labels, at display time."""
    return record_text(row.record_kind, row.record_id, row.number)


def _record_tip(row: AuditRow) -> str | None:
    """The record cell's tooltip: its full text, then the whole id on a line of its own."""
    text = record_label(row)
    if not row.record_id:
        return text or None
    return row.record_id if text in ("", row.record_id) else f"{text}\n{row.record_id}"


@dataclass(frozen=True)
class Page:
    rows: list[AuditRow]
    limit: int
    users: list[str]
    through: int = 0  # the trail's newest entry when read: the chain check stops there too


def _row(entry: AuditEntry, numbers: dict[str, str]) -> AuditRow:
    number = numbers.get(request_of(entry.record_kind, entry.record_id) or "", "")
    return AuditRow(
        entry.id,
        entry.at,
        entry.user,
        entry.action,
        record_text(entry.record_kind, entry.record_id, number),
        entry.purpose or "",
        audit_details(entry),
        entry.record_kind or "",
        entry.record_id or "",
        number,
    )


def load_page(
    vault: Vault, selection: AuditFilter, limit: int, wanted: Callable[[], bool] = lambda: True
) -> Page:
    """Worker: the newest ``limit`` matching entries and the users named in the trail. The
    view is audited here, unless ``wanted()`` says the page will not be shown (cancelled):
    on the GUI thread that write waited for any background writer (#17). The view's own
    entry comes after the page's snapshot (``through``): it is in the next page read."""
    log = AuditLog(vault)
    page = log.page(selection, limit)
    numbers = log.request_numbers(request_ids(page.entries))
    rows = [_row(e, numbers) for e in page.entries]
    if wanted():
        log.viewed(len(rows))
    return Page(rows, limit, page.users, page.through)


# One function per column: a cell asks for its own value only (a column fit asks for every
# cell of 100 rows, and all seven values per cell — a local time and two labels among them —
# made the audit window's fit after a language switch the longest stall of the switch, #17).
_CELLS: tuple[Callable[[AuditRow], str], ...] = (
    lambda row: str(row.id),
    lambda row: local_time(row.at),
    lambda row: row.user,
    lambda row: action_label(row.action),
    record_label,
    lambda row: row.purpose,
    lambda row: row.details,
)


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.headers = self._headers()

    @staticmethod
    def _headers() -> list[str]:
        translate = QCoreApplication.translate
        return [
            translate("AuditModel", "№"),
            translate("AuditModel", "Время"),
            translate("AuditModel", "Пользователь"),
            translate("AuditModel", "Действие"),
            translate("AuditModel", "Запись"),
            translate("AuditModel", "Цель"),
            translate("AuditModel", "Подробности"),
        ]

    def retranslate(self) -> None:
        """After a language switch (ui/retranslate calls it): the headers anew."""
        self.headers = self._headers()

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = list(reversed(rows))  # newest first on screen
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            # The codes behind the words: the action's; the record's full text (the cell may be
            # elided) and its whole id on its own line (for the filter).
            if column == 4:
                return _record_tip(row)
            return row.action if column == 3 else None
        cell = _CELLS[column] if 0 <= column < len(_CELLS) else None
        return None if cell is None else cell(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
