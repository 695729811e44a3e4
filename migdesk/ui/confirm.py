"""A yes/cancel question for irreversible steps (removing a user, destroying a record)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, accept_text: str) -> bool:
    """Blocking; «Отмена» is the default, so Enter does not destroy anything."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons.Yes | buttons.Cancel, parent)
    box.button(buttons.Yes).setText(accept_text)
    box.button(buttons.Cancel).setText(QCoreApplication.translate("Confirm", "Отмена"))
    box.setDefaultButton(buttons.Cancel)
    box.setEscapeButton(buttons.Cancel)
    answer = QMessageBox.StandardButton(box.exec())
    box.deleteLater()
    return answer == buttons.Yes
