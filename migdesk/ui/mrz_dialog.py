"""«Вставить MRZ…»: paste the machine readable zone, see what was read and every check error.

Parsing is the domain's ``parse_mrz``; a failed check digit does not stop filling (the
officer compares with the document), text that is not an MRZ does.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from migdesk.identity.mrz import MrzError, MrzResult, parse_mrz
from migdesk.ui.display import country_label, date_ru, sex_label
from migdesk.ui.widgets import ERROR_STYLE, OK_STYLE, hint_label


class MrzDialog(QDialog):
    filled = Signal(object)  # MrzResult, when the officer chooses «Заполнить»

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parsed: MrzResult | None = None
        self.setWindowTitle(self.tr("Вставить MRZ"))
        self.setMinimumWidth(620)

        self.text_edit = QPlainTextEdit()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.text_edit.setFont(mono)
        self.text_edit.setPlaceholderText(
            self.tr("Вставьте 2 строки по 44 символа (паспорт) или 3 строки по 30 (ID-карта)")
        )
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().height() * 5)
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_edit.textChanged.connect(self._parse)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()

        self.buttons = QDialogButtonBox()
        self.fill_button = self.buttons.addButton(
            self.tr("Заполнить"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Будут заполнены латинские фамилия и имя, пол, дата рождения, гражданство "
                    "и паспорт (документ)."
                )
            )
        )
        layout.addWidget(self.text_edit)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self._parse()

    def accept(self) -> None:
        if self.parsed is not None:
            self.filled.emit(self.parsed)
        super().accept()

    def set_text(self, text: str) -> None:
        self.text_edit.setPlainText(text)

    def _parse(self) -> None:
        text = self.text_edit.toPlainText()
        self.parsed = None
        self.errors.hide()
        if not text.strip():
            self.summary.setText("")
            self.fill_button.setEnabled(False)
            return
        try:
            result = parse_mrz(text)
        except MrzError as exc:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(str(exc))
            self.fill_button.setEnabled(False)
            return
        self.parsed = result
        self.summary.setStyleSheet(OK_STYLE if result.valid else "")
        self.summary.setText(
            self.tr(
                "{name}; пол: {sex}; дата рождения: {birth}; гражданство: {nationality}; "
                "документ № {number}, действителен до {expiry}"
            ).format(
                name=f"{result.surname} {result.given_names}".strip(),
                sex=sex_label(result.sex) or "—",
                birth=date_ru(result.birth_date) or "—",
                nationality=country_label(result.nationality),
                number=result.document_number,
                expiry=date_ru(result.expiry_date) or "—",
            )
        )
        if result.errors:
            self.errors.setText("\n".join(result.errors))
            self.errors.show()
        self.fill_button.setEnabled(True)
