"""The request window: contents per Art. 9.2, the step history and the Art. 10 actions.

A new outgoing message (request, Art. 8 information, 9.5 confirmation) is drafted here; an
incoming one is registered here with its date of receipt, and the 30-day deadline the domain
will store is shown as it is typed. Only unsigned drafts can be edited. The action buttons
follow the domain's transition table: those valid from the current state are enabled.

The window composes panels with one job each: the message's fields (``request_fields``), its
persons (``request_persons``), attachments (``request_attachments``) and, at the side, the
actions and history (``request_progress``); it saves, reloads and opens the step dialogs.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from migdesk.changes import Changes, Kind
from migdesk.office.access import Access
from migdesk.persons.service import PersonService
from migdesk.reports.documents.choices import request_choices
from migdesk.requests.deadline_note import deadline_note
from migdesk.requests.records import RequestView
from migdesk.requests.service import RequestService
from migdesk.requests.workflow import STATE_LABELS, State
from migdesk.ui.change_bus import publish
from migdesk.ui.exchange.send_action import SendInBundle
from migdesk.ui.geometry import fit_window
from migdesk.ui.kit import OVERDUE_COLOR, ProblemForm, date_text
from migdesk.ui.request_labels import direction_label, kind_label
from migdesk.ui.requests import request_unsaved as unsaved
from migdesk.ui.requests.request_attachments import AttachmentsPanel
from migdesk.ui.requests.request_fields import MessageFields
from migdesk.ui.requests.request_persons import PersonsPanel
from migdesk.ui.requests.request_progress import ProgressPanel
from migdesk.ui.requests.step_dialogs import StepDialog
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import WARNING_STYLE
from migdesk.ui.window_read import WindowRead

if TYPE_CHECKING:  # QtPdf, reportlab and pyHanko load when a document is first opened or signed
    from migdesk.ui.documents.document_dialog import DocumentDialog
    from migdesk.ui.requests.sign_dialog import SignDialog


class RequestWindow(QWidget):
    changed = Signal(str)  # request id, after a save or a step
    save_finished = Signal(bool)  # a save started by ``save`` has ended: saved or not
    loaded = Signal(bool)  # a read started in the background has ended: shown or not
    load_failed = Signal(str)  # the first read failed and the window closed: what to say
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
        background: bool = False,
    ) -> None:
        """``background``: the stored request is read on a worker (``request_read``)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.access = Access(service.vault)
        self.request_id = request_id
        self.view: RequestView | None = None
        self.kind = kind
        self.direction = direction
        self.step_dialog: StepDialog | SignDialog | None = None
        self.save_op: BackgroundOp[Any] | None = None  # a save under way (on a worker)
        self.baseline: dict[str, Any] | None = None  # what was typed when shown (editable)
        self.close_after_save = False  # asked to close while saving: closes once saved
        self._discard = False  # closed by the automatic lock, without asking
        self.background = background
        self.reader = WindowRead(
            self, self.show_view, lambda: self.view is None, self.loaded, self.load_failed
        )
        self.problems = ProblemForm()

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.banner = QLabel()  # a draft kept at the lock, brought back (``request_unsaved``)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.deadline_label = QLabel()
        self.deadline_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.fields = MessageFields(service, self.problems, direction)
        self.fields.kind_changed.connect(self._kind_changed)
        self.persons = PersonsPanel(PersonService(service.vault), self.problems)
        self.attachments = AttachmentsPanel(service.vault, self.problems)
        contents = QWidget()
        contents_layout = QVBoxLayout(contents)
        contents_layout.addWidget(self.fields)
        contents_layout.addWidget(self.persons)
        contents_layout.addWidget(self.attachments)
        contents_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(contents)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own before the fields

        self.progress = ProgressPanel(service.vault, self.access)
        self.progress.action_chosen.connect(self.open_step)
        self.progress.letter_chosen.connect(self.attachments.open_letter)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.progress)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([720, 540])
        self._splitter, self._contents = splitter, contents
        self._split_done = False

        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)  # Ctrl+S (issue 13.16)
        save_key.activated.connect(self._save_by_key)
        self.save_button.setToolTip(save_key.key().toString(QKeySequence.SequenceFormat.NativeText))
        self.confirm_button = QPushButton(
            self.tr("Запросить подтверждение подлинности (п.\u00a05 ст.\u00a09)…")
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
        layout.addWidget(self.banner)
        layout.addWidget(self.problems.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        fit_window(self, "request", 1280, 820)
        self.save_finished.connect(self._save_ended)

        if request_id is None:
            self._start_new(related)
        else:
            self.reload()

    # --- new and stored messages -----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_done:
            # Only now is the window's width known: the request's own fields get the room
            # they need first (the step buttons elide their labels), then a fair share.
            self._split_done = True
            total = sum(self._splitter.sizes())
            left = min(max(self._left_needed(), total // 2), total - self._right_needed())
            self._splitter.setSizes([left, total - left])

    def _left_needed(self) -> int:
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self._contents.minimumSizeHint().width() + scrollbar

    def _right_needed(self) -> int:
        return self.progress.minimumSizeHint().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        left, right = self._splitter.sizes() if self._split_done else (0, 0)
        if right and left < self._left_needed() and right > self._right_needed():
            # Opened narrower than the screen, then widened: the fields get their room
            # back first (the splitter shares a widening by its stretch factors).
            moved = min(self._left_needed() - left, right - self._right_needed())
            self._splitter.setSizes([left + moved, right - moved])

    def _start_new(self, related: str | None) -> None:
        self.fields.start_new(self.kind, related)
        self._set_editable(self.access.working)
        self.progress.clear()
        self._build_actions()
        self._update_title()
        self.baseline = unsaved.typed(self) if self.access.working else None

    def _kind_changed(self, kind: str) -> None:
        self.kind = kind
        self.persons.show_categories(kind == "request")
        self._update_title()

    def reload(self) -> None:
        """Shows the request as stored: at once, or when its read arrives (``background``)."""
        assert self.request_id is not None
        if not self.background:
            self.show_view(self.service.get(self.request_id))
            return
        if self.view is None:
            self._show_loading()
        self.reader.start(partial(self.service.get, self.request_id))

    def _show_loading(self) -> None:
        """Until the first read arrives: the window is up, empty and disabled, with a note."""
        what = self.tr("Загрузка запроса…")
        self.title.setText(what)
        self.setWindowTitle(self.tr("{what} — MigDesk").format(what=what))
        self._splitter.setEnabled(False)
        for button in (self.save_button, self.confirm_button, self.document_button):
            button.hide()
        self.bundle_sender.button.hide()

    def show_view(self, view: RequestView) -> None:
        self.view = view
        self.kind, self.direction = view.kind, view.direction
        self.fields.show_view(view)
        self.persons.show_view(view)
        self.attachments.show_view(view)
        self.fields.update_due_preview()
        self.progress.fill_history(view)
        self._splitter.setEnabled(True)
        editable = self.access.working and view.state == State.DRAFT
        self.banner.hide()  # stored as shown now
        self._set_editable(editable)
        self._build_actions()
        self._update_title()
        self.problems.clear()
        self.baseline = unsaved.typed(self) if editable else None

    def _set_editable(self, editable: bool) -> None:
        new = self.request_id is None
        self.fields.set_editable(editable, new=new, stored=self.view is not None)
        self.persons.set_editable(editable)
        self.attachments.set_editable(editable)
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
            self.progress.hide()
            return
        self.progress.show()
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
            note = deadline_note(view)  # the wait beside the agreement's date, nothing more
            # A line of its own: in Armenian one line overflows the smallest screen.
            self.deadline_label.setText(f"{text}\n{note}" if note else text)
            self.deadline_label.setStyleSheet(style)
        else:
            self.deadline_label.setText("")

    # --- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.progress.build_actions(self.kind, self.direction, self.view)
        self.document_button.setVisible(self.view is not None)
        letters = self.view is not None and bool(request_choices(self.view))
        self.document_button.setEnabled(letters)
        self.document_button.setToolTip(
            "" if letters else self.tr("Писем нашей стороны по этому сообщению пока нет.")
        )
        self.bundle_sender.refresh(self.view)

    def enabled_actions(self) -> list[str]:
        return self.progress.enabled_actions()

    def open_step(self, action: str) -> StepDialog | SignDialog | None:
        if self.view is None:
            return None
        dialog: StepDialog | SignDialog
        if action == "sign":  # the digital signature, which records the step (issue 13.4)
            from migdesk.ui.requests.sign_dialog import SignDialog  # the preload has it by now

            dialog = SignDialog(self.service, self.view, self)
        else:
            dialog = StepDialog(self.service, self.view, action, self.persons.labels(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._step_recorded)
        dialog.finished.connect(self._step_closed)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _step_closed(self) -> None:
        self.step_dialog = None

    def _step_recorded(self, _result: object) -> None:
        fresh = getattr(self.step_dialog, "fresh_view", None)  # read back on its worker
        if isinstance(fresh, RequestView):
            self.show_view(fresh)
        else:
            self.reload()
        publish(Changes.of(Kind.REQUESTS))
        if self.request_id is not None:
            self.changed.emit(self.request_id)

    def open_document(self) -> DocumentDialog | None:
        if self.view is None:
            return None
        from migdesk.ui.documents.document_dialog import DocumentDialog

        dialog = DocumentDialog.for_request(self.service.vault, self.view, self)
        # Signing the request's letter is its «sign» step (issue 13, item 4): show it.
        dialog.finished.connect(lambda _code: self._step_recorded(None))
        self.document_dialog = dialog
        dialog.show()
        return dialog

    def _ask_confirmation(self) -> None:
        if self.view is not None:
            self.confirmation_requested.emit(self.view.id)

    # --- saving ----------------------------------------------------------------------------

    def _save_by_key(self) -> None:
        if self.save_button.isVisible() and self.save_button.isEnabled():
            self.save()

    def save(self) -> bool:
        """Start saving on a worker (``request_save``); True when started, and then
        ``save_finished`` tells whether it was saved."""
        from migdesk.ui.requests.request_save import save_request

        return save_request(self)

    # --- closing ---------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.baseline is not None and unsaved.typed(self) != self.baseline

    def _save_ended(self, saved: bool) -> None:
        unsaved.save_ended(self, saved)

    def close_discarding(self) -> bool:
        """Close without asking: unsaved typing is lost (the automatic lock)."""
        self._discard = True
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._discard and unsaved.refuses_close(self):
            event.ignore()
            return
        self.reader.closing = True
        if self.step_dialog is not None:
            self.step_dialog.done(QDialog.DialogCode.Rejected)
        event.accept()
        self.closed.emit(self)
