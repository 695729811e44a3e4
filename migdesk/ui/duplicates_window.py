"""«Возможные дубликаты»: every pair of records of the registry that may be one person.

The scan runs in the background with progress and cancel (``BackgroundOp``); the list shows
the pairs best first with the reasons. For the chosen pair the officer opens either record,
marks them as different persons or as one person (linked, both kept), and a supervisor may
merge them (both histories kept). Every decision needs a reason and is audited by the domain.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migdesk.persons.duplicates import NOT_DUPLICATE, SAME_PERSON, DuplicatePair, DuplicateService
from migdesk.progress import Cancelled
from migdesk.security.roles import Permission, has
from migdesk.ui import messages
from migdesk.ui.geometry import fit_window
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import error_label, hint_label
from migdesk.vault import Vault


def percent(score: float) -> int:
    """A probability in whole per cent; never «100 %»: linkage is evidence, not proof."""
    return min(99, int(score * 100))


class DuplicatesWindow(QWidget):
    open_requested = Signal(str)  # person id
    decision_finished = Signal(bool)  # a link or merge written on a worker: done or not

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.service = DuplicateService(vault)
        self.pairs: list[DuplicatePair] = []
        self.decide_op: BackgroundOp[object] | None = None  # a decision being written
        self.op: BackgroundOp[list[DuplicatePair]] | None = None
        roles = vault.current_roles()
        self.can_write = has(roles, Permission.PERSON_WRITE)
        self.can_merge = has(roles, Permission.MERGE_RECORDS)
        self.setWindowTitle(self.tr("Возможные дубликаты — MigDesk"))
        fit_window(self, "duplicates_window", 1100, 640)

        intro = hint_label(
            self.tr(
                "Пары записей, которые могут относиться к одному лицу: сходство ФИО в обоих "
                "алфавитах, даты рождения, номеров документов. Проверьте каждую пару."
            )
        )
        self.scan_button = QPushButton(self.tr("Найти"))
        self.scan_button.clicked.connect(self.scan)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.scan_button)
        top.addWidget(self.status, 1)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Запись 1"), self.tr("Запись 2"), self.tr("Вероятность"), self.tr("Почему")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 280)
        self.table.setColumnWidth(1, 280)
        self.table.setColumnWidth(2, 140)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Основание решения (в журнал аудита)"))
        self.reason_edit.textChanged.connect(self._update_buttons)
        self.open_first = QPushButton(self.tr("Открыть запись 1"))
        self.open_first.clicked.connect(lambda: self._open(0))
        self.open_second = QPushButton(self.tr("Открыть запись 2"))
        self.open_second.clicked.connect(lambda: self._open(1))
        self.different_button = QPushButton(self.tr("Разные лица"))
        self.different_button.clicked.connect(lambda: self.decide(NOT_DUPLICATE))
        self.same_button = QPushButton(self.tr("Одно лицо (связать)"))
        self.same_button.clicked.connect(lambda: self.decide(SAME_PERSON))
        self.merge_button = QPushButton(self.tr("Объединить в запись 1"))
        self.merge_button.setVisible(self.can_merge)
        self.merge_button.clicked.connect(self.merge)
        self.error = error_label()
        actions = QHBoxLayout()
        for button in (self.open_first, self.open_second):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.different_button, self.same_button, self.merge_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.reason_edit)
        layout.addLayout(actions)
        self._update_buttons()

    # --- scanning ----------------------------------------------------------------------------

    def scan(self) -> BackgroundOp[list[DuplicatePair]] | None:
        if self.op is not None:
            return None
        service = self.service

        def work(ctx: TaskContext) -> list[DuplicatePair]:
            pairs = service.scan(progress=ctx.progress, cancelled=ctx.cancelled)
            ctx.raise_if_cancelled()
            return pairs

        self.scan_button.setEnabled(False)
        self.status.setText(self.tr("Идёт поиск…"))
        self.op = (
            BackgroundOp(self, work)
            .with_progress(self.tr("Поиск возможных дубликатов по всему реестру…"))
            .on_success(self._scanned)
            .on_failure(self._failed)
            .on_cancelled(self._cancelled)
            .run()
        )
        return self.op

    def _scanned(self, pairs: list[DuplicatePair]) -> None:
        self.op = None
        self.scan_button.setEnabled(True)
        self.show_pairs(pairs)

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.scan_button.setEnabled(True)
        self.status.setText("")
        messages.show_error(self, messages.error_text(exc))

    def _cancelled(self) -> None:
        self.op = None
        self.scan_button.setEnabled(True)
        self.status.setText(self.tr("Поиск прерван."))

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            level = (
                self.tr("вероятно то же лицо")
                if pair.b.level == "probable"
                else self.tr("возможный дубликат")
            )
            cells = (
                pair.a.name,
                pair.b.name,
                f"{percent(pair.b.score)}% — {level}",
                "; ".join(pair.b.reasons),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column < 2:
                    item.setToolTip((pair.a, pair.b)[column].id)
                self.table.setItem(row, column, item)
        self.status.setText(
            self.tr("Найдено пар: {n}").format(n=len(pairs))
            if pairs
            else self.tr("Возможных дубликатов нет.")
        )
        self._update_buttons()

    # --- decisions ---------------------------------------------------------------------------

    def current(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows else None

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        reason = bool(self.reason_edit.text().strip())
        self.open_first.setEnabled(chosen)
        self.open_second.setEnabled(chosen)
        free = chosen and reason and self.decide_op is None  # one decision at a time
        self.different_button.setEnabled(free and self.can_write)
        self.same_button.setEnabled(free and self.can_write)
        self.merge_button.setEnabled(free and self.can_merge)

    def _open(self, which: int) -> None:
        pair = self.current()
        if pair is not None:
            self.open_requested.emit((pair.a, pair.b)[which].id)

    def _done(self, pair: DuplicatePair, gone: str | None) -> None:
        """``gone``: the record merged away; its other pairs name a record that no longer
        exists (opening or deciding on them failed with «объединена»), so they go too."""
        self.error.hide()
        self.reason_edit.clear()
        self.show_pairs([p for p in self.pairs if p is not pair and gone not in (p.a.id, p.b.id)])

    def decide(self, kind: str) -> None:
        pair, reason = self.current(), self.reason_edit.text()
        if pair is not None:
            self._write(
                pair, lambda service: service.link(pair.a.id, pair.b.id, kind, reason), None
            )

    def merge(self) -> None:
        pair, reason = self.current(), self.reason_edit.text()
        if pair is not None:
            self._write(
                pair, lambda service: service.merge(pair.a.id, pair.b.id, reason), pair.b.id
            )

    def _write(
        self,
        pair: DuplicatePair,
        write: Callable[[DuplicateService], object],
        gone: str | None,
    ) -> None:
        """A decision waits for the vault's write lock, which an index upkeep step holds up
        to ~0.5 s at 1M (#17: no frozen window): on a worker, in order; the decision
        buttons wait meanwhile."""
        if self.decide_op is not None:
            return
        service = self.service
        self.error.hide()
        self.decide_op = (
            BackgroundOp(self, lambda _ctx: write(service))
            .in_order()
            .on_success(lambda _result: self._decided(pair, None, gone))
            .on_failure(lambda exc: self._decided(pair, exc, gone))
            .on_cancelled(lambda: self._decided(pair, Cancelled(), gone))
            .run()
        )
        self._update_buttons()

    def _decided(self, pair: DuplicatePair, exc: BaseException | None, gone: str | None) -> None:
        self.decide_op = None
        if exc is None:
            self._done(pair, gone)
        elif not isinstance(exc, Cancelled):
            self.error.setText(messages.error_text(exc))
            self.error.show()
        self._update_buttons()
        self.decision_finished.emit(exc is None)
