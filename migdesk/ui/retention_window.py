"""«Сроки хранения» (Art. 11.5): records due for destruction — persons, requests with their
letters and files, single files, thematic items, consents — destruction with its act, and
the retention periods (the default and each kind's own).

The list is ``RetentionService.due`` (officers and supervisors). One user proposes a record's
destruction with its grounds (required before the keep-until date), a supervisor destroys
it after giving the grounds; before its keep-until date only with an explicit early
confirmation. Destruction runs in the background; the act PDF is then saved where the user
chooses. The record is gone whether or not the act is saved at that moment, so every act
stays on the «Акты уничтожения» tab to be saved again. Administrators set the default years.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from migdesk.changes import Changes, Kind
from migdesk.office.access import Access
from migdesk.office.retention import ActInfo, DueRecord, RetentionService
from migdesk.ui import messages
from migdesk.ui.change_bus import publish
from migdesk.ui.destroy_dialog import DestroyDialog
from migdesk.ui.geometry import fit_window
from migdesk.ui.propose_dialog import ProposeDialog
from migdesk.ui.retention_acts import ActsPage, retention_table
from migdesk.ui.retention_labels import kind_label, rule_text
from migdesk.ui.retention_propose import open_propose_dialog, start_propose
from migdesk.ui.retention_years import RetentionYears
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import ERROR_STYLE, error_label
from migdesk.vault import Vault


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RetentionWindow(QWidget):
    years_saved = Signal(bool)  # a save started by ``save_default_years`` has ended
    propose_finished = Signal(bool)  # a proposal started by ``propose`` has ended (True: made)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.vault = vault
        self.service = RetentionService(vault)
        access = Access(vault)
        self.can_view = access.view_retention
        self.can_destroy = access.destroy_records
        self.can_propose = access.view_retention
        self.can_configure = access.manage_settings
        self.due: list[DueRecord] = []
        self.last_act: ActInfo | None = None
        self.destroy_dialog: DestroyDialog | None = None
        self._due_op: BackgroundOp[list[DueRecord]] | None = None
        self._destroy_op: BackgroundOp[ActInfo] | None = None
        self.setWindowTitle(self.tr("Сроки хранения — MigDesk"))
        fit_window(self, "retention", 900, 560)

        # The retention periods (administrators set them).
        self.years_row = RetentionYears(self.service, self.can_configure)
        self.years_row.saved.connect(self._years_saved)
        self.years_row.failed.connect(self._years_failed)
        # The row's parts, as the window has always named them.
        self.years_spin, self.years_kind = self.years_row.spin, self.years_row.kind
        self.years_button = self.years_row.button

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_due_page(), self.tr("К уничтожению"))
        self.acts_page = ActsPage(self.service)
        self.acts_page.status.connect(self._report)
        self.acts_page.failed.connect(self.status_text)
        # The page's parts, as the window has always named them.
        self.acts_table, self.save_act_button = self.acts_page.table, self.acts_page.save_button
        self.tabs.addTab(self.acts_page, self.tr("Акты уничтожения"))

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close_button = QPushButton(self.tr("Закрыть"))
        close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.years_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        if self.can_view:
            self.refresh()
            self.refresh_acts()
        else:
            self.due_error.setText(
                self.tr("Список доступен сотрудникам и руководителям (роль officer, supervisor).")
            )
            self.due_error.show()
            self.refresh_button.setEnabled(False)
            self.save_act_button.setEnabled(False)

    # --- pages -----------------------------------------------------------------------------

    def _build_due_page(self) -> QWidget:
        page = QWidget()
        self.as_of_edit = QDateEdit(QDate.currentDate())
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("dd.MM.yyyy")
        self.refresh_button = QPushButton(self.tr("Обновить"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Срок хранения истёк на дату:")))
        top.addWidget(self.as_of_edit)
        top.addWidget(self.refresh_button)
        top.addStretch(1)

        self.due_table = retention_table(
            [
                self.tr("Вид записи"),
                self.tr("Идентификатор"),
                self.tr("Хранить до"),
                self.tr("Срок"),
            ],
            "retention_due",
            [14, 36, 10],  # «Срок» (how long it was kept and why) takes the room
        )
        self.due_table.itemSelectionChanged.connect(self._selection_changed)
        self.due_error = error_label()
        self.due_count = QLabel()
        self.destroy_button = QPushButton(self.tr("Уничтожить…"))
        self.destroy_button.setEnabled(False)
        self.destroy_button.clicked.connect(self.ask_destroy)
        if not self.can_destroy:
            self.destroy_button.setToolTip(
                self.tr("Уничтожение утверждает руководитель (роль supervisor).")
            )
        # Four eyes (issue 13, item 5): one user proposes, a supervisor approves.
        self.propose_button = QPushButton(self.tr("Предложить уничтожение"))
        self.propose_button.setEnabled(False)
        self.propose_button.clicked.connect(self.ask_propose)
        row = QHBoxLayout()
        row.addWidget(self.due_count, 1)
        row.addWidget(self.propose_button)
        row.addWidget(self.destroy_button)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.due_table, 1)
        layout.addWidget(self.due_error)
        layout.addLayout(row)
        return page

    # --- due list --------------------------------------------------------------------------

    def as_of(self) -> date:
        day = self.as_of_edit.date()
        return date(day.year(), day.month(), day.day())

    def refresh(self) -> None:
        if self._due_op is not None:
            return
        service, as_of = self.service, self.as_of()
        self.refresh_button.setEnabled(False)
        self.due_error.hide()

        def work(_ctx: TaskContext) -> list[DueRecord]:
            return service.due(as_of)

        self._due_op = (
            BackgroundOp(self, work).on_success(self._show_due).on_failure(self._due_failed).run()
        )

    def _show_due(self, records: list[DueRecord]) -> None:
        self._due_op = None
        self.refresh_button.setEnabled(True)
        self.due = records
        self.due_table.setRowCount(len(records))
        years = self.service.all_years()
        for row, record in enumerate(records):
            if record.held_by:
                source = self.tr("нужна исполняемому запросу № {numbers}").format(
                    numbers=", ".join(record.held_by)
                )
            elif record.record_kind == "consent" and not record.from_default:
                source = self.tr("запись, к которой относится согласие, уничтожена")
            elif record.from_default:
                source = rule_text(record.record_kind, years[record.record_kind])
            else:
                source = self.tr("установлен для записи")
            cells = (
                kind_label(record.record_kind),
                record.record_id,
                record.keep_until.strftime("%d.%m.%Y"),
                source,
            )
            for column, text in enumerate(cells):
                self.due_table.setItem(row, column, QTableWidgetItem(text))
        if records:
            count = QLocale().toString(len(records))
            self.due_count.setText(self.tr("Подлежат уничтожению: {count}").format(count=count))
        else:
            self.due_count.setText(self.tr("Записей с истёкшим сроком хранения нет."))
        self._selection_changed()

    def _due_failed(self, exc: BaseException) -> None:
        self._due_op = None
        self.refresh_button.setEnabled(True)
        self.due_error.setText(messages.error_text(exc))
        self.due_error.show()

    def selected_record(self) -> DueRecord | None:
        rows = self.due_table.selectionModel().selectedRows()
        return self.due[rows[0].row()] if rows else None

    def select_record(self, record_id: str) -> None:
        for row, record in enumerate(self.due):
            if record.record_id == record_id:
                self.due_table.selectRow(row)

    def _selection_changed(self) -> None:
        busy = self._destroy_op is not None
        record = self.selected_record()
        # A person a request in work still needs is shown, not offered for destruction.
        ready = not busy and record is not None and not record.held_by
        self.destroy_button.setEnabled(self.can_destroy and ready)
        self.propose_button.setEnabled(self.can_propose and ready)

    def ask_propose(self) -> ProposeDialog | None:
        """The grounds for proposing the selected record (they go on the act); the
        dialog's OK proposes (``propose``)."""
        record = self.selected_record()
        if record is None or not self.propose_button.isEnabled():
            return None
        return open_propose_dialog(self, record, self.propose)

    def propose(self, grounds: str | None = None) -> bool:
        """Starts proposing the selected record on a worker (#17); True when started
        (``propose_finished`` follows), False with nothing selected or one under way.
        ``grounds`` None: the service's rule (the expiry wording for a due record)."""
        record = self.selected_record()
        if record is None or not self.propose_button.isEnabled():
            return False
        start_propose(self, self.service, record, grounds, self.propose_button, self._proposed)
        return True

    def _proposed(self, proposed: bool, text: str) -> None:
        self.status.setStyleSheet("" if proposed else ERROR_STYLE)
        self.status.setText(text)
        self._selection_changed()  # the button as the selection is now
        self.propose_finished.emit(proposed)

    # --- destruction -----------------------------------------------------------------------

    def ask_destroy(self) -> DestroyDialog | None:
        record = self.selected_record()
        if record is None or not self.can_destroy:
            return None
        dialog = DestroyDialog(
            record,
            date.today(),
            self,
            # a few rows in a read session (never waits for the write lock): no worker needed
            proposed_grounds=self.service.proposed_grounds(record.record_id),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(self.start_destroy)
        dialog.finished.connect(self._dialog_closed)
        self.destroy_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.destroy_dialog = None

    def start_destroy(self, record: DueRecord, grounds: str, early: bool) -> BackgroundOp[ActInfo]:
        service = self.service

        def work(_ctx: TaskContext) -> ActInfo:
            return service.destroy(record.record_id, grounds, early=early, kind=record.record_kind)

        self.destroy_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText("")
        self._destroy_op = (
            BackgroundOp(self, work)
            .with_progress(self.tr("Уничтожение записи и очистка хранилища…"))
            .on_success(self._destroyed)
            .on_failure(self._destroy_failed)
            .run()
        )
        return self._destroy_op

    def _destroyed(self, act: ActInfo) -> None:
        self._destroy_op = None
        self.last_act = act
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr(
                "Запись {record} уничтожена; составлен акт № {number}. Акт можно сохранить "
                "повторно на вкладке «Акты уничтожения»."
            ).format(record=act.record_id, number=act.number)
        )
        self.refresh()
        self.refresh_acts()
        publish(Changes.of(Kind.PERSONS, Kind.REQUESTS, Kind.CONSENTS, Kind.ACTS))
        self.save_act(act)

    def _destroy_failed(self, exc: BaseException) -> None:
        self._destroy_op = None
        self._selection_changed()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(messages.error_text(exc))

    # --- acts ------------------------------------------------------------------------------

    @property
    def acts(self) -> list[ActInfo]:
        return self.acts_page.acts

    def refresh_acts(self) -> None:
        self.acts_page.refresh()

    def save_selected_act(self) -> bool:
        return self.acts_page.save_selected_act()

    def save_act(self, act: ActInfo) -> bool:
        return self.acts_page.save_act(act)

    def write_act(self, act: ActInfo, path: Path) -> bool:
        return self.acts_page.write_act(act, path)

    def status_text(self, text: str) -> None:
        self.status.setText(text)

    def _report(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    # --- settings --------------------------------------------------------------------------

    def save_default_years(self) -> bool:
        """The periods row's save (``years_saved`` follows); False while one runs."""
        return self.years_row.save()

    def _years_failed(self) -> None:
        self.years_saved.emit(False)

    def _years_saved(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
        if self.can_view:
            self.refresh()
        self.years_saved.emit(True)
