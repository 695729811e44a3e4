"""«Статистика» (Art. 3): counts by month and partner authority as a table and a bar chart,
the CSV export of the domain (written atomically), the PDF report for a period of months
(written in the background) and the figures received from the other Side."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from migdesk.office.access import Access
from migdesk.requests.statistics import MonthStats, StatisticsService
from migdesk.ui import messages
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.geometry import fit_window
from migdesk.ui.kit import date_edit, edit_date, fit_columns, read_only_table, set_row
from migdesk.ui.requests.bar_chart import BarChart, Series
from migdesk.ui.requests.statistics_extras import ReceivedPanel, ReportPanel
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import ERROR_STYLE, OK_STYLE
from migdesk.vault import Vault

COLORS = ("#3b6ea5", "#7aa6d6", "#2e8b57", "#c0392b")


def _median(value: float | None) -> str:
    return "" if value is None else QLocale().toString(value, "f", 1)


class StatisticsWindow(QWidget):
    loaded = Signal()
    export_finished = Signal(bool)  # an export started by ``export`` has ended: written or not

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = StatisticsService(vault)
        self.access = Access(vault)
        self.rows: list[MonthStats] = []
        self.exported_rows: int | None = None  # the last export's rows
        self._op: BackgroundOp[list[MonthStats]] | None = None
        self.setWindowTitle(self.tr("Статистика запросов (ст.\u00a03) — MigDesk"))

        self.as_of_edit = date_edit(date.today())
        self.as_of_edit.dateChanged.connect(self.refresh)
        self.authority_combo = QComboBox()
        self.authority_combo.addItem(self.tr("Все органы другой Стороны"), None)
        self.authority_combo.currentIndexChanged.connect(self._show_rows)
        self.export_button = QPushButton(self.tr("Выгрузить в CSV…"))
        self.export_button.clicked.connect(self._choose_export)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("На дату")))
        top.addWidget(self.as_of_edit)
        top.addWidget(self.authority_combo)
        top.addWidget(self.status, 1)
        top.addWidget(self.export_button)

        self.table = read_only_table(
            [
                self.tr("Месяц"),
                self.tr("Орган\nдругой Стороны"),
                self.tr("Направлено"),
                self.tr("Поступило"),
                self.tr("Исполнено"),
                self.tr("Отказано"),
                self.tr("Частично"),
                self.tr("Ответов\nполучено"),
                self.tr("Отказов\nполучено"),
                self.tr("С нарушением\nсрока"),
                self.tr("Медиана\nисполнения, дн."),
                self.tr("Медиана ответа\nдругой Стороны, дн."),
            ]
        )
        # Every column has its minimum: the authority takes the spare room, not the last column
        # (a number, which stretched to what was left and cut its two-line title in Armenian),
        # and never less than its title (in Armenian the table then scrolls sideways).
        fit_columns(
            self.table, [7, 12, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "statistics", keeps_title=True
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.chart = BarChart()
        self.chart.empty_text = self.tr("Нет данных за выбранный период.")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.report = ReportPanel(vault)
        self.report.setEnabled(self.access.working)
        ours = QWidget()
        column = QVBoxLayout(ours)
        column.addLayout(top)
        column.addWidget(self.report)
        column.addWidget(splitter, 1)
        self.received = ReceivedPanel(vault) if self.access.working else None
        self.tabs = QTabWidget()
        self.tabs.addTab(ours, self.tr("Наша статистика"))
        if self.received is not None:
            self.tabs.addTab(self.received, self.tr("Полученная от другой Стороны"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        fit_window(self, "statistics", 1200, 720)
        self.export_button.setEnabled(self.access.working)
        self.refresh()

    @property
    def loading(self) -> bool:
        return self._op is not None or (self.received is not None and self.received.loading)

    def refresh(self) -> None:
        if self._op is not None:
            return
        service, as_of = self.service, edit_date(self.as_of_edit)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Подсчёт…"))
        self._op = (
            BackgroundOp(self, lambda _ctx: service.monthly(as_of))
            .on_success(self._loaded)
            .on_failure(self._failed)
            .run()
        )

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(messages.error_text(exc))

    def _loaded(self, rows: list[MonthStats]) -> None:
        self._op = None
        self.rows = rows
        combo = self.authority_combo
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for code in sorted({r.authority for r in rows}):
            combo.addItem(code, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self.status.setText("")
        self._show_rows()
        self.loaded.emit()

    def shown_rows(self) -> list[MonthStats]:
        code = self.authority_combo.currentData()
        return [r for r in self.rows if code is None or r.authority == code]

    def _show_rows(self) -> None:
        rows = self.shown_rows()
        number = QLocale().toString
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            set_row(
                self.table,
                index,
                [
                    f"{row.month[5:]}.{row.month[:4]}",  # ММ.ГГГГ, as the chart (issue 13.9)
                    row.authority,
                    number(row.sent),
                    number(row.received),
                    number(row.answered),
                    number(row.refused),
                    number(row.partially_refused),
                    number(row.answers_received),
                    number(row.refusals_received),
                    number(row.overdue),
                    _median(row.median_answer_days),
                    _median(row.median_partner_answer_days),
                ],
            )
            for column in range(2, self.table.columnCount()):
                item = self.table.item(index, column)
                if item is not None:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
        months = sorted({r.month for r in rows})
        totals = {m: [0.0, 0.0, 0.0, 0.0] for m in months}
        for row in rows:
            cell = totals[row.month]
            cell[0] += row.sent
            cell[1] += row.received
            cell[2] += row.answered + row.answers_received
            cell[3] += row.refused + row.partially_refused + row.refusals_received
        series = [
            Series(self.tr("Направлено"), QColor(COLORS[0])),
            Series(self.tr("Поступило"), QColor(COLORS[1])),
            Series(self.tr("Исполнено / получены ответы"), QColor(COLORS[2])),
            Series(self.tr("Отказы (полные и частичные)"), QColor(COLORS[3])),
        ]
        labels = [f"{m[5:]}.{m[:4]}" for m in months]
        self.chart.set_data(series, labels, [totals[m] for m in months])

    # --- export ----------------------------------------------------------------------------

    def _choose_export(self) -> None:
        path = choose_file(
            self,
            self.tr("Выгрузить статистику"),
            self.tr("Таблицы CSV (*.csv)"),
            must_exist=False,
        )
        if path is not None:
            self.export(path if path.suffix else path.with_suffix(".csv"))

    def export(self, path: Path) -> bool:
        """Written on a worker: its audit entry waits for the write lock an index upkeep step
        may hold (#17). True when started (``export_finished`` follows)."""
        if not self.export_button.isEnabled():
            return False
        service, as_of = self.service, edit_date(self.as_of_edit)
        op = BackgroundOp(self, lambda _ctx: service.export_csv(path, as_of)).in_order()
        op.disabling(self.export_button).on_success(lambda count: self._exported(path, count))
        op.on_failure(self._export_failed).on_cancelled(lambda: self.export_finished.emit(False))
        op.run()
        return True

    def _exported(self, path: Path, count: int) -> None:
        self.exported_rows = count
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(
            self.tr("Выгружено строк: {count} — {name}").format(count=count, name=path.name)
        )
        self.export_finished.emit(True)

    def _export_failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            str(exc.strerror) if isinstance(exc, OSError) else messages.error_text(exc)
        )
        self.export_finished.emit(False)
