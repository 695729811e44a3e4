"""The unlock dialog's first page: the vault file, user and password, and the answers to an
attempt (error, typing hint, the guard's countdown and report).

Its texts keep the dialog's translation context, «UnlockDialog» (the page was part of
``unlock.py`` until that module grew past its size), so the translations stay valid. The
dialog connects the buttons and fields and runs the unlock (``UnlockDialog._open``).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.ui.field_names import name_form_fields
from migdesk.ui.unlock_guard import Clock, LoginCountdown, LoginReportLabel
from migdesk.ui.widgets import WARNING_STYLE, error_label, hint_label
from migdesk.vault import remember

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


class OpenPage(QWidget):
    """The fields, labels and buttons of the open page; no behaviour of its own."""

    def __init__(self, vault_path: Path, clock: Clock) -> None:
        super().__init__()
        self.path_edit = QLineEdit(str(vault_path))
        self.browse_button = QPushButton(translate("UnlockDialog", "Обзор…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        # One widget for the "no such file" row, so hiding it leaves no gap.
        self.missing_box = QWidget()
        self.missing_label = hint_label(
            translate("UnlockDialog", "Файл не найден — можно создать новое хранилище.")
        )
        self.missing_label.setWordWrap(False)
        self.create_button = QPushButton(translate("UnlockDialog", "Создать новое хранилище…"))
        missing_row = QVBoxLayout(self.missing_box)
        missing_row.setContentsMargins(0, 0, 0, 0)
        missing_row.addWidget(self.missing_label)
        missing_row.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.user_edit = QLineEdit(os.environ.get("MIGDESK_USER", ""))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.remember_box: QCheckBox | None = None
        form = QFormLayout()
        self.open_form = form
        form.addRow(translate("UnlockDialog", "Хранилище:"), path_row)
        form.addRow("", self.missing_box)
        form.addRow(translate("UnlockDialog", "Пользователь:"), self.user_edit)
        form.addRow(translate("UnlockDialog", "Пароль:"), self.password_edit)
        # Offered only where the OS keeps secrets encrypted (never a plain file).
        if remember.secure_backend_available():
            self.remember_box = QCheckBox(translate("UnlockDialog", "Запомнить на этом компьютере"))
            form.addRow("", self.remember_box)
        name_form_fields(form)  # the vault path sits in a row beside «Обзор…»: no buddy

        self.open_error = error_label()
        # After a wrong password: the layout or Caps Lock the attempt points to (typing_hint).
        self.typing_hint = hint_label("")
        self.typing_hint.hide()
        # Art. 11.4: the wait after too many failures, and the failures since the last unlock.
        self.countdown = LoginCountdown(clock)
        self.login_report = LoginReportLabel()
        self.lock_note = hint_label("")
        self.lock_note.setStyleSheet(WARNING_STYLE)
        self.lock_note.hide()
        self.open_busy = hint_label(translate("UnlockDialog", "Проверка пароля…"))
        self.open_busy.hide()
        self.open_button = QPushButton(translate("UnlockDialog", "Открыть"))
        self.open_button.setDefault(True)
        self.quit_button = QPushButton(translate("UnlockDialog", "Выход"))
        # Issue 6: the courier's check needs no vault and no password.
        self.courier_button = QPushButton(translate("UnlockDialog", "Проверить пакет (курьер)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.courier_button)
        buttons.addWidget(self.open_busy)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lock_note)
        layout.addLayout(form)
        layout.addWidget(self.open_error)
        layout.addWidget(self.typing_hint)
        layout.addWidget(self.countdown)
        layout.addWidget(self.login_report)
        layout.addStretch(1)
        layout.addLayout(buttons)
