"""The frame both consent dialogs share: a form, a Russian error line, the confirmation
once recorded, and «save» / «Отмена» (which becomes «Закрыть» after saving)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
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
from migdesk.ui.widgets import OK_STYLE, error_label


def value_label(text: str) -> QLabel:
    """A read-only value of the form: wraps, selectable, never taken for markup."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConsentFormDialog(QDialog):
    def _frame(self, form: QFormLayout, save_text: str) -> None:
        """Lays out ``form`` with the error line, the confirmation and the buttons."""
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

    def save(self) -> ConsentView | None:
        raise NotImplementedError

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
