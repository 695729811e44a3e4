"""«Акты уничтожения», the retention window's second tab (Art. 11.5): every destruction act,
to be saved as PDF again at any time (the record is gone whether or not its act was saved
when it was destroyed). Also the read-only table both tabs of the window use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import MigDeskError
from migdesk.office.retention import ActInfo, RetentionService
from migdesk.ui import messages
from migdesk.ui.columns import size_columns
from migdesk.ui.kit import read_only_table
from migdesk.ui.save_dialogs import choose_save_path
from migdesk.ui.widgets import hint_label


def retention_table(headers: list[str], key: str, minimums: list[int]) -> QTableWidget:
    """The kit's read-only table, columns sized and remembered under ``key``
    (``ui.columns``)."""
    table = read_only_table(headers)
    size_columns(table, key, minimums)
    return table


class ActsPage(QWidget):
    status = Signal(str)  # what happened, for the window's status line
    failed = Signal(str)  # the acts could not be listed

    def __init__(self, service: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.acts: list[ActInfo] = []
        self.table = retention_table(
            [
                self.tr("№ акта"),
                self.tr("Дата"),
                self.tr("Запись"),
                self.tr("Уничтожил"),
                self.tr("Основание"),
            ],
            "retention_acts",
            [8, 10, 30, 24],  # «Основание» takes the room
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.save_button = QPushButton(self.tr("Сохранить акт в PDF…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_selected_act)
        row = QHBoxLayout()
        row.addWidget(
            hint_label(self.tr("Акт можно сохранить повторно в любой момент.")),
            1,
        )
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        try:
            self.acts = self.service.acts()
        except MigDeskError as exc:
            self.acts = []
            self.failed.emit(str(exc))
        self.table.setRowCount(len(self.acts))
        for row, act in enumerate(self.acts):
            cells = (
                act.number,
                act.act_date.strftime("%d.%m.%Y"),
                act.record_id,
                act.destroyed_by,
                act.grounds,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.save_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def save_selected_act(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        return bool(rows) and self.save_act(self.acts[rows[0].row()])

    def save_act(self, act: ActInfo) -> bool:
        name = self.tr("Акт об уничтожении № {number}.pdf").format(
            number=act.number.replace("/", "-")
        )
        path = choose_save_path(
            self,
            self.tr("Сохранить акт об уничтожении № {number}").format(number=act.number),
            self.tr("Документы PDF (*.pdf)"),
            name,
        )
        if path is None:
            return False
        return self.write_act(act, path)

    def write_act(self, act: ActInfo, path: Path) -> bool:
        # reportlab loads when an act is printed, not when the window opens.
        from migdesk.reports.destruction_act import write_destruction_act

        try:
            write_destruction_act(self.service.vault, act, path)
        except MigDeskError as exc:
            messages.show_error(self, str(exc))
            return False
        except OSError:
            messages.show_error(
                self,
                self.tr("Не удалось записать файл «{path}»; акт можно сохранить повторно.").format(
                    path=path
                ),
            )
            return False
        self.status.emit(
            self.tr("Акт № {number} сохранён: {path}").format(number=act.number, path=path)
        )
        return True
