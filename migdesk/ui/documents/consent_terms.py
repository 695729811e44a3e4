"""«Условия согласия»: what the partner asked to pass on, to whom and why — the terms a
consent letter (Art. 11.3, or 11.2 for another use) states. The letter itself is built by
``migdesk.reports.documents.consent_letter``; this only collects and checks the three
texts, in Russian, before anything is built."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from migdesk.reports.documents.consent_letter import ConsentTerms
from migdesk.ui.widgets import error_label, hint_label

MAX_TEXT = 2000  # a letter's paragraph, not a file


class ConsentTermsDialog(QDialog):
    chosen = Signal(object)  # ConsentTerms

    def __init__(self, terms: ConsentTerms | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Условия согласия — MigDesk"))
        self.setMinimumWidth(620)
        self.information = QPlainTextEdit()
        self.information.setPlaceholderText(
            self.tr("например: сведения, направленные письмом № 12-3/45 от 05.03.2026")
        )
        self.information.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(
            self.tr("третья сторона; пусто — использование в иных целях (п.\u00a02 ст.\u00a011)")
        )
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(
            self.tr("для чего сведения будут переданы или использованы")
        )
        if terms is not None:
            self.information.setPlainText(terms.information)
            self.recipient.setText(terms.recipient or "")
            self.purpose.setText(terms.purpose)
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("Сведения:"), self.information)
        form.addRow(self.tr("Получатель:"), self.recipient)
        form.addRow(self.tr("Цель:"), self.purpose)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Сформировать письмо"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Письмо о согласии или об отказе в согласии строится по шагу «ответ» или "
                    "«отказ» входящего запроса. Укажите, какие сведения партнёр просит "
                    "передать, кому и для чего: согласие действует только для них."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)

    def terms(self) -> ConsentTerms | None:
        """The terms typed, or ``None`` with the reason shown."""
        information = self.information.toPlainText().strip()
        recipient = self.recipient.text().strip()
        purpose = self.purpose.text().strip()
        problem = None
        if not information:
            problem = self.tr("Укажите, какие сведения просят передать.")
        elif not purpose:
            problem = self.tr("Укажите цель передачи или использования.")
        elif max(len(information), len(recipient), len(purpose)) > MAX_TEXT:
            problem = self.tr("Слишком длинный текст: не более {limit} знаков в поле.").format(
                limit=MAX_TEXT
            )
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return None
        return ConsentTerms(information, recipient or None, purpose)

    def accept(self) -> None:
        terms = self.terms()
        if terms is None:
            return
        self.chosen.emit(terms)
        super().accept()
