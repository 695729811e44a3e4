"""One dialog per Art. 10 step: it asks what the step must say and hands it to the domain
(«Подписать…» is the digital signature: ``sign_dialog``).

Which fields are mandatory is the domain's business (``check_step``): the dialog offers the
fields of the action, and when the domain refuses it shows each message under its field and
stays open, with nothing recorded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import MigDeskError
from migdesk.requests.records import AttachmentInput, RequestView, StepResult
from migdesk.requests.service import RequestService
from migdesk.requests.vocab import REFUSAL_GROUNDS
from migdesk.requests.workflow import LETTERS, Action, StepInput
from migdesk.ui import messages
from migdesk.ui.confirm import confirm
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.kit import (
    ID_ROLE,
    ProblemForm,
    date_edit,
    edit_date,
    read_attachment,
    text_edit,
)
from migdesk.ui.request_labels import action_label
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import hint_label

# Actions whose dialog has only the date (and the partner's number for their letters).
SIMPLE = frozenset({"start", "send", "resume", "cancel", "withdraw", "more-info-received"})
# Steps that end the request's execution for good: Enter in a field must not record them.
FINAL = frozenset({"refuse", "partial-refuse", "withdraw", "cancel", "confidential-withdraw"})


def _first_needed_field(form: QFormLayout, skip: QWidget) -> QWidget | None:
    """The first field of the form that takes typing or a choice (issue 13.16)."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = item.widget() if item is not None else None
        if widget is None or widget is skip:
            continue
        candidates = [widget, *widget.findChildren(QWidget)]
        for candidate in candidates:
            if isinstance(candidate, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox) and (
                candidate.isEnabled() and candidate is not skip and not skip.isAncestorOf(candidate)
            ):
                return candidate
    return None


