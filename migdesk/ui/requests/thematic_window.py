"""Thematic information (Art. 4): the form of one item (category, text, dates, source, linked
persons, attachments); the list is ``thematic_list``. Items are added, never edited (the
domain has no update); an existing item opens read-only. What is typed into a new item is
never lost: closing asks «Сохранить изменения?», and a draft is kept in the vault while
typing and at the automatic lock (``thematic_draft``)."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import MigDeskError
from migdesk.office.access import Access
from migdesk.persons.service import PersonService
from migdesk.requests.records import AttachmentInput
from migdesk.requests.thematic import PersonLink, ThematicInput, ThematicService, ThematicView
from migdesk.requests.vocab import THEMATIC_CATEGORIES
from migdesk.ui import messages
from migdesk.ui.authority_combo import fill_authority_combo
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.geometry import fit_window
from migdesk.ui.kit import (
    ID_ROLE,
    ProblemForm,
    date_edit,
    edit_date,
    read_attachment,
    select_data,
    size_text,
    text_edit,
    to_qdate,
)
from migdesk.ui.person_picker import (
    PersonPicker,
    add_picked,
    listed_person_ids,
    open_picker,
    person_item,
    person_labels,
)
from migdesk.ui.requests import thematic_draft
from migdesk.ui.requests.thematic_origin import origin_text, request_text
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import WARNING_STYLE
from migdesk.ui.window_read import WindowRead
from migdesk.vault import Vault


class ThematicForm(QWidget):
    saved = Signal(str)
    save_finished = Signal(bool)  # a save started by ``save`` has ended: saved or not
    loaded = Signal(bool)  # a read started in the background has ended: shown or not
    load_failed = Signal(str)  # the first read failed and the form closed: what to say
    open_person_requested = Signal(str)  # a linked person's card
    open_request_requested = Signal(str)  # a linked request's window

    def __init__(
        self,
        vault: Vault,
        item_id: str | None = None,
        parent: QWidget | None = None,
        *,
        background: bool = False,
    ) -> None:
        """``background``: a stored item is read on a worker (``window_read``: the read is
        audited, a write); the form shows a loading state until it arrives."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = ThematicService(vault)
        self.persons_service = PersonService(vault)
        self.access = Access(vault)
        self.item_id = item_id
        self.pending: list[AttachmentInput] = []
        self.save_op: BackgroundOp[ThematicView] | None = None  # a save under way
        self.picker: PersonPicker | None = None
        self.shown: ThematicView | None = None  # the stored item shown
        self.reader = WindowRead(
            self, self.load, lambda: self.shown is None, self.loaded, self.load_failed
        )
        self.problems = ProblemForm()
        self.banner = QLabel()  # a draft brought back (``restore_draft``)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.close_after_save = False  # asked to close while saving: closes once saved
        self._discard = False  # closed by the automatic lock: its draft is kept already

        self.category_combo = QComboBox()
        for code, label in THEMATIC_CATEGORIES.items():
            self.category_combo.addItem(label, code)
        self.title_edit = QLineEdit()
        self.text_edit = text_edit(8)
        self.text_edit.setMaximumHeight(16777215)
        self.reported_edit = date_edit(date.today(), optional=True)
        self.from_edit = date_edit(optional=True)
        self.until_edit = date_edit(optional=True)
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("— не указан —"), None)
        extra = QComboBox()
        fill_authority_combo(extra, vault)
        for index in range(extra.count()):
            self.source_combo.addItem(extra.itemText(index), extra.itemData(index))
        self.persons_list = QListWidget()
        self.persons_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.persons_list.itemDoubleClicked.connect(self._open_person)
        # Provenance of a received item and the requests it concerns (double click opens).
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin.setStyleSheet(WARNING_STYLE)
        self.origin.hide()
        self.requests_list = QListWidget()
        self.requests_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.requests_list.itemDoubleClicked.connect(self._open_request)
        self.add_person_button = QPushButton(self.tr("Добавить из реестра…"))
        self.add_person_button.clicked.connect(self.open_picker)
        persons = QWidget()
        column = QVBoxLayout(persons)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.persons_list)
        column.addWidget(self.add_person_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.attachments_list = QListWidget()
        self.attachments_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.add_file_button = QPushButton(self.tr("Приложить файл…"))
        self.add_file_button.clicked.connect(self._choose_attachment)
        files = QWidget()
        column = QVBoxLayout(files)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.attachments_list)
        column.addWidget(self.add_file_button, 0, Qt.AlignmentFlag.AlignLeft)
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.problems.field("period_from", self.from_edit))
        row.addWidget(QLabel("—"))
        row.addWidget(self.problems.field("period_until", self.until_edit))
        row.addStretch(1)

        form = QFormLayout()
        add = self.problems.add_row
        add(form, "category", self.tr("Категория (ст.\u00a04)"), self.category_combo)
        add(form, "title", self.tr("Заголовок"), self.title_edit)
        add(form, "text", self.tr("Текст"), self.text_edit)
        add(form, "reported_on", self.tr("Дата сведений"), self.reported_edit)
        form.addRow(self.tr("Период"), period)
        add(form, "source_authority", self.tr("Источник"), self.source_combo)
        add(form, "persons", self.tr("Связанные лица"), persons)
        form.addRow(self.tr("Связанные запросы"), self.requests_list)
        add(form, "attachments", self.tr("Вложения"), files)

        self.save_button = QPushButton(self.tr("Сохранить"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Закрыть"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems.banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.origin)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        fit_window(self, "thematic_item", 900, 720)
        self.keeper: thematic_draft.DraftKeeper | None = None
        self._baseline: dict[str, Any] | None = None  # a new item's empty form
        if item_id is None:
            self.setWindowTitle(self.tr("Новые тематические сведения — MigDesk"))
            self._set_editable(self.access.working)
            if self.access.working:
                self._baseline = thematic_draft.typed(self)
                self.keeper = thematic_draft.DraftKeeper(self)
        elif not background:
            self.load(self.service.get(item_id))
        else:
            self._set_editable(False)
            self.setWindowTitle(self.tr("Загрузка сведений… — MigDesk"))
            self.reader.start(partial(self.service.get, item_id))

    # --- drafts and closing ------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """A new item with something typed or chosen (a stored item is read-only)."""
        return self._baseline is not None and thematic_draft.typed(self) != self._baseline

    def draft_data(self) -> dict[str, Any]:
        return thematic_draft.draft_data(self)

    def restore_draft(self, draft_id: str, data: dict[str, Any], saved_at: datetime) -> None:
        """Show a kept draft; it stays kept (replaced as typing goes on) until the item is
        saved or discarded, so a second crash loses nothing either."""
        thematic_draft.restore(self, data, saved_at)
        if self.keeper is not None:
            self.keeper.adopt(draft_id, thematic_draft.typed(self))

    def close_discarding(self) -> bool:
        """Close without asking (the automatic lock, which has kept the draft)."""
        self._discard = True
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.save_op is not None and not self._discard:
            self.close_after_save = True  # closes once saved; stays open if refused
            event.ignore()
            return
        if self.is_dirty() and not self._discard:
            answer = messages.ask_save_changes(self)
            if answer is messages.SaveAnswer.SAVE and self.save():
                self.close_after_save = True
            if answer is not messages.SaveAnswer.DISCARD:
                event.ignore()
                return
            if self.keeper is not None:
                self.keeper.forget()  # discarded: its draft goes too
        self.reader.closing = True  # a read arriving now is never shown
        super().closeEvent(event)

    def load(self, view: ThematicView) -> None:
        self.shown = view
        self.setWindowTitle(self.tr("{title} — MigDesk").format(title=view.title))
        select_data(self.category_combo, view.category)
        self.title_edit.setText(view.title)
        self.text_edit.setPlainText(view.text)
        for edit, day in (
            (self.reported_edit, view.reported_on),
            (self.from_edit, view.period_from),
            (self.until_edit, view.period_until),
        ):
            if day is not None:
                edit.setDate(to_qdate(day))
            else:
                edit.setDate(edit.minimumDate())
        select_data(self.source_combo, view.source_authority)
        ids = [link.person_id for link in view.persons]
        roles = {link.person_id: link.role for link in view.persons}
        self.persons_list.clear()
        for person_id, label in person_labels(self.persons_service, ids).items():
            role = roles.get(person_id)
            self.persons_list.addItem(
                person_item(person_id, f"{label} — {role}" if role else label)
            )
        self.requests_list.clear()
        for ref in view.request_refs:
            entry = QListWidgetItem(request_text(ref))
            entry.setData(ID_ROLE, ref.id if ref.number is not None else None)
            entry.setToolTip(ref.id)
            self.requests_list.addItem(entry)
        if view.provenance is not None:
            self.origin.setText(origin_text(view.provenance))
        self.origin.setVisible(view.provenance is not None)
        self.attachments_list.clear()
        for meta in view.attachments:
            self.attachments_list.addItem(f"{meta.name}, {size_text(meta.size)}")
        self._set_editable(False)

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.category_combo,
            self.reported_edit,
            self.from_edit,
            self.until_edit,
            self.source_combo,
            self.add_person_button,
            self.add_file_button,
        ):
            widget.setEnabled(editable)
        self.title_edit.setReadOnly(not editable)
        self.text_edit.setReadOnly(not editable)
        self.save_button.setVisible(editable)

    def _open_person(self, item: QListWidgetItem) -> None:
        person_id = item.data(ID_ROLE)
        if self.item_id is not None and isinstance(person_id, str):  # a saved item: view mode
            self.open_person_requested.emit(person_id)

    def _open_request(self, item: QListWidgetItem) -> None:
        request_id = item.data(ID_ROLE)
        if isinstance(request_id, str):
            self.open_request_requested.emit(request_id)

    def open_picker(self) -> PersonPicker:
        self.picker = open_picker(self.persons_service, self, self.add_persons)
        return self.picker

    def add_persons(self, chosen: list[tuple[str, str]]) -> None:
        add_picked(self.persons_list, chosen)

    def person_ids(self) -> list[str]:
        return listed_person_ids(self.persons_list)

    def _choose_attachment(self) -> None:
        path = choose_file(self, self.tr("Вложение"), self.tr("Все файлы (*)"))
        if path is not None:
            self.add_attachment(path)

    def add_attachment(self, path: Path) -> None:
        try:
            attachment = read_attachment(path)
        except OSError as exc:
            messages.show_error(self, str(exc.strerror or exc))
            return
        self.show_attachment(attachment)

    def show_attachment(self, attachment: AttachmentInput) -> None:
        """A file chosen, not saved yet: saved with the item."""
        self.pending.append(attachment)
        self.attachments_list.addItem(f"{attachment.name}, {size_text(len(attachment.data))}")

    def save(self) -> bool:
        """Saves on a worker: the write waits for the vault's write lock, which an index upkeep
        step holds up to ~0.5 s at 1M (#17). True when started; a second click does nothing."""
        if self.save_op is not None:
            return False
        self.problems.clear()
        source = self.source_combo.currentData()
        data = ThematicInput(
            category=str(self.category_combo.currentData()),
            title=self.title_edit.text(),
            text=self.text_edit.toPlainText(),
            reported_on=edit_date(self.reported_edit),
            period_from=edit_date(self.from_edit),
            period_until=edit_date(self.until_edit),
            source_authority=source if isinstance(source, str) else None,
            persons=[PersonLink(person_id) for person_id in self.person_ids()],
            attachments=list(self.pending),
        )
        service = self.service

        def work(_ctx: TaskContext) -> ThematicView:  # the read back is audited: a write too
            return service.get(service.add(data))

        self.save_op = (
            BackgroundOp(self, work)
            .in_order()
            .disabling(self.save_button)
            .on_success(self._saved)
            .on_failure(self._failed)
            .on_cancelled(lambda: self._ended(saved=False))
            .run()
        )
        return True

    def _saved(self, view: ThematicView) -> None:
        self.item_id = view.id
        self.pending = []
        self._baseline = None  # stored: read-only from now on
        self.banner.hide()
        if self.keeper is not None:
            self.keeper.forget()
        self.load(view)
        self.saved.emit(view.id)
        self._ended(saved=True)
        if self.close_after_save:
            self.close()

    def _failed(self, exc: BaseException) -> None:
        self._ended(saved=False)
        if isinstance(exc, MigDeskError):
            self.problems.show_error(exc, self.tr("Не сохранено: исправьте отмеченные поля."))
        else:
            messages.show_error(self, messages.error_text(exc))

    def _ended(self, *, saved: bool) -> None:
        self.save_op = None
        if not saved:
            self.close_after_save = False  # refused: the officer decides again
        self.save_finished.emit(saved)
