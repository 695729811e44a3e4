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
from migdesk.reports.audit_values import audit_details
from migdesk.security.audit_labels import action_label
from migdesk.ui.display import local_time
from migdesk.vault import Vault

# Kinds of record named in the trail, in the trail's own words (codes stay in the PDF and
# CLI); the screen names them in the interface language (``record_label``).
RECORD_KINDS = {"person": "лицо", "user": "пользователь", "request": "запрос"}
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


def record_label(row: AuditRow) -> str:
    """The record as the screen names it, its kind in the interface language («person …»)."""
    translate = QCoreApplication.translate
    kinds = {
        "person": translate("AuditModel", "лицо"),
        "user": translate("AuditModel", "пользователь"),
        "request": translate("AuditModel", "запрос"),
    }
    kind = kinds.get(row.record_kind, row.record_kind)
    return " ".join(p for p in (kind, row.record_id) if p)


@dataclass(frozen=True)
class Page:
    rows: list[AuditRow]
    limit: int
    users: list[str]
    through: int = 0  # the trail's newest entry when read: the chain check stops there too


def _row(entry: AuditEntry) -> AuditRow:
    kind = RECORD_KINDS.get(entry.record_kind or "", entry.record_kind)
    record = " ".join(p for p in (kind, entry.record_id) if p)
    return AuditRow(
        entry.id,
        entry.at,
        entry.user,
        entry.action,
        record,
        entry.purpose or "",
        audit_details(entry),
        entry.record_kind or "",
        entry.record_id or "",
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
    rows = [_row(e) for e in page.entries]
    if wanted():
        log.viewed(len(rows))
    return Page(rows, limit, page.users, page.through)


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
            return row.action if column == 3 else None
        values = (
            str(row.id),
            local_time(row.at),
            row.user,
            action_label(row.action),
            record_label(row),
            row.purpose,
            row.details,
        )
        return values[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
