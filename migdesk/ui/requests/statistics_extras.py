"""The statistics window's GUI faces of ``statistics report`` and ``statistics received``
(Art. 3.1): the PDF report for a period of months, written off the GUI thread, and the year
figures the other Side sent in a bundle (``bundle export --statistics YYYY``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from migdesk.exchange.statistics_items import Received, received_statistics
from migdesk.ui import messages
from migdesk.ui.kit import fit_columns, read_only_table, selected_key, set_row
from migdesk.ui.save_dialogs import choose_save_path
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import ERROR_STYLE, OK_STYLE
from migdesk.vault import Vault

MONTH_COUNTS = (
    "sent",
    "received",
    "answered",
    "refused",
    "partially_refused",
    "answers_received",
    "refusals_received",
    "overdue",
)


def _month_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, 1))
    edit.setDisplayFormat("MM.yyyy")
    edit.setCalendarPopup(False)
    return edit


def _month(edit: QDateEdit) -> str:
    day = edit.date()
    return f"{day.year():04d}-{day.month():02d}"


class ReportPanel(QWidget):
    """«Отчёт PDF…»: months from–to, the file, then the report written in the background."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.op: BackgroundOp[Path] | None = None
        today = date.today()
        self.from_edit = _month_edit(date(today.year, 1, 1))
        self.to_edit = _month_edit(today)
        self.report_button = QPushButton(self.tr("Отчёт PDF…"))
        self.report_button.clicked.connect(self.choose_report)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Отчёт за месяцы с")))
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("по")))
        row.addWidget(self.to_edit)
        row.addWidget(self.report_button)
        row.addWidget(self.status, 1)

    def choose_report(self) -> None:
        start, end = _month(self.from_edit), _month(self.to_edit)
        path = choose_save_path(
            self,
            self.tr("Сохранить отчёт о статистике"),
            self.tr("Документы PDF (*.pdf)"),
            self.tr("Статистика {start} — {end}.pdf").format(start=start, end=end),
        )
        if path is not None:
            self.write_report(path, start, end)

    def write_report(self, path: Path, start: str, end: str) -> BackgroundOp[Path]:
        vault = self.vault

        def work(ctx: TaskContext) -> Path:
            # reportlab loads here, in the worker, not when the window opens.
            from migdesk.reports.statistics_report import write_statistics_report

            write_statistics_report(vault, path, start, end, cancelled=ctx.cancelled)
            return path

        self.status.setStyleSheet("")
        self.status.setText(self.tr("Отчёт составляется…"))
        # «Отмена» in the progress dialog (a million persons take seconds) ends it too: the
        # button comes back whatever the outcome, and no file is written after a cancel.
        self.op = (
            BackgroundOp(self, work)
            .with_progress(self.tr("Составление отчёта о статистике…"))
            .disabling(self.report_button)
            .on_success(self._written)
            .on_failure(self._failed)
            .on_cancelled(self._cancelled)
            .run()
        )
        return self.op

    def _cancelled(self) -> None:
        self.op = None
        self.status.setStyleSheet("")
        self.status.setText("")

    def _written(self, path: Path) -> None:
        self.op = None
        self.report_button.setEnabled(True)
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("Отчёт сохранён: {name}").format(name=path.name))

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.report_button.setEnabled(True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(messages.error_text(exc))


class ReceivedPanel(QWidget):
    """The other Side's year figures as received: one row per bundle item, its months below."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.items: list[Received] = []
        self.op: BackgroundOp[list[Received]] | None = None
        self.status = QLabel()
        self.list_table = read_only_table(
            [
                self.tr("Орган другой Стороны"),
                self.tr("Год"),
                self.tr("По состоянию на"),
                self.tr("Получено"),
                self.tr("Лиц всего"),
            ]
        )
        fit_columns(self.list_table, [26, 6, 14, 14], "statistics_received")
        self.list_table.itemSelectionChanged.connect(self.show_selected)
        self.months_table = read_only_table(
            [
                self.tr("Месяц"),
                self.tr("Орган"),
                self.tr("Направлено"),
                self.tr("Поступило"),
                self.tr("Исполнено"),
                self.tr("Отказано"),
                self.tr("Частично"),
                self.tr("Ответов\nполучено"),
                self.tr("Отказов\nполучено"),
                self.tr("С нарушением\nсрока"),
            ]
        )
        fit_columns(self.months_table, [8, 16, 10, 10, 10, 10, 10, 10, 10], "statistics_months")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list_table)
        splitter.addWidget(self.months_table)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.refresh()

    @property
    def loading(self) -> bool:
        return self.op is not None

    def refresh(self) -> None:
        """Read in the background (#17: on the GUI thread it froze the window opening)."""
        if self.op is not None:
            return
        vault = self.vault
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Загрузка…"))
        self.op = (
            BackgroundOp(self, lambda _ctx: received_statistics(vault))
            .on_success(self._show)
            .on_failure(self._failed)
            .run()
        )

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.items = []
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(messages.error_text(exc))
        self._fill()

    def _show(self, items: list[Received]) -> None:
        self.op = None
        self.items = items
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Получено сведений: {count}").format(count=len(self.items))
            if self.items
            else self.tr("Статистических сведений от другой Стороны не поступало.")
        )
        self._fill()

    def _fill(self) -> None:
        self.list_table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            persons: dict[str, Any] = item.figures.get("persons") or {}
            set_row(
                self.list_table,
                row,
                [
                    item.provider,
                    str(item.year),
                    item.as_of.strftime("%d.%m.%Y"),
                    item.received_at.strftime("%d.%m.%Y"),
                    str(persons.get("total", "")),
                ],
                item.id,
            )
        if self.items:
            self.list_table.selectRow(0)
        self.show_selected()

    def show_selected(self) -> None:
        key = selected_key(self.list_table)
        item = next((i for i in self.items if i.id == key), None)
        months: list[dict[str, Any]] = (item.figures.get("months") or []) if item else []
        self.months_table.setRowCount(len(months))
        for row, month in enumerate(months):
            year, _, number = str(month.get("month", "")).partition("-")
            cells = [f"{number}.{year}", str(month.get("authority", ""))]
            cells += [str(month.get(k, 0)) for k in MONTH_COUNTS]
            set_row(self.months_table, row, cells, row)
