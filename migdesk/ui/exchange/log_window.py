"""«Журнал пакетов»: every bundle sent and received, which were acknowledged, and the gaps —
numbers a partner used that never arrived here, shown as missing bundles. «Реестр передачи…»
prints the courier transmittal register for the selected outgoing bundles."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migdesk.changes import Kind
from migdesk.exchange.channels import list_bundles, missing_bundles
from migdesk.exchange.register import RegisterResult
from migdesk.office.access import Access
from migdesk.ui import messages
from migdesk.ui.change_bus import subscribe
from migdesk.ui.columns import size_columns
from migdesk.ui.exchange.common import kind_text, local_time
from migdesk.ui.exchange.register_action import RegisterPrinter
from migdesk.ui.geometry import fit_window
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import hint_label
from migdesk.vault import Vault

MISSING_COLOR = QColor("#fde2e1")


@dataclass(frozen=True)
class LogRow:
    direction: str  # out | in | missing
    peer: str
    channel: str
    sequence: int
    created: str
    kind: str
    status: str
    acknowledged_at: str
    counts: dict[str, int]
    bundle_id: str


def load_rows(vault: Vault) -> list[LogRow]:
    """Log entries, newest first, with a «missing» row for each number never received."""
    rows: list[LogRow] = []
    entries = list_bundles(vault)
    for e in entries:
        rows.append(
            LogRow(
                e.direction,
                e.peer,
                e.channel,
                e.sequence,
                local_time(e.created),
                e.kind,
                e.status,
                local_time(e.acknowledged_at),
                e.counts,
                e.bundle_id,
            )
        )
    for gap in missing_bundles(entries):
        for number in range(gap.first, gap.last + 1):
            rows.append(LogRow("missing", gap.peer, gap.channel, number, "", "", "", "", {}, ""))
    return sorted(rows, key=lambda r: (r.peer, r.channel, r.direction == "out", -r.sequence))


class BundleLogWindow(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.vault = vault
        self.setWindowTitle(self.tr("Журнал пакетов — MigDesk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.headers = [
            self.tr("Направление"),
            self.tr("Орган"),
            self.tr("Канал"),
            self.tr("№"),
            self.tr("Создан"),
            self.tr("Вид"),
            self.tr("Статус"),
            self.tr("Подтверждён"),
            self.tr("Содержимое"),
        ]
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        size_columns(self.table, "bundle_log", [10, 16, 8, 5, 16, 10, 12, 16])  # «Содержимое»
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.rows: list[LogRow] = []
        self.summary = QLabel()
        self.register_printer = RegisterPrinter(vault, self)
        self.register_button = QPushButton(self.tr("Реестр передачи…"))
        self.register_button.setToolTip(
            self.tr("Реестр передачи курьеру для выбранных отправленных пакетов (PDF)")
        )
        self.register_button.setEnabled(False)
        self.register_button.clicked.connect(self.print_register)
        refresh = QPushButton(self.tr("Обновить"))
        refresh.clicked.connect(self.refresh)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.register_button)
        bottom.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Отправленные пакеты подтверждаются пакетом-ответом органа-партнёра. Красные "
                    "строки — номера, которые партнёр использовал, но пакеты до нас не дошли: "
                    "запросите их повторно."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        fit_window(self, "bundle_log", 1000, 480)
        subscribe(self, [Kind.BUNDLES], self.refresh)
        self.refresh()

    def _direction(self, row: LogRow) -> str:
        if row.direction == "out":
            return self.tr("отправлен")
        if row.direction == "in":
            return self.tr("получен")
        return self.tr("не получен")

    def _status(self, row: LogRow) -> str:
        if row.direction == "missing":
            return self.tr("пропуск: пакета нет")
        return {"written": self.tr("записан"), "imported": self.tr("загружен")}.get(
            row.status, row.status
        )

    def _ack(self, row: LogRow) -> str:
        if row.acknowledged_at:
            return row.acknowledged_at
        if row.direction == "out":
            return self.tr("ожидается")
        return "" if row.direction == "missing" else self.tr("не отправлено")

    def _counts(self, row: LogRow) -> str:
        names = {
            "person": self.tr("лица"),
            "acknowledgement": self.tr("подтверждения"),
            "cover": self.tr("сопроводительное письмо"),
        }
        return ", ".join(f"{names.get(k, k)}: {v}" for k, v in sorted(row.counts.items()))

    def selected_outgoing(self) -> list[str]:
        """Bundle ids of the selected rows that we sent (received and missing ones are not
        handed to a courier by us)."""
        chosen = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [
            self.rows[i].bundle_id
            for i in chosen
            if i < len(self.rows) and self.rows[i].direction == "out"
        ]

    def _selection_changed(self) -> None:
        allowed = Access(self.vault).export_bundles
        self.register_button.setEnabled(allowed and bool(self.selected_outgoing()))

    def print_register(self) -> BackgroundOp[RegisterResult] | None:
        return self.register_printer.ask_and_print(self.selected_outgoing())

    def refresh(self) -> None:
        try:
            rows = load_rows(self.vault)
        except Exception as exc:  # noqa: BLE001 — shown as the domain's sentence
            messages.show_error(self, messages.error_text(exc))
            return
        self.rows = rows
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            values = [
                self._direction(row),
                row.peer,
                row.channel,
                str(row.sequence),
                row.created,
                kind_text(row.kind) if row.kind else "",
                self._status(row),
                self._ack(row),
                self._counts(row),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.bundle_id:
                    item.setToolTip(row.bundle_id)
                if row.direction == "missing":
                    item.setBackground(QBrush(MISSING_COLOR))
                self.table.setItem(number, column, item)
        sent = sum(r.direction == "out" for r in rows)
        got = sum(r.direction == "in" for r in rows)
        missing = sum(r.direction == "missing" for r in rows)
        waiting = sum(r.direction == "out" and not r.acknowledged_at for r in rows)
        self.summary.setText(
            self.tr(
                "Отправлено: {sent} (ждут подтверждения: {waiting}); получено: {got}; "
                "пропущено: {missing}."
            ).format(sent=sent, waiting=waiting, got=got, missing=missing)
        )
