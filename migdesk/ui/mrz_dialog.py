"""«Вставить MRZ…»: paste the machine readable zone, see what was read and every check error.

Parsing is the domain's ``parse_mrz``. A failed check digit blocks «Заполнить» until the
officer ticks that the data were compared with the document (a worn MRZ still can be used);
text that is not an MRZ cannot be filled at all.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
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
            self.tr(
                "Вставьте 2 строки по 44 символа (паспорт), 2 строки по 36 "
                "или 3 строки по 30 (ID-карта)"
            )
        )
        metrics = self.text_edit.fontMetrics()
        self.text_edit.setFixedHeight(metrics.height() * 5)
        self.text_edit.setMinimumWidth(metrics.horizontalAdvance("<" * 46) + 24)
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_edit.textChanged.connect(self._parse)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        self.checked_box = QCheckBox(
            self.tr("Данные сверены с документом — заполнить, несмотря на ошибки")
        )
        self.checked_box.toggled.connect(self._update_fill)
        self.checked_box.hide()

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
        layout.addWidget(self.checked_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._parse()

    def accept(self) -> None:
        if not self.fill_button.isEnabled():
            return  # Enter with a broken MRZ must not fill either
        if self.parsed is not None:
            self.filled.emit(self.parsed)
        super().accept()

    def set_text(self, text: str) -> None:
        self.text_edit.setPlainText(text)

    def _parse(self) -> None:
        text = self.text_edit.toPlainText()
        self.parsed = None
        # Nothing of the previous text survives: errors, the tick and the summary go.
        self.errors.clear()
        self.errors.hide()
        self.checked_box.setChecked(False)
        self.checked_box.hide()
        self.summary.setStyleSheet("")
        self.summary.setText("")
        if not text.strip():
            self._update_fill()
            return
        try:
            result = parse_mrz(text)
        except MrzError as exc:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(str(exc))
            self._update_fill()
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
            self.checked_box.show()
        self._update_fill()

    def _update_fill(self) -> None:
        parsed = self.parsed
        self.fill_button.setEnabled(
            parsed is not None and (parsed.valid or self.checked_box.isChecked())
        )
        self._fit()

    def _fit(self) -> None:
        """Grow to the summary and errors at the current width: a shown dialog keeps its
        height, so wrapped lines were once drawn over the text box (issue 13.12)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)
