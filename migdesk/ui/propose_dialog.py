"""«Предложить уничтожение» (Art. 11.5, four eyes): the proposer states the grounds, which
the approver sees and the act of destruction prints. For a record that is due they start
as the expiry wording, editable; before the keep-until date they are required, and the
expiry wording is no ground (the act would assert something false)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.office.retention import EXPIRY_GROUNDS, DueRecord
from migdesk.ui.retention_labels import kind_label
from migdesk.ui.widgets import WARNING_STYLE, hint_label


class ProposeDialog(QDialog):
    """The grounds of one proposal; ``confirmed`` carries them (the window proposes)."""

    confirmed = Signal(str)  # the grounds

    def __init__(self, record: DueRecord, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.early = record.keep_until > today
        self.setWindowTitle(self.tr("Предложить уничтожение"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)

        about = hint_label(
            self.tr(
                "Уничтожение утверждает другой пользователь — руководитель (правило «четырёх "
                "глаз»). Основание войдёт в акт об уничтожении; акт составляется на русском "
                "языке."
            )
        )
        until = record.keep_until.strftime("%d.%m.%Y")
        self.early_note = QLabel(
            self.tr(
                "Срок хранения истекает {date}: уничтожение досрочное. Укажите его основание, "
                "например просьбу предоставившей стороны или решение руководителя."
            ).format(date=until)
        )
        self.early_note.setWordWrap(True)
        self.early_note.setStyleSheet(WARNING_STYLE)
        self.early_note.setVisible(self.early)

        # Due: the expiry is true and is the usual ground. Early: nothing true to offer.
        self.grounds_edit = QPlainTextEdit("" if self.early else EXPIRY_GROUNDS)
        self.grounds_edit.setTabChangesFocus(True)
        self.grounds_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.grounds_edit.textChanged.connect(self._update)

        form = QFormLayout()
        form.addRow(
            self.tr("Запись:"), QLabel(f"{kind_label(record.record_kind)}: {record.record_id}")
        )
        form.addRow(self.tr("Хранить до:"), QLabel(until))
        form.addRow(self.tr("Основание:"), self.grounds_edit)

        self.ok_button = QPushButton(self.tr("Предложить"))
        self.ok_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Отмена"))
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.early_note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._update()
        self.grounds_edit.setFocus()

    def grounds(self) -> str:
        return self.grounds_edit.toPlainText().strip()

    def why_not(self) -> str:
        """Why the proposal cannot be made as typed; empty when it can."""
        grounds = self.grounds()
        if not grounds:
            return self.tr("Укажите основание: оно войдёт в акт об уничтожении.")
        if self.early and grounds == EXPIRY_GROUNDS:
            return self.tr(
                "Срок хранения ещё не истёк: «истечение срока хранения» не может быть основанием."
            )
        return ""

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            self.confirmed.emit(self.grounds())
            super().accept()

    def _update(self) -> None:
        why = self.why_not()
        self.ok_button.setEnabled(not why)
        self.ok_button.setToolTip(why)  # a greyed-out button says why
