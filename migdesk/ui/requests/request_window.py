"""The request window: contents per Art. 9.2, the step history and the Art. 10 actions.

A new outgoing message (request, Art. 8 information, 9.5 confirmation) is drafted here; an
incoming one is registered here with its date of receipt, and the 30-day deadline the domain
will store is shown as it is typed. Only unsigned drafts can be edited. The action buttons
follow the domain's transition table: those valid from the current state are enabled.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import MigDeskError
from migdesk.persons.service import PersonService
from migdesk.reports.documents.choices import request_choices
from migdesk.requests import vocab
from migdesk.requests.authorities import AuthorityRegistry
from migdesk.requests.dates import due_on
from migdesk.requests.records import (
    AttachmentInput,
    DraftInput,
    IncomingInput,
    RequestView,
    StepView,
)
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryService
from migdesk.requests.workflow import STATE_LABELS, TRANSITIONS, State
from migdesk.ui import messages
from migdesk.ui.access import Access
from migdesk.ui.authority_combo import fill_authority_combo, own_authority
from migdesk.ui.exchange.send_action import SendInBundle
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.kit import (
    ID_ROLE,
    OVERDUE_COLOR,
    ProblemForm,
    compact_combo,
    date_edit,
    date_text,
    edit_date,
    fit_columns,
    read_attachment,
    read_only_table,
    select_data,
    set_row,
    size_text,
    text_edit,
    to_qdate,
)
from migdesk.ui.requests.labels import action_label, direction_label, kind_label, step_name
from migdesk.ui.requests.person_picker import PersonPicker, person_item, person_labels
from migdesk.ui.requests.signature_view import (
    SignatureDialog,
    SignatureReport,
    check_attachment,
    is_pdf,
    latest_statuses,
    stored_checks,
)
from migdesk.ui.requests.step_dialogs import StepDialog
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import WARNING_STYLE, hint_label

KINDS = ("request", "information", "confirmation")

if TYPE_CHECKING:  # QtPdf and pyHanko load when a document is first opened
    from migdesk.signing.checks import StoredCheck
    from migdesk.ui.documents.document_dialog import DocumentDialog


def _details_text(step: StepView) -> str:
    """The step's structured details as «Label: value» lines (domain labels, Russian)."""
    lines = [step.text] if step.text else []
    for key, value in step.details.items():
        if key == "grounds" and isinstance(value, list):
            shown = "; ".join(vocab.REFUSAL_GROUNDS.get(str(v), str(v)) for v in value)
        elif key == "mode":
            continue
        elif key == "until":
            shown = date_text(date.fromisoformat(str(value)))
        elif isinstance(value, list):
            shown = ", ".join(str(v) for v in value)
        else:
            shown = str(value)
        lines.append(f"{vocab.label(key)}: {shown}")
    return " · ".join(lines)


