"""The layout the vault's one-number settings share (idle lock minutes, the password
minimum): what the setting does, its number, the save error, «Сохранить» and «Отмена».
The texts come translated from each dialog, so each keeps its own translation context."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from migdesk.ui.widgets import error_label, hint_label


def lay_out_number_setting(
    dialog: QDialog,
    *,
    title: str,
    hint: str,
    label: str,
    spin: QSpinBox,
    save_text: str,
    cancel_text: str,
) -> tuple[QPushButton, QLabel]:
    """Lays ``dialog`` out; returns its save button (the caller connects it) and the label
    a failed save writes to. «Отмена» rejects the dialog."""
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumWidth(480)
    error = error_label()
    save = QPushButton(save_text)
    save.setDefault(True)
    cancel = QPushButton(cancel_text)
    cancel.clicked.connect(dialog.reject)
    form = QFormLayout()
    form.addRow(label, spin)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(save)
    buttons.addWidget(cancel)
    layout = QVBoxLayout(dialog)
    layout.addWidget(hint_label(hint))
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addLayout(buttons)
    return save, error
