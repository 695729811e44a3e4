"""The unlock dialog's second page: a new vault's file, authority, administrator and password.

Its texts keep the dialog's translation context, «UnlockDialog» (the page was part of
``unlock.py`` until that module grew past its size), so the translations stay valid. The
dialog connects the buttons and runs the creation (``UnlockDialog._create``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.requests.authorities import AGREEMENT_AUTHORITIES
from migdesk.ui.password_rule import first_placeholder
from migdesk.ui.widgets import error_label, hint_label

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


class CreatePage(QWidget):
    """The fields and buttons of «Новое хранилище»; no behaviour of its own."""

    def __init__(self) -> None:
        super().__init__()
        heading = QLabel(translate("UnlockDialog", "Новое хранилище"))
        heading_font = QFont(heading.font())
        heading_font.setBold(True)
        heading.setFont(heading_font)
        self.new_path_label = hint_label("")
        self.new_path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.authority_combo = QComboBox()
        # Long official names: the combo shows what fits, the popup shows them whole.
        self.authority_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.authority_combo.setMinimumContentsLength(40)
        for code, name in AGREEMENT_AUTHORITIES.items():
            self.authority_combo.addItem(f"{code} — {name}", code)
        self.admin_edit = QLineEdit()
        self.new_password_edit = QLineEdit()
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_edit.setPlaceholderText(first_placeholder())  # the rule, before typing
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(translate("UnlockDialog", "Файл:"), self.new_path_label)
        form.addRow(translate("UnlockDialog", "Компетентный орган:"), self.authority_combo)
        form.addRow(translate("UnlockDialog", "Администратор:"), self.admin_edit)
        form.addRow(translate("UnlockDialog", "Пароль:"), self.new_password_edit)
        form.addRow(translate("UnlockDialog", "Повторите пароль:"), self.repeat_edit)
        self.demo_box = QCheckBox(
            translate(
                "UnlockDialog",
                "Демонстрационное хранилище (для обучения, с синтетическими данными)",
            )
        )
        form.addRow("", self.demo_box)

        self.create_error = error_label()
        self.create_busy = hint_label(translate("UnlockDialog", "Создание хранилища…"))
        self.create_busy.hide()
        self.confirm_create_button = QPushButton(translate("UnlockDialog", "Создать"))
        self.back_button = QPushButton(translate("UnlockDialog", "Назад"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_busy)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_create_button)
        buttons.addWidget(self.back_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.create_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
