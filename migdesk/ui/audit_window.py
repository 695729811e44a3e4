"""«Журнал аудита» (administrators, supervisors): the hash-chained trail of Art. 11.4.

At the top, the chain check (run in the background over the whole trail) and the head hash
that registers print, so truncation can be detected. Filters by user, action, record and
dates; the newest entries are shown a page at a time. Reading the trail is itself audited
(``audit.view``, like ``migdesk-cli audit list``), and «Выгрузить в PDF…» writes the
inspection report atomically (``audit.export``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QLocale,
    Qt,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from migdesk.office.audit_log import AuditFilter, AuditLog, ChainCheck
from migdesk.security.audit_labels import ACTION_LABELS
from migdesk.ui import messages
from migdesk.ui.audit_model import AuditModel, Page, load_page
from migdesk.ui.collation import collated
from migdesk.ui.columns import MAX_CHARS, size_columns
from migdesk.ui.geometry import fit_window
from migdesk.ui.save_dialogs import choose_save_path
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import ERROR_STYLE, OK_STYLE, error_label, hint_label
from migdesk.vault import Vault

if TYPE_CHECKING:
    from migdesk.reports.audit_report import AuditExport

PAGE = 1000
RECORD_CHARS = 70  # the «Запись» column's widest, in average characters


@dataclass(frozen=True)
class _Checked:
    """A chain check and the entry it stopped at (the list's snapshot; None: the whole trail)."""

    result: ChainCheck
    through: int | None


def _date_filter(label: str) -> tuple[QCheckBox, QDateEdit]:
    box = QCheckBox(label)
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setEnabled(False)
    box.toggled.connect(edit.setEnabled)
    return box, edit


class AuditWindow(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.vault = vault
        self.limit = PAGE
        self.last_page: Page | None = None
        self.last_check: _Checked | None = None
        self._load_op: BackgroundOp[Page] | None = None
        self._check_op: BackgroundOp[ChainCheck] | None = None
        self._export_op: BackgroundOp[AuditExport] | None = None
        self.setWindowTitle(self.tr("Журнал аудита — MigDesk"))
        fit_window(self, "audit", 1180, 680)

        self.chain_label = QLabel(self.tr("Проверка цепочки хешей…"))
        self.chain_label.setWordWrap(True)
        self.head_label = QLabel()
        self.head_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.head_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recheck_button = QPushButton(self.tr("Проверить снова"))
        # The «none_dealloc» crash once blamed on a lambda here was PySide6 6.12.0 wearing
        # None's count down on Python 3.11 (see migdesk/ui/immortal_refs.py).
        self.recheck_button.clicked.connect(self.recheck)
        chain = QGridLayout()
        chain.addWidget(self.chain_label, 0, 0)
        chain.addWidget(self.recheck_button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        chain.addWidget(self.head_label, 1, 0)
        chain.setColumnStretch(0, 1)

        self.user_combo = QComboBox()
        self.user_combo.setEditable(True)
        self.user_combo.setMinimumContentsLength(14)
        user_edit = self.user_combo.lineEdit()
        assert user_edit is not None
        user_edit.setPlaceholderText(self.tr("все"))
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("Все действия"), None)
        for code, label in collated(ACTION_LABELS.items(), key=lambda item: item[1]):
            self.action_combo.addItem(label, code)
        self.record_edit = QLineEdit()
        self.record_edit.setPlaceholderText(self.tr("идентификатор записи"))
        self.record_edit.setMinimumWidth(self.record_edit.fontMetrics().horizontalAdvance("0" * 24))
        self.record_edit.returnPressed.connect(self.apply_filters)
        self.since_box, self.since_edit = _date_filter(self.tr("с"))
        self.until_box, self.until_edit = _date_filter(self.tr("по"))
        self.show_button = QPushButton(self.tr("Показать"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.apply_filters)
        # Two rows: in one the filters needed 1302 px, wider than a 1366×768 screen allows
        # with window frames (issue 13.11).
        who = QHBoxLayout()
        who.addWidget(QLabel(self.tr("Пользователь:")))
        who.addWidget(self.user_combo)
        who.addWidget(QLabel(self.tr("Действие:")))
        who.addWidget(self.action_combo)
        who.addWidget(QLabel(self.tr("Запись:")))
        who.addWidget(self.record_edit, 1)
        when = QHBoxLayout()
        for widget in (self.since_box, self.since_edit, self.until_box, self.until_edit):
            when.addWidget(widget)
        when.addStretch(1)
        when.addWidget(self.show_button)
        filters = QVBoxLayout()
        filters.addLayout(who)
        filters.addLayout(when)

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # The shared sizing (issue 13.10): «Подробности», the free text, takes the room.
        # «Запись» grows to RECORD_CHARS: its longest forms put the registration number near
        # the end («Документ по запросу о подтверждении № 12-3/45-исх, шаг 2»), and at the
        # shared 48 characters it was cut off (its tooltip is the record's id, not the text).
        caps = [MAX_CHARS] * 4 + [RECORD_CHARS]
        size_columns(self.table, "audit", [6, 16, 12, 24, 24, 12], widest=caps)

        self.count_label = QLabel()
        self.more_button = QPushButton(self.tr("Показать ещё {count}").format(count=PAGE))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self.error = error_label()
        self.export_button = QPushButton(self.tr("Выгрузить в PDF…"))
        self.export_button.clicked.connect(self.export)
        close_button = QPushButton(self.tr("Закрыть"))
        close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(chain)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Каждая запись содержит хеш предыдущей: изменение, удаление или перестановка "
                    "записей нарушают цепочку; вершина цепочки позволяет обнаружить отсечение "
                    "последних записей. Просмотр журнала тоже записывается в журнал."
                )
            )
        )
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        # The list, then the chain check up to the same entry: headline and list are one
        # snapshot; this view's own entry is written after it and shows on the next reload.
        self.reload()

    # --- filters ---------------------------------------------------------------------------

    def selection(self) -> AuditFilter:
        action = self.action_combo.currentData()
        return AuditFilter(
            user=self.user_combo.currentText().strip() or None,
            action=action if isinstance(action, str) else None,
            record_id=self.record_edit.text().strip() or None,
            since=self._day(self.since_box, self.since_edit),
            until=self._day(self.until_box, self.until_edit),
        )

    @staticmethod
    def _day(box: QCheckBox, edit: QDateEdit) -> date | None:
        if not box.isChecked():
            return None
        day = edit.date()
        return date(day.year(), day.month(), day.day())

    def apply_filters(self) -> None:
        self.limit = PAGE
        self.reload()

    def show_more(self) -> None:
        self.limit += PAGE
        self.reload()

    # --- loading ---------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._load_op is not None or self._check_op is not None

    def reload(self) -> None:
        if self._load_op is not None:
            self._load_op.cancel()
        vault, selection, limit = self.vault, self.selection(), self.limit
        self.error.hide()
        self.show_button.setEnabled(False)
        op: BackgroundOp[Page] = BackgroundOp(
            self, lambda ctx: load_page(vault, selection, limit, lambda: not ctx.cancelled())
        )
        self._load_op = op.on_success(self._loaded).on_failure(self._load_failed).run()

    def _loaded(self, page: Page) -> None:
        self._load_op = None
        self.show_button.setEnabled(True)
        self.last_page = page
        self.model.set_rows(page.rows)
        self._fill_users(page.users)
        shown = QLocale().toString(len(page.rows))
        more = len(page.rows) >= page.limit
        if more:
            text = self.tr("Показаны последние {count} записей.").format(count=shown)
        else:
            text = self.tr("Записей: {count}").format(count=shown)
        self.count_label.setText(text)
        self.more_button.setVisible(more)
        if self.last_check is None or self.last_check.through != page.through:
            self.check(resume=True)

    def _fill_users(self, users: list[str]) -> None:
        current = self.user_combo.currentText()
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem("")
        self.user_combo.addItems(users)
        self.user_combo.setCurrentText(current)
        self.user_combo.blockSignals(False)

    def _load_failed(self, exc: BaseException) -> None:
        self._load_op = None
        self.show_button.setEnabled(True)
        self.error.setText(messages.error_text(exc))
        self.error.show()
        if self.last_check is None:
            self.check()

    # --- chain -----------------------------------------------------------------------------

    def recheck(self) -> None:
        """«Проверить снова»: the whole chain again, up to the list's last entry."""
        self.check()

    def check(self, resume: bool = False) -> None:
        """The chain check up to the list's last entry (the whole trail before a list is
        read); ``resume`` goes on from the last intact check instead of from the start."""
        if self._check_op is not None:
            return
        vault = self.vault
        through = self.last_page.through if self.last_page is not None else None
        earlier = self.last_check.result if resume and self.last_check is not None else None
        self.recheck_button.setEnabled(False)
        self.chain_label.setStyleSheet("")
        self.chain_label.setText(self.tr("Проверка цепочки хешей…"))

        def work(_ctx: TaskContext) -> ChainCheck:
            return AuditLog(vault).verify(through, earlier)

        self._check_op = (
            BackgroundOp(self, work)
            .on_success(lambda result: self._checked(_Checked(result, through)))
            .on_failure(self._check_failed)
            .run()
        )

    def _checked(self, checked: _Checked) -> None:
        self._check_op = None
        self.last_check = checked
        result = checked.result
        if self.last_page is not None and self.last_page.through != checked.through:
            self.check(resume=True)  # the list was read again meanwhile: catch up with it
            return
        self.recheck_button.setEnabled(True)
        count = QLocale().toString(result.entries)
        if result.ok:
            self.chain_label.setStyleSheet(OK_STYLE)
            self.chain_label.setText(
                self.tr("Цепочка хешей цела, записей: {count}.").format(count=count)
            )
        else:
            self.chain_label.setStyleSheet(ERROR_STYLE)
            self.chain_label.setText(
                self.tr(
                    "ЦЕПОЧКА НАРУШЕНА: {problem}. Первая повреждённая запись № {first}; "
                    "целых записей до неё: {count}."
                ).format(problem=result.problem, first=result.first_broken_id, count=count)
            )
        self.head_label.setText(
            self.tr("Вершина цепочки при проверке: {head}").format(head=result.head)
        )

    def _check_failed(self, exc: BaseException) -> None:
        self._check_op = None
        self.recheck_button.setEnabled(True)
        self.chain_label.setStyleSheet(ERROR_STYLE)
        self.chain_label.setText(messages.error_text(exc))

    # --- export ----------------------------------------------------------------------------

    def export(self) -> BackgroundOp[AuditExport] | None:
        if self._export_op is not None:
            return None
        stamp = datetime.now().strftime("%d.%m.%Y")
        path = choose_save_path(
            self,
            self.tr("Выгрузить журнал аудита"),
            self.tr("Документы PDF (*.pdf)"),
            self.tr("Журнал аудита {date}.pdf").format(date=stamp),
        )
        if path is None:
            return None
        return self.start_export(path)

    def start_export(self, path: Path) -> BackgroundOp[AuditExport]:
        vault, selection = self.vault, self.selection()
        self.export_button.setEnabled(False)

        def work(_ctx: TaskContext) -> AuditExport:
            # reportlab loads when a report is asked for, not when the window opens.
            from migdesk.reports.audit_report import export_audit_report

            return export_audit_report(vault, selection, path, record=False)

        op: BackgroundOp[AuditExport] = BackgroundOp(self, work)
        self._export_op = (
            op.with_progress(self.tr("Выгрузка журнала аудита в PDF…"))
            .on_success(lambda done: self._exported(path, done.entries))
            .on_failure(self._export_failed)
            .run()
        )
        return self._export_op

    def _exported(self, path: Path, count: int) -> None:
        self._export_op = None
        self.export_button.setEnabled(True)
        # Its audit entry on a worker, in order with the window's other writes: it waits for
        # the write lock an index upkeep step may hold (#17); the vault closes after it.
        vault, name = self.vault, path.name
        BackgroundOp(self, lambda _ctx: AuditLog(vault).exported(count, name)).in_order().run()
        messages.show_info(
            self,
            self.tr("Журнал выгружен"),
            self.tr("Журнал аудита выгружен: {path}\nЗаписей: {count}.").format(
                path=path, count=QLocale().toString(count)
            ),
        )

    def _export_failed(self, exc: BaseException) -> None:
        self._export_op = None
        self.export_button.setEnabled(True)
        if isinstance(exc, OSError):
            text = self.tr("Не удалось записать файл «{path}».").format(
                path=getattr(exc, "filename", "") or ""
            )
        else:
            text = messages.error_text(exc)
        messages.show_error(self, text)