class StepDialog(QDialog):
    recorded = Signal(object)  # StepResult
    submit_finished = Signal(bool)  # a step started by ``submit`` has ended: recorded or not

    def __init__(
        self,
        service: RequestService,
        view: RequestView,
        action: str,
        persons: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.view = view
        self.action = action
        self.result_: StepResult | None = None
        self.fresh_view: RequestView | None = None  # the request as stored after the step
        self.op: BackgroundOp[tuple[StepResult, RequestView]] | None = None
        self.attachments: list[AttachmentInput] = []
        self.problems = ProblemForm()
        self.setWindowTitle(
            self.tr("{step} — запрос № {number}").format(
                step=action_label(view.direction, action).rstrip("…"), number=view.number
            )
        )
        self.setMinimumWidth(640)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        last_step = view.steps[-1].on if view.steps else None
        self.on_edit = date_edit(date.today())
        if last_step is not None:
            self.on_edit.setMinimumDate(
                self.on_edit.date().addDays((last_step - date.today()).days)
            )
        self.problems.add_row(form, "on", self.tr("Дата шага"), self.on_edit)

        self.text_edit = text_edit(4)
        self.until_edit = date_edit(optional=True)
        self.mode_group = QButtonGroup(self)
        self.postpone_radio = QRadioButton(self.tr("Отложить исполнение"))
        self.conditions_radio = QRadioButton(self.tr("Исполнить на условиях"))
        self.proceedings_edit = text_edit(2)
        self.conditions_edit = text_edit(3)
        self.reasons_edit = text_edit(4)
        self.answered_edit = text_edit(2)
        self.not_answered_edit = text_edit(2)
        self.ground_checks: dict[str, QCheckBox] = {}
        self.records_list = QListWidget()
        self.their_number_edit = QLineEdit()
        self.attachment_list = QListWidget()

        self._build_fields(form, persons)

        if LETTERS[view.direction].get(Action(action)) == "partner":
            self.problems.add_row(
                form, "their_number", self.tr("Номер письма другой Стороны"), self.their_number_edit
            )
        if action not in SIMPLE:
            add_file = QPushButton(self.tr("Приложить файл…"))
            add_file.clicked.connect(self._choose_attachment)
            files = QWidget()
            row = QVBoxLayout(files)
            row.setContentsMargins(0, 0, 0, 0)
            self.attachment_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
            row.addWidget(self.attachment_list)
            row.addWidget(add_file, 0, Qt.AlignmentFlag.AlignLeft)
            self.problems.add_row(form, "attachments", self.tr("Вложения"), files)

        self.ok_button = QPushButton(self.tr("Записать шаг"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Отмена"))
        cancel.clicked.connect(self.cancel_asked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.problems.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        if action in FINAL:  # no default button: Enter in a number or on a ground does nothing
            for button in self.findChildren(QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        first = _first_needed_field(form, skip=self.on_edit)
        if first is not None:
            first.setFocus()  # the date is today already; the cursor goes where typing starts

    # --- fields per action -------------------------------------------------------------------

    def _build_fields(self, form: QFormLayout, persons: dict[str, str]) -> None:
        action, add = self.action, self.problems.add_row
        if action == "more-info":
            add(form, "text", self.tr("Какие сведения нужны"), self.text_edit)
        elif action == "obstacle":
            add(form, "text", self.tr("Обстоятельства, препятствующие исполнению"), self.text_edit)
        elif action == "confidentiality-impossible":
            add(
                form,
                "text",
                self.tr("Что не удастся сохранить в тайне и почему (п.\u00a01 ст.\u00a011)"),
                self.text_edit,
            )
            add(form, "until", self.tr("Ожидаемый срок"), self.until_edit)
        elif action == "postpone":
            self.mode_group.addButton(self.postpone_radio)
            self.mode_group.addButton(self.conditions_radio)
            self.postpone_radio.setChecked(True)
            modes = QWidget()
            row = QHBoxLayout(modes)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.postpone_radio)
            row.addWidget(self.conditions_radio)
            row.addStretch(1)
            add(form, "mode", self.tr("Решение (п.\u00a02 ст.\u00a010)"), modes)
            add(
                form,
                "proceedings",
                self.tr("Производство, которому помешает исполнение"),
                self.proceedings_edit,
            )
            add(form, "conditions", self.tr("Условия исполнения"), self.conditions_edit)
            add(form, "until", self.tr("До какого срока"), self.until_edit)
            self.conditions_radio.toggled.connect(self.conditions_edit.setEnabled)
            self.conditions_edit.setEnabled(False)
            add(form, "text", self.tr("Текст уведомления"), self.text_edit)
        elif action == "answer":
            add(form, "text", self.tr("Результаты исполнения"), self.text_edit)
            for person_id, name in persons.items():
                item = QListWidgetItem(name)
                item.setData(ID_ROLE, person_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.records_list.addItem(item)
            if persons:
                self.records_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
                add(form, "records", self.tr("Передаваемые записи о лицах"), self.records_list)
        elif action in ("refuse", "partial-refuse"):
            if action == "partial-refuse":
                add(form, "answered", self.tr("Что исполнено"), self.answered_edit)
                add(form, "not_answered", self.tr("Что не исполнено"), self.not_answered_edit)
            grounds = QWidget()
            column = QVBoxLayout(grounds)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            for code, label in REFUSAL_GROUNDS.items():
                check = QCheckBox(label)
                self.ground_checks[code] = check
                column.addWidget(check)
            add(form, "grounds", self.tr("Основания (п.\u00a04 ст.\u00a010)"), grounds)
            add(form, "reasons", self.tr("Причины отказа"), self.reasons_edit)
            add(form, "text", self.tr("Текст уведомления"), self.text_edit)
        elif action not in SIMPLE:
            add(form, "text", self.tr("Текст"), self.text_edit)
        if action in SIMPLE:
            form.addRow(hint_label(self.tr("Шаг записывается с датой и вашим именем.")))

    def _choose_attachment(self) -> None:
        path = choose_file(self, self.tr("Вложение"), self.tr("Все файлы (*)"))
        if path is not None:
            self.add_attachment(path)

    def add_attachment(self, path: Path) -> None:
        try:
            attachment = read_attachment(path)
        except OSError as exc:
            self.problems.show(
                {"attachments": str(exc.strerror or exc)}, self.tr("Файл не прочитан.")
            )
            return
        self.attachments.append(attachment)
        self.attachment_list.addItem(attachment.name)

    # --- leaving -------------------------------------------------------------------------

    def typed(self) -> bool:
        """Something the officer wrote or chose would be lost by closing (the date and the
        mode come filled in)."""
        texts = [self.text_edit, self.reasons_edit, self.answered_edit, self.not_answered_edit]
        texts += [self.proceedings_edit, self.conditions_edit]
        return (
            any(edit.toPlainText().strip() for edit in texts)
            or bool(self.their_number_edit.text().strip())
            or bool(self.attachments)
            or any(check.isChecked() for check in self.ground_checks.values())
        )

    def cancel_asked(self) -> None:
        """«Отмена», Esc or the window's close button: a step's reasons can be paragraphs,
        so typed text is not thrown away without asking. The automatic lock rejects the
        dialog directly (``idle_lock.close_dialogs``) and is never held up by a question."""
        if (
            self.op is None
            and self.typed()
            and not confirm(
                self,
                self.tr("Шаг не записан"),
                self.tr("Закрыть без записи шага? Набранный текст будет потерян."),
                self.tr("Закрыть без записи"),
            )
        ):
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel_asked()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and self.op is None and self.typed():
            event.ignore()
            self.cancel_asked()
            return
        super().closeEvent(event)

    # --- submitting ----------------------------------------------------------------------

    def step_input(self) -> StepInput:
        text = self.text_edit.toPlainText()
        mode = "conditions" if self.conditions_radio.isChecked() else "postpone"
        records = [
            str(item.data(ID_ROLE))
            for i in range(self.records_list.count())
            if (item := self.records_list.item(i)) and item.checkState() == Qt.CheckState.Checked
        ]
        return StepInput(
            action=self.action,
            on=edit_date(self.on_edit),
            text=text or None,
            reasons=self.reasons_edit.toPlainText() or None,
            grounds=[code for code, check in self.ground_checks.items() if check.isChecked()],
            answered=self.answered_edit.toPlainText() or None,
            not_answered=self.not_answered_edit.toPlainText() or None,
            proceedings=self.proceedings_edit.toPlainText() or None,
            mode=mode if self.action == "postpone" else None,
            conditions=self.conditions_edit.toPlainText() or None,
            until=edit_date(self.until_edit),
            records=records,
            their_number=self.their_number_edit.text() or None,
            attachments=list(self.attachments),
        )

    def submit(self) -> bool:
        """Start recording the step on a worker: it waits for the vault's write lock, which
        an index upkeep step holds up to ~0.5 s at 1M (#17: no frozen window). True when
        started (``submit_finished`` then tells whether it was recorded); False when a step
        is already being recorded (a second click must not record it twice)."""
        if self.op is not None:
            return False
        self.problems.clear()
        service, request_id, step = self.service, self.view.id, self.step_input()

        def work(_ctx: TaskContext) -> tuple[StepResult, RequestView]:
            result = service.step(request_id, step)
            return result, service.get(request_id)  # the audited read back, on the worker too

        self.op = (
            BackgroundOp(self, work)
            .in_order()
            .disabling(self.ok_button)
            .on_success(self._recorded)
            .on_failure(self._failed)
            .on_cancelled(lambda: self._ended(recorded=False))
            .run()
        )
        return True

    def _recorded(self, outcome: tuple[StepResult, RequestView]) -> None:
        self.result_, self.fresh_view = outcome
        self.recorded.emit(self.result_)
        self._ended(recorded=True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._ended(recorded=False)
        if isinstance(exc, MigDeskError):
            self.problems.show_error(exc, self.tr("Шаг не записан: исправьте отмеченные поля."))
        else:
            messages.show_error(self, messages.error_text(exc))

    def _ended(self, *, recorded: bool) -> None:
        self.op = None
        self.submit_finished.emit(recorded)
