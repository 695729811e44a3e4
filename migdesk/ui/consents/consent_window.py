"""«Согласия предоставившей стороны (ст. 11)»: every consent request, ours (outgoing) and
other authorities' (incoming), with its status and the letter that decided it. «Ответить…»
opens the answer dialog for an incoming request still awaiting our decision.

The list loads in a background op; filtering is done on the loaded rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.changes import Kind
from migdesk.office import consent_inbox
from migdesk.office.access import Access
from migdesk.office.consent_inbox import INCOMING, OUTGOING, ConsentView
from migdesk.office.registry_reads import authority_full_names
from migdesk.ui import messages
from migdesk.ui.change_bus import subscribe
from migdesk.ui.consents.answer_dialog import AnswerDialog
from migdesk.ui.consents.common import (
    awaiting_answer,
    direction_text,
    other_use_text,
    record_labels,
    status_text,
    status_texts,
    target_text,
)
from migdesk.ui.exchange.common import authority_text
from migdesk.ui.geometry import fit_window
from migdesk.ui.kit import date_text, fit_columns, read_only_table, set_row
from migdesk.ui.reloader import Reloader
from migdesk.ui.tasks import TaskContext
from migdesk.ui.widgets import ERROR_STYLE, hint_label
from migdesk.vault import Vault

ALL, AWAITING = "all", "awaiting"


@dataclass(frozen=True)
class Loaded:
    views: list[ConsentView]
    records: dict[str, str]  # record id → what to show for it
    authorities: dict[str, str]  # code → official name


def load(vault: Vault) -> Loaded:
    """Runs in a worker thread."""
    views = consent_inbox.list_consents(vault)
    return Loaded(views, record_labels(vault, views), authority_full_names(vault))


class ConsentWindow(QWidget):
    loaded = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.vault = vault
        # The domain refuses anyway; the window only avoids offering what will be refused.
        self.can_answer = Access(vault).decide_consents
        self.views: list[ConsentView] = []  # the rows shown, in table order
        self.records: dict[str, str] = {}
        self.answer_dialog: AnswerDialog | None = None
        self._all: list[ConsentView] = []
        self.reloader: Reloader[Loaded] = Reloader(
            self, self._work, self._loaded, self._failed, busy=self._busy
        )
        self.setWindowTitle(self.tr("Согласия предоставившей стороны (ст.\u00a011) — MigDesk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.filter = QComboBox()
        self.filter.addItem(self.tr("Все запросы согласия"), ALL)
        self.filter.addItem(self.tr("Входящие, ждут нашего ответа"), AWAITING)
        self.filter.addItem(self.tr("Исходящие (наши запросы)"), OUTGOING)
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Показать:")))
        filters.addWidget(self.filter)
        filters.addStretch(1)

        # Authorities by code, as in the bundle log (the full name is the cell's tooltip and is
        # in the answer dialog); the free-text purpose goes last and takes the rest.
        self.table = read_only_table(
            [
                self.tr("Направление"),
                self.tr("Другой орган"),
                self.tr("Запись"),
                self.tr("Передача кому"),
                self.tr("Состояние"),
                self.tr("Дата решения"),
                self.tr("Письмо"),
                self.tr("Цель"),
            ]
        )
        fit_columns(self.table, [11, 12, 38, 14, 20, 10, 18], "consents")
        # Target and status have a few known texts: wide enough for each, in any language.
        metrics = self.table.fontMetrics()
        for column, texts in ((3, [other_use_text()]), (4, status_texts())):
            wanted = max(metrics.horizontalAdvance(text) for text in texts) + 16
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), wanted))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.answer_selected())

        self.summary = QLabel()
        self.answer_button = QPushButton(self.tr("Ответить…"))
        self.answer_button.setEnabled(False)
        self.answer_button.clicked.connect(self.answer_selected)
        if not self.can_answer:
            self.answer_button.setToolTip(
                self.tr(
                    "Отвечать на запрос согласия может руководитель (роль supervisor): "
                    "это решение о передаче наших сведений (ст.\u00a011.3)."
                )
            )
        self.refresh_button = QPushButton(self.tr("Обновить"))
        self.refresh_button.clicked.connect(self.refresh)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.answer_button)
        bottom.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Входящие — запросы других органов о согласии на передачу предоставленных "
                    "нами сведений третьей стороне (ст.\u00a011.3) или на их использование для "
                    "другой цели (ст.\u00a011.2). Исходящие — наши такие запросы. Запросы и ответы "
                    "уходят со следующим пакетом этому органу («Обмен» → «Выгрузить пакет…»)."
                )
            )
        )
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        fit_window(self, "consents", 1280, 520)
        subscribe(self, [Kind.CONSENTS], self.refresh)
        self.refresh()

    # --- loading -------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.reloader.loading

    def refresh(self) -> None:
        self.reloader.load()

    def _work(self) -> Callable[[TaskContext], Loaded]:
        vault = self.vault
        return lambda _ctx: load(vault)

    def _busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(messages.error_text(exc))
        self.loaded.emit()

    def _loaded(self, result: Loaded) -> None:
        self._all, self.records = result.views, result.records
        self.authorities = result.authorities
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        wanted = self.filter.currentData()
        if wanted == AWAITING:
            views = [v for v in self._all if awaiting_answer(v)]
        elif wanted == OUTGOING:
            views = [v for v in self._all if v.direction == OUTGOING]
        else:  # as the domain lists them: incoming first, then ours
            views = list(self._all)
        self.views = views
        self.table.clearSelection()
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            set_row(
                self.table,
                row,
                [
                    direction_text(view),
                    view.counterpart,
                    self.records.get(view.record_id, view.record_id),
                    target_text(view),
                    status_text(view),
                    date_text(view.decided_on),
                    view.document_ref or "",
                    view.purpose,
                ],
                view.id,
            )
            names = self.authorities
            for column, tip in (
                (1, authority_text(view.counterpart, names)),
                (3, target_text(view, names)),
            ):
                item = self.table.item(row, column)
                if item is not None:
                    item.setToolTip(tip)
        waiting = sum(awaiting_answer(v) for v in self._all)
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("Показано: {shown}; входящих ждут нашего ответа: {waiting}.").format(
                shown=QLocale().toString(len(views)), waiting=QLocale().toString(waiting)
            )
            if self._all
            else self.tr("Запросов согласия нет.")
        )
        self._selection_changed()

    # --- answering -----------------------------------------------------------------------

    def selected(self) -> ConsentView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.views):
            return None
        return self.views[rows[0].row()]

    def select(self, consent_id: str, direction: str = INCOMING) -> bool:
        """Select the row of that request (tests, and after an answer)."""
        for row, view in enumerate(self.views):
            if view.id == consent_id and view.direction == direction:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        view = self.selected()
        self.answer_button.setEnabled(
            self.can_answer and view is not None and awaiting_answer(view)
        )

    def answer_selected(self) -> AnswerDialog | None:
        view = self.selected()
        if view is None or not awaiting_answer(view) or not self.can_answer:
            return None
        dialog = AnswerDialog(
            self.vault, view, self.records.get(view.record_id, view.record_id), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._answer_closed)
        self.answer_dialog = dialog
        dialog.open()  # window-modal, does not block the event loop
        return dialog

    def _answer_closed(self) -> None:
        self.answer_dialog = None
