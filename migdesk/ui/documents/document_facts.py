"""What the document dialog says about the shown document: its registration number and date,
sheets, the content hash its QR code carries, and whether it is signed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QLabel

from migdesk.signing.produce import Produced
from migdesk.ui.widgets import OK_STYLE

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


class DocumentFacts:
    def __init__(self) -> None:
        self.number_label = QLabel("—")
        self.pages_label = QLabel("—")
        self.sha_label = QLabel("—")
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.sha_label.setFont(QFont(fixed))
        self.sha_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel("—")
        self.state_label.setWordWrap(True)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(translate("DocumentDialog", "Регистрационный номер"), self.number_label)
        form.addRow(translate("DocumentDialog", "Листов"), self.pages_label)
        form.addRow(translate("DocumentDialog", "SHA-256 содержания (QR-код)"), self.sha_label)
        form.addRow(translate("DocumentDialog", "Подпись"), self.state_label)

    def show(self, produced: Produced | None) -> None:
        """The facts of ``produced``; dashes while none is shown."""
        if produced is None:
            for label in (self.number_label, self.pages_label, self.sha_label, self.state_label):
                label.setText("—")
            self.state_label.setStyleSheet("")
            return
        rendered = produced.rendered
        day = rendered.day.strftime("%d.%m.%Y")
        if rendered.number:
            number = translate("DocumentDialog", "№ {number} от {day}").format(
                number=rendered.number, day=day
            )
        else:  # a person sheet is dated, not registered: not «№ — от …»
            number = translate("DocumentDialog", "{day}, без номера").format(day=day)
        self.number_label.setText(number)
        self.pages_label.setText(str(rendered.pages))
        self.sha_label.setText(rendered.content_sha256)
        if produced.signed:
            self.state_label.setText(
                translate(
                    "DocumentDialog",
                    "Подписан (PAdES); печатный экземпляр — для собственноручной подписи.",
                )
            )
            self.state_label.setStyleSheet(OK_STYLE)
        else:
            self.state_label.setText(
                translate("DocumentDialog", "Не подписан; место для собственноручной подписи.")
            )
            self.state_label.setStyleSheet("")