class RequestWindow(QWidget):
    changed = Signal(str)  # request id, after a save or a step
    closed = Signal(QWidget)
    confirmation_requested = Signal(str)  # id of the doubted message (9.5)

    def __init__(
        self,
        service: RequestService,
        request_id: str | None = None,
        *,
        kind: str = "request",
        direction: str = "outgoing",
        related: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.persons_service = PersonService(service.vault)
        self.access = Access(service.vault)
        self.request_id = request_id
        self.view: RequestView | None = None
        self.kind = kind
        self.direction = direction
        self.pending: list[AttachmentInput] = []
        self.step_dialog: StepDialog | None = None
        self.picker: PersonPicker | None = None
        self.signature_dialog: SignatureDialog | None = None
        self.signature_op: BackgroundOp[SignatureReport] | None = None
        self.statuses_op: BackgroundOp[list[StoredCheck]] | None = None
        self._signature_statuses: dict[int, str] = {}  # attachment id → latest check
        self.problems = ProblemForm()
        self._own = own_authority(service.vault)
        registry = AuthorityRegistry(service.vault)
        self._own_country = registry.get(self._own).country if self._own else None

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.deadline_label = QLabel()

        contents = QWidget()
        contents_layout = QVBoxLayout(contents)
        contents_layout.addWidget(self._parties_box())
        contents_layout.addWidget(self._substance_box())
        contents_layout.addWidget(self._persons_box())
        contents_layout.addWidget(self._attachments_box())
        contents_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(contents)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        side = self.side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self._actions_box())
        side_layout.addWidget(self._history_box(), 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([720, 540])

        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.confirm_button = QPushButton(
            self.tr("Запросить подтверждение подлинности (п. 5 ст. 9)…")
        )
        self.confirm_button.clicked.connect(self._ask_confirmation)
        self.document_dialog: DocumentDialog | None = None
        self.document_button = QPushButton(self.tr("Документ…"))
        self.document_button.clicked.connect(self.open_document)
        self.bundle_sender = SendInBundle(service.vault, self)
        self.bundle_sender.exported.connect(self._step_recorded)  # the send step is recorded
        close_button = QPushButton(self.tr("Закрыть"))
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.document_button)
        buttons.addWidget(self.bundle_sender.button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.deadline_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.state_label)
        layout.addWidget(self.problems.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1280, 820)

        if request_id is None:
            self._start_new(related)
        else:
            self.reload()

    # --- layout ----------------------------------------------------------------------------

    def _parties_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Стороны и регистрация"))
        form = QFormLayout(box)
        self.parties_form = form
        self.kind_combo = compact_combo(QComboBox())
        for kind in KINDS:
            self.kind_combo.addItem(vocab.KINDS[kind], kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.from_combo = compact_combo(QComboBox())
        self.to_combo = compact_combo(QComboBox())
        self.received_edit = date_edit(date.today())
        self.received_edit.dateChanged.connect(self._update_due_preview)
        self.due_label = QLabel()
        self.their_number_edit = QLineEdit()
        self.their_date_edit = date_edit(optional=True)
        add = self.problems.add_row
        add(form, "kind", self.tr("Вид сообщения"), self.kind_combo)
        add(form, "from", self.tr("Запрашивающий орган"), self.from_combo)
        add(form, "to", self.tr("Запрашиваемый орган"), self.to_combo)
        add(form, "received_on", self.tr("Дата поступления"), self.received_edit)
        form.addRow(self.tr("Срок исполнения"), self.due_label)
        add(form, "their_number", self.tr("Номер документа другой Стороны"), self.their_number_edit)
        add(form, "their_date", self.tr("Дата документа другой Стороны"), self.their_date_edit)
        return box

    def _substance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Содержание (п. 2 ст. 9)"))
        form = QFormLayout(box)
        self.substance_form = form
        self.substance_edit = text_edit(3)
        self.purpose_edit = text_edit(2)
        self.justification_edit = text_edit(2)
        self.other_edit = text_edit(2)
        self.cover_edit = text_edit(3)
        self.related_combo = compact_combo(QComboBox())
        add = self.problems.add_row
        add(form, "related", self.tr("Сообщение под сомнением"), self.related_combo)
        add(form, "substance", self.tr("Существо"), self.substance_edit)
        add(form, "purpose", self.tr("Цель"), self.purpose_edit)
        add(form, "justification", self.tr("Обоснование"), self.justification_edit)
        add(form, "other_info", self.tr("Другая полезная информация"), self.other_edit)
        add(form, "cover_text", self.tr("Сопроводительный текст (ст. 8)"), self.cover_edit)
        return box

    def _persons_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Лица и категории сведений (ст. 5)"))
        form = QFormLayout(box)
        self.persons_list = QListWidget()
        self.persons_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.add_person_button = QPushButton(self.tr("Добавить из реестра…"))
        self.add_person_button.clicked.connect(self.open_picker)
        self.remove_person_button = QPushButton(self.tr("Убрать"))
        self.remove_person_button.clicked.connect(self._remove_person)
        persons = QWidget()
        column = QVBoxLayout(persons)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.persons_list)
        row = QHBoxLayout()
        row.addWidget(self.add_person_button)
        row.addWidget(self.remove_person_button)
        row.addStretch(1)
        column.addLayout(row)
        self.problems.add_row(form, "persons", self.tr("Лица"), persons)
        self.categories_list = QListWidget()
        self.categories_list.setWordWrap(True)
        self.category_items: dict[str, QListWidgetItem] = {}
        for code, label in vocab.INFO_CATEGORIES.items():
            item = QListWidgetItem(label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, code)
            self.category_items[code] = item
            self.categories_list.addItem(item)
        self.categories_list.setFixedHeight(self.fontMetrics().lineSpacing() * 8 + 12)
        self.problems.add_row(
            form, "categories", self.tr("Запрашиваемые сведения"), self.categories_list
        )
        self.persons_form = form
        return box

    def _attachments_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Вложения"))
        column = QVBoxLayout(box)
        self.attachments_list = QListWidget()
        self.attachments_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.add_file_button = QPushButton(self.tr("Приложить файл…"))
        self.add_file_button.clicked.connect(self._choose_attachment)
        self.verify_button = QPushButton(self.tr("Проверить подпись…"))
        self.verify_button.setToolTip(
            self.tr("Проверить электронную подпись вложения PDF по доверенным сертификатам")
        )
        self.verify_button.setEnabled(False)
        self.verify_button.clicked.connect(self.verify_selected)
        self.attachments_list.currentRowChanged.connect(self._attachment_selected)
        column.addWidget(self.problems.field("attachments", self.attachments_list))
        row = QHBoxLayout()
        row.addWidget(self.add_file_button)
        row.addWidget(self.verify_button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Действия (ст. 10)"))
        self.actions_grid = QGridLayout(box)
        self.action_buttons: dict[str, QPushButton] = {}
        self.signing_label = hint_label("")
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ход исполнения"))
        column = QVBoxLayout(box)
        self.history = read_only_table(
            [
                self.tr("Дата"),
                self.tr("Шаг"),
                self.tr("Кто"),
                self.tr("Номер письма"),
                self.tr("Текст"),
            ]
        )
        fit_columns(self.history, [10, 20, 10, 9])
        self.history.setWordWrap(True)
        column.addWidget(self.signing_label)
        column.addWidget(self.history, 1)
        return box

    # --- new messages ----------------------------------------------------------------------

    def _side_combos(self) -> None:
        """Ours on our side, theirs on the other (the domain checks it again)."""
        ours_first = self.direction == "outgoing"
        own, country = self._own_country, self._own_country
        mine, theirs = (
            (self.from_combo, self.to_combo)
            if ours_first
            else (
                self.to_combo,
                self.from_combo,
            )
        )
        fill_authority_combo(mine, self.service.vault, country=country)
        fill_authority_combo(theirs, self.service.vault, exclude=own)
        select_data(mine, self._own)

    def _start_new(self, related: str | None) -> None:
        self._side_combos()
        select_data(self.kind_combo, self.kind)
        if related is not None or self.kind == "confirmation":
            self._fill_related(related)
        self._kind_changed()
        self._update_due_preview()
        self._set_editable(self.access.working)
        self.history.setRowCount(0)
        self.signing_label.setText(self.tr("Шаги появятся после сохранения."))
        self._build_actions()
        self._update_title()

    def _fill_related(self, related: str | None) -> None:
        """Messages received from the other side: what a 9.5 confirmation can ask about."""
        self.related_combo.clear()
        self.related_combo.addItem(self.tr("— выберите сообщение —"), None)
        try:
            rows = self.service.list(direction="incoming")
        except MigDeskError:
            rows = []
        for row in rows:
            self.related_combo.addItem(f"№ {row.number} — {row.substance}", row.id)
        select_data(self.related_combo, related)
        if related is not None:
            self.related_combo.setEnabled(False)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        if isinstance(kind, str):
            self.kind = kind
        incoming = self.direction == "incoming"
        is_request = self.kind == "request"
        show = {
            self.received_edit: incoming,
            self.due_label: incoming and is_request,
            self.their_number_edit: incoming,
            self.their_date_edit: incoming,
        }
        for widget, visible in show.items():
            target = self.problems.fields.get(self._field_name(widget), widget)
            self.parties_form.setRowVisible(target, visible)
        self.substance_form.setRowVisible(
            self.problems.fields["related"], self.kind == "confirmation"
        )
        self.substance_form.setRowVisible(
            self.problems.fields["cover_text"], self.kind == "information"
        )
        for name in ("purpose", "justification"):
            self.substance_form.setRowVisible(
                self.problems.fields[name], self.kind != "information"
            )
        self.persons_form.setRowVisible(self.problems.fields["categories"], is_request)
        if self.kind == "confirmation" and self.related_combo.count() == 0:
            self._fill_related(None)
        self._update_title()

    def _field_name(self, widget: QWidget) -> str:
        for name, wrapped in self.problems.fields.items():
            if wrapped.field is widget:
                return name
        return ""

    def _update_due_preview(self) -> None:
        received = edit_date(self.received_edit) or date.today()
        if self.view is not None and self.view.due_on is not None:
            due = self.view.due_on
        else:
            due = due_on(received)
        self.due_label.setText(
            self.tr("{due} (30 календарных дней с даты поступления, п. 3 ст. 10)").format(
                due=date_text(due)
            )
        )

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        assert self.request_id is not None
        view = self.service.get(self.request_id)
        self.view = view
        self.kind, self.direction = view.kind, view.direction
        self.pending = []
        select_data(self.kind_combo, view.kind)
        self._side_combos()
        for combo, code, name in (
            (self.from_combo, view.from_code, view.from_name),
            (self.to_combo, view.to_code, view.to_name),
        ):
            if combo.findData(code) < 0:  # replaced since: still shown with its old name
                combo.addItem(f"{code} — {name}", code)
            select_data(combo, code)
        if view.received_on:
            self.received_edit.setDate(to_qdate(view.received_on))
        self.their_number_edit.setText(view.their_number or "")
        if view.their_date:
            self.their_date_edit.setDate(to_qdate(view.their_date))
        self.substance_edit.setPlainText(view.substance)
        self.purpose_edit.setPlainText(view.purpose or "")
        self.justification_edit.setPlainText(view.justification or "")
        self.other_edit.setPlainText(view.other_info or "")
        self.cover_edit.setPlainText(view.cover_text or "")
        if view.kind == "confirmation" or view.related:
            self._fill_related(view.related)
        self.persons_list.clear()
        for person_id, label in person_labels(self.persons_service, view.persons).items():
            self.persons_list.addItem(person_item(person_id, label))
        for code in self.category_items:
            self.set_category(code, code in view.categories)
        self._show_attachments()
        self._load_signature_statuses(view)
        self._kind_changed()
        self._update_due_preview()
        self._fill_history(view)
        self._set_editable(self.access.working and view.state == State.DRAFT)
        self._build_actions()
        self._update_title()
        self.problems.clear()

    def _show_attachments(self) -> None:
        current = self.attachments_list.currentRow()
        self.attachments_list.clear()
        if self.view is not None:
            for meta in self.view.attachments:
                where = (
                    self.tr(" (с шагом {seq})").format(seq=meta.step)
                    if meta.step is not None
                    else ""
                )
                text = f"{meta.name}, {size_text(meta.size)}{where}"
                status = self._signature_statuses.get(meta.id)
                row = QListWidgetItem(f"{text} — {status}" if status else text)
                row.setData(ID_ROLE, meta.id)
                self.attachments_list.addItem(row)
        for item in self.pending:
            self.attachments_list.addItem(
                self.tr("{name}, {size} — будет сохранено").format(
                    name=item.name, size=size_text(len(item.data))
                )
            )
        if 0 <= current < self.attachments_list.count():
            self.attachments_list.setCurrentRow(current)
        self._attachment_selected()

    def _fill_history(self, view: RequestView) -> None:
        self.history.setRowCount(len(view.steps))
        for row, step in enumerate(reversed(view.steps)):  # newest first
            set_row(
                self.history,
                row,
                [
                    date_text(step.on),
                    step_name(view.direction, step.action),
                    step.user,
                    step.number or step.their_number or "",
                    _details_text(step),
                ],
                step.seq,
            )
        self.history.resizeRowsToContents()
        signing = []
        if view.signatory:
            signing.append(
                self.tr("Подписал: {who}, {day}").format(
                    who=view.signatory, day=date_text(view.signed_on)
                )
            )
        if view.sent_on:
            signing.append(self.tr("Направлен: {day}").format(day=date_text(view.sent_on)))
        if view.closed_on:
            signing.append(self.tr("Завершён: {day}").format(day=date_text(view.closed_on)))
        self.signing_label.setText("; ".join(signing))
        self.signing_label.setVisible(bool(signing))

    def _set_editable(self, editable: bool) -> None:
        new = self.request_id is None
        for edit in (
            self.substance_edit,
            self.purpose_edit,
            self.justification_edit,
            self.other_edit,
            self.cover_edit,
        ):
            edit.setReadOnly(not editable)
        self.their_number_edit.setReadOnly(not (editable and new))
        for widget in (self.from_combo, self.to_combo, self.received_edit, self.their_date_edit):
            widget.setEnabled(editable and new)
        self.kind_combo.setEnabled(editable and new and self.direction == "incoming")
        if not (editable and new) and self.view is not None:
            self.related_combo.setEnabled(False)
        for button in (self.add_person_button, self.remove_person_button, self.add_file_button):
            button.setEnabled(editable)
        self.categories_list.setEnabled(editable)
        self.save_button.setVisible(editable)
        if new:
            self.save_button.setText(
                self.tr("Зарегистрировать")
                if self.direction == "incoming"
                else self.tr("Сохранить проект")
            )
        else:
            self.save_button.setText(self.tr("Сохранить изменения"))
        view = self.view
        self.confirm_button.setVisible(
            view is not None and view.direction == "incoming" and self.access.working
        )

    def _update_title(self) -> None:
        view = self.view
        if view is None:
            what = (
                self.tr("Регистрация входящего: {kind}")
                if self.direction == "incoming"
                else self.tr("Новый исходящий: {kind}")
            ).format(kind=kind_label(self.kind).lower())
            self.title.setText(what)
            self.setWindowTitle(self.tr("{what} — MigDesk").format(what=what))
            self.state_label.hide()
            self.deadline_label.setText("")
            self.side.hide()
            return
        self.side.show()
        self.state_label.show()
        what = self.tr("{kind} № {number} ({direction})").format(
            kind=kind_label(view.kind),
            number=view.number,
            direction=direction_label(view.direction),
        )
        self.title.setText(what)
        self.setWindowTitle(self.tr("{what} — MigDesk").format(what=what))
        self.state_label.setText(
            self.tr("Состояние: {state}. {source} → {target}").format(
                state=STATE_LABELS[State(view.state)], source=view.from_name, target=view.to_name
            )
        )
        if view.days_left is not None:
            if view.overdue:
                text = self.tr("Срок истёк {due}: просрочено на {days} дн.").format(
                    due=date_text(view.due_on), days=-view.days_left
                )
                style = f"color: {OVERDUE_COLOR.name()}; font-weight: bold;"
            else:
                text = self.tr("Срок {due}: осталось {days} дн.").format(
                    due=date_text(view.due_on), days=view.days_left
                )
                style = WARNING_STYLE if view.days_left <= 5 else ""
            self.deadline_label.setText(text)
            self.deadline_label.setStyleSheet(style)
        else:
            self.deadline_label.setText("")

    # --- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        for button in self.action_buttons.values():
            self.actions_grid.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        table = TRANSITIONS[(self.kind, self.direction)]
        names = list(dict.fromkeys(action.value for (_state, action) in table))
        allowed = set(self.view.allowed_actions) if self.view is not None else set()
        can_sign = self._can_sign()
        for index, name in enumerate(names):
            button = QPushButton(action_label(self.direction, name))
            enabled = self.view is not None and self.access.working and name in allowed
            if name == "sign" and enabled and not can_sign:
                enabled = False
                button.setToolTip(
                    self.tr(
                        "Подписывает руководитель или сам уполномоченный подписант (п. 3 ст. 9)"
                    )
                )
            button.setEnabled(enabled)
            button.clicked.connect(lambda _checked=False, a=name: self.open_step(a))
            self.action_buttons[name] = button
            self.actions_grid.addWidget(button, index // 2, index % 2)
        if not names:
            label = hint_label(self.tr("Для этого сообщения шагов исполнения нет."))
            self.actions_grid.addWidget(label, 0, 0)
        self.document_button.setVisible(self.view is not None)
        self.document_button.setEnabled(self.view is not None and bool(request_choices(self.view)))
        self.bundle_sender.refresh(self.view)

    def _can_sign(self) -> bool:
        if self.access.supervisor:
            return True
        if self.view is None:
            return False
        try:
            signatories = SignatoryService(self.service.vault).list(authority=self.view.from_code)
        except MigDeskError:
            return False
        return any(s.user == self.access.user and s.valid_on(date.today()) for s in signatories)

    def enabled_actions(self) -> list[str]:
        return [name for name, button in self.action_buttons.items() if button.isEnabled()]

    def open_step(self, action: str) -> StepDialog | None:
        if self.view is None:
            return None
        persons = {
            str(item.data(ID_ROLE)): item.text()
            for i in range(self.persons_list.count())
            if (item := self.persons_list.item(i))
        }
        dialog = StepDialog(self.service, self.view, action, persons, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._step_recorded)
        dialog.finished.connect(self._step_closed)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _step_closed(self) -> None:
        self.step_dialog = None

    def _step_recorded(self, _result: object) -> None:
        self.reload()
        if self.request_id is not None:
            self.changed.emit(self.request_id)

    def open_document(self) -> DocumentDialog | None:
        if self.view is None:
            return None
        from migdesk.ui.documents.document_dialog import DocumentDialog

        dialog = DocumentDialog.for_request(self.service.vault, self.view, self)
        self.document_dialog = dialog
        dialog.show()
        return dialog

    def _ask_confirmation(self) -> None:
        if self.view is not None:
            self.confirmation_requested.emit(self.view.id)

    # --- persons and attachments -------------------------------------------------------------

    def open_picker(self) -> PersonPicker:
        picker = PersonPicker(self.persons_service, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.picked.connect(self.add_persons)
        self.picker = picker
        picker.open()
        return picker

    def add_persons(self, chosen: list[tuple[str, str]]) -> None:
        present = set(self.person_ids())
        for person_id, label in chosen:
            if person_id not in present:
                self.persons_list.addItem(person_item(person_id, label))
                present.add(person_id)

    def set_category(self, code: str, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.category_items[code].setCheckState(state)

    def person_ids(self) -> list[str]:
        return [
            str(item.data(ID_ROLE))
            for i in range(self.persons_list.count())
            if (item := self.persons_list.item(i))
        ]

    def _remove_person(self) -> None:
        for item in self.persons_list.selectedItems():
            self.persons_list.takeItem(self.persons_list.row(item))

    def _choose_attachment(self) -> None:
        path = choose_file(self, self.tr("Вложение"), self.tr("Все файлы (*)"))
        if path is not None:
            self.add_attachment(path)

    def add_attachment(self, path: Path) -> None:
        try:
            self.pending.append(read_attachment(path))
        except OSError as exc:
            messages.show_error(self, str(exc.strerror or exc))
            return
        self._show_attachments()

    # --- signatures of attached PDFs (issue 5) -----------------------------------------------

    def selected_attachment(self) -> tuple[int, str] | None:
        """(id, name) of the selected stored attachment when it is a PDF."""
        item = self.attachments_list.currentItem()
        if item is None or self.view is None:
            return None
        attachment_id = item.data(ID_ROLE)
        for meta in self.view.attachments:
            if meta.id == attachment_id and is_pdf(meta.name, meta.mime):
                return meta.id, meta.name
        return None

    def _attachment_selected(self) -> None:
        self.verify_button.setEnabled(
            self.selected_attachment() is not None and self.signature_op is None
        )

    def verify_selected(self) -> BackgroundOp[SignatureReport] | None:
        selected = self.selected_attachment()
        if selected is None or self.request_id is None or self.signature_op is not None:
            return None
        attachment_id, name = selected
        vault, request_id = self.service.vault, self.request_id
        op: BackgroundOp[SignatureReport] = BackgroundOp(
            self, lambda _ctx: check_attachment(vault, request_id, attachment_id, name)
        )
        self.signature_op = op
        self.verify_button.setEnabled(False)
        op.with_progress(self.tr("Проверка подписи…"))
        op.on_success(self._show_signatures).on_failure(self._verify_failed).run()
        return op

    def _verify_done(self) -> None:
        self.signature_op = None
        self._attachment_selected()

    def _verify_failed(self, exc: BaseException) -> None:
        self._verify_done()
        messages.show_error(self, messages.error_text(exc))

    def _show_signatures(self, report: SignatureReport) -> None:
        self._verify_done()
        self._set_signature_statuses(report.stored)
        if self.signature_dialog is not None:
            self.signature_dialog.close()
        dialog = SignatureDialog(report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._signatures_closed)
        self.signature_dialog = dialog
        dialog.open()

    def _signatures_closed(self) -> None:
        self.signature_dialog = None

    def _load_signature_statuses(self, view: RequestView) -> None:
        """The latest stored check of each attached PDF, read off the GUI thread."""
        if not any(is_pdf(meta.name, meta.mime) for meta in view.attachments):
            self._signature_statuses = {}
            return
        vault, request_id = self.service.vault, view.id
        op: BackgroundOp[list[StoredCheck]] = BackgroundOp(
            self, lambda _ctx: stored_checks(vault, request_id)
        )
        self.statuses_op = op

        def loaded(stored: list[StoredCheck]) -> None:
            if self.statuses_op is op:  # not overtaken by a later reload
                self.statuses_op = None
                self._set_signature_statuses(stored)

        # Only a label is missing when the read fails: nothing to interrupt the officer for.
        op.on_success(loaded).on_failure(lambda _exc: None).run()

    def _set_signature_statuses(self, stored: list[StoredCheck]) -> None:
        self._signature_statuses = latest_statuses(stored)
        self._show_attachments()

    # --- saving ----------------------------------------------------------------------------

    def _texts(self) -> dict[str, Any]:
        def value(edit: QPlainTextEdit) -> str | None:
            return edit.toPlainText() or None

        categories = [
            code
            for code, item in self.category_items.items()
            if item.checkState() == Qt.CheckState.Checked
        ]
        related = self.related_combo.currentData()
        return {
            "substance": self.substance_edit.toPlainText(),
            "purpose": value(self.purpose_edit) if self.kind != "information" else None,
            "justification": value(self.justification_edit) if self.kind != "information" else None,
            "other_info": value(self.other_edit),
            "cover_text": value(self.cover_edit) if self.kind == "information" else None,
            "related": related
            if self.kind == "confirmation" and isinstance(related, str)
            else None,
            "persons": self.person_ids(),
            "categories": categories if self.kind == "request" else [],
            "attachments": list(self.pending),
        }

    def save(self) -> bool:
        if not self.access.working:
            return False
        self.problems.clear()
        texts = self._texts()
        from_code, to_code = self.from_combo.currentData(), self.to_combo.currentData()
        try:
            if self.request_id is None and self.direction == "incoming":
                created = self.service.receive(
                    IncomingInput(
                        from_authority=from_code or "",
                        to_authority=to_code,
                        received_on=edit_date(self.received_edit) or date.today(),
                        kind=self.kind,
                        their_number=self.their_number_edit.text() or None,
                        their_date=edit_date(self.their_date_edit),
                        **texts,
                    )
                )
                self.request_id = created.id
            elif self.request_id is None:
                created = self.service.create_draft(
                    DraftInput(
                        from_authority=from_code,
                        to_authority=to_code or "",
                        kind=self.kind,
                        assignees=[],
                        **texts,
                    )
                )
                self.request_id = created.id
            else:
                assert self.view is not None
                self.service.update_draft(
                    self.request_id,
                    DraftInput(
                        from_authority=self.view.from_code,
                        to_authority=self.view.to_code,
                        kind=self.view.kind,
                        **texts,
                    ),
                )
        except MigDeskError as exc:
            self.problems.show_error(exc, self.tr("Не сохранено: исправьте отмеченные поля."))
            return False
        self.reload()
        self.changed.emit(self.request_id)
        return True

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.step_dialog is not None:
            self.step_dialog.done(QDialog.DialogCode.Rejected)
        event.accept()
        self.closed.emit(self)
