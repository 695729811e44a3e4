"""Thematic information (Art. 4): the list by category and the form of one item (category,
text, dates, source, linked persons, attachments). Items are added, never edited (the domain
has no update); an existing item opens read-only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
    date_text,
    edit_date,
    fit_columns,
    read_attachment,
    read_only_table,
    select_data,
    selected_key,
    set_row,
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
from migdesk.ui.requests.thematic_origin import origin_text, request_text
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import ERROR_STYLE, WARNING_STYLE
from migdesk.vault import Vault


class ThematicForm(QWidget):
    saved = Signal(str)
    save_finished = Signal(bool)  # a save started by ``save`` has ended: saved or not
    open_person_requested = Signal(str)  # a linked person's card
    open_request_requested = Signal(str)  # a linked request's window

    def __init__(
        self, vault: Vault, item_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = ThematicService(vault)
        self.persons_service = PersonService(vault)
        self.access = Access(vault)
        self.item_id = item_id
        self.pending: list[AttachmentInput] = []
        self.save_op: BackgroundOp[ThematicView] | None = None  # a save under way
        self.picker: PersonPicker | None = None
        self.problems = ProblemForm()

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
        layout.addWidget(self.origin)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        fit_window(self, "thematic_item", 900, 720)
        if item_id is None:
            self.setWindowTitle(self.tr("Новые тематические сведения — MigDesk"))
            self._set_editable(self.access.working)
        else:
            self.load(self.service.get(item_id))

    def load(self, view: ThematicView) -> None:
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
        self.load(view)
        self.saved.emit(view.id)
        self._ended(saved=True)

    def _failed(self, exc: BaseException) -> None:
        self._ended(saved=False)
        if isinstance(exc, MigDeskError):
            self.problems.show_error(exc, self.tr("Не сохранено: исправьте отмеченные поля."))
        else:
            messages.show_error(self, messages.error_text(exc))

    def _ended(self, *, saved: bool) -> None:
        self.save_op = None
        self.save_finished.emit(saved)


class ThematicWindow(QWidget):
    open_person_requested = Signal(str)
    open_request_requested = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.vault = vault
        self.service = ThematicService(vault)
        self.access = Access(vault)
        self.forms: list[ThematicForm] = []
        self.items: list[ThematicView] = []
        self.setWindowTitle(self.tr("Тематическая информация (ст.\u00a04) — MigDesk"))

        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("Все категории"), None)
        for code, label in THEMATIC_CATEGORIES.items():
            self.category_combo.addItem(label, code)
        self.category_combo.currentIndexChanged.connect(self.refresh)
        self.status = QLabel()
        self.new_button = QPushButton(self.tr("Новые сведения…"))
        self.new_button.setEnabled(self.access.working)
        self.new_button.clicked.connect(lambda: self.open_item(None))
        self.open_button = QPushButton(self.tr("Открыть"))
        self.open_button.clicked.connect(self._open_selected)
        top = QHBoxLayout()
        top.addWidget(self.category_combo, 1)
        top.addWidget(self.status)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)

        self.table = read_only_table(
            [
                self.tr("Дата"),
                self.tr("Категория"),
                self.tr("Заголовок"),
                self.tr("Лиц"),
                self.tr("Вложений"),
                self.tr("Внёс"),
            ]
        )
        fit_columns(self.table, [10, 40, 36, 4, 6], "thematic")
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        fit_window(self, "thematic", 1100, 560)
        self.refresh()

    def refresh(self) -> None:
        category = self.category_combo.currentData()
        try:
            self.items = self.service.list(category if isinstance(category, str) else None)
        except MigDeskError as exc:
            self.items = []
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(messages.error_text(exc))
        else:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Записей: {count}").format(count=len(self.items)))
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            set_row(
                self.table,
                row,
                [
                    date_text(item.reported_on),
                    item.category_label,
                    item.title,
                    str(len(item.persons)),
                    str(len(item.attachments)),
                    item.created_by,
                ],
                item.id,
            )

    def _open_selected(self) -> None:
        key = selected_key(self.table)
        if isinstance(key, str):
            self.open_item(key)

    def open_item(self, item_id: str | None) -> ThematicForm | None:
        try:
            form = ThematicForm(self.vault, item_id)
        except MigDeskError as exc:
            messages.show_error(self, str(exc))
            return None
        form.saved.connect(lambda _id: self.refresh())
        form.open_person_requested.connect(self.open_person_requested)
        form.open_request_requested.connect(self.open_request_requested)
        self.forms.append(form)
        form.destroyed.connect(lambda: self._forget(form))
        form.show()
        return form

    def _forget(self, form: ThematicForm) -> None:
        self.forms = [f for f in self.forms if f is not form]
