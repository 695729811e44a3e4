"""The frame both consent dialogs share: a form, a Russian error line, the confirmation
once recorded, and «save» / «Отмена» (which becomes «Закрыть» after saving).

The record is written on a worker, in order with the window's other writes: it waits for
the vault's write lock, which an index upkeep step holds up to ~0.5 s at 1M (#17: no
frozen window). Meanwhile the save button is disabled."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.office.consent_inbox import ConsentView
from migdesk.ui import messages
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import OK_STYLE, error_label


def value_label(text: str) -> QLabel:
    """A read-only value of the form: wraps, selectable, never taken for markup."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConsentFormDialog(QDialog):
    save_finished = Signal(bool)  # a save started by ``save`` has ended: recorded or not
    save_op: BackgroundOp[ConsentView] | None = None  # a record being written
    result_view: ConsentView | None = None  # the record, once written

    def _frame(self, form: QFormLayout, save_text: str) -> None:
        """Lays out ``form`` with the error line, the confirmation and the buttons."""
        self.save_op = None
        self.error = error_label()
        self.done_label = value_label("")
        self.done_label.setStyleSheet(OK_STYLE)
        self.done_label.hide()
        self.save_button = QPushButton(save_text)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(QCoreApplication.translate("ConsentFormDialog", "Отмена"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def save(self) -> bool:
        """True: the record is being written (``save_finished`` follows). False: nothing
        started (a field is missing, shown at once, or a save is under way)."""
        raise NotImplementedError

    def _write(
        self, write: Callable[[], ConsentView], recorded: Callable[[ConsentView], None]
    ) -> bool:
        """``write`` runs on a worker; ``recorded`` on the GUI thread once it has."""
        if self.save_op is not None:
            return False
        self.save_op = (
            BackgroundOp(self, lambda _ctx: write())
            .in_order()
            .disabling(self.save_button)
            .on_success(lambda view: self._ended(view, recorded))
            .on_failure(lambda exc: self._ended(exc, recorded))
            .on_cancelled(lambda: self._ended(None, recorded))
            .run()
        )
        return True

    def _ended(
        self, outcome: ConsentView | BaseException | None, recorded: Callable[[ConsentView], None]
    ) -> None:
        self.save_op = None
        if isinstance(outcome, ConsentView):
            self.result_view = outcome
            recorded(outcome)
        elif outcome is not None:
            self._show_error(messages.error_text(outcome))
        self.save_finished.emit(isinstance(outcome, ConsentView))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _show_recorded(self, inputs: Iterable[QWidget], text: str) -> None:
        """Recorded: the form freezes and says when it leaves."""
        for widget in inputs:
            widget.setEnabled(False)
        self.save_button.hide()
        self.close_button.setText(QCoreApplication.translate("ConsentFormDialog", "Закрыть"))
        self.close_button.setDefault(True)
        self.error.hide()
        self.done_label.setText(text)
        self.done_label.show()
