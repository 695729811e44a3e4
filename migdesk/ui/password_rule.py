"""The password rule in the window (Art. 11.4; the rule is ``security.password_policy``):

* what the password fields show before anyone types (placeholder and a line under them);
* the notice after an unlock whose password the rule would now refuse, with «Сменить
  пароль…» (once per session: shown by the controller after each password unlock);
* the administrator's «Правило паролей…»: the minimum length of new passwords.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from migdesk.office import password_rule
from migdesk.security import password_policy
from migdesk.ui.dialog_save import save_then_close
from migdesk.ui.number_setting import lay_out_number_setting
from migdesk.ui.widgets import hint_label
from migdesk.vault import Vault


def placeholder(min_length: int) -> str:
    # %n: the number picks its form (Qt numerus; Russian's from migdesk_ru.ts).
    return QCoreApplication.translate("PasswordRule", "не меньше %n символов", None, min_length)


def first_placeholder() -> str:
    """A new vault's first administrator: the rule's default minimum (no setting yet)."""
    return placeholder(password_policy.MIN_LENGTH)


def rule_text(min_length: int) -> str:
    return QCoreApplication.translate(
        "PasswordRule",
        "Не меньше %n символов; не из числа известных простых паролей (12345678, qwerty, "
        "пароль…) и без имени пользователя.",
        None,
        min_length,
    )


def show_rule(edit: QLineEdit, min_length: int) -> QLabel:
    """Placeholder on ``edit``; returns the line to put under it."""
    edit.setPlaceholderText(placeholder(min_length))
    return hint_label(rule_text(min_length))


def announce_outdated_password(
    window: QWidget, min_length: int, change: Callable[[], object]
) -> QMessageBox:
    """The password just typed still opens the vault, but would be refused as a new one."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PasswordRule", "Смените пароль"),
        QCoreApplication.translate(
            "PasswordRule",
            "Ваш пароль не отвечает действующему правилу паролей: {rule} Он пока действует, "
            "но смените его сейчас — хранилище защищено только паролями его пользователей.",
        ).format(rule=rule_text(min_length)),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setWindowModality(Qt.WindowModality.WindowModal)
    change_button = box.addButton(
        QCoreApplication.translate("PasswordRule", "Сменить пароль…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("PasswordRule", "Позже"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(change_button)
    change_button.clicked.connect(change)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class PasswordRuleDialog(QDialog):
    """The vault's minimum length of new passwords (administrators; audited)."""

    save_finished = Signal(bool)  # a save started by ``save`` has ended: saved or not

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.length_spin = QSpinBox()
        self.length_spin.setRange(password_policy.MIN_LENGTH, password_policy.MAX_MIN_LENGTH)
        self.length_spin.setValue(password_rule.password_min_length(vault))
        self.save_button, self.error = lay_out_number_setting(
            self,
            title=self.tr("Правило паролей"),
            hint=self.tr(
                "Действует для новых паролей всех пользователей этого хранилища; меньше 10 "
                "символов задать нельзя. Известные простые пароли и пароли с именем "
                "пользователя не принимаются при любой длине. Прежние пароли продолжают "
                "действовать, но их владельцам после входа предлагается их сменить."
            ),
            label=self.tr("Новый пароль не короче, символов:"),
            spin=self.length_spin,
            save_text=self.tr("Сохранить"),
            cancel_text=self.tr("Отмена"),
        )
        self.save_button.clicked.connect(self.save)

    def save(self) -> bool:
        """True when the save has started on a worker (``dialog_save``)."""
        vault, length = self.vault, self.length_spin.value()
        return save_then_close(
            self,
            self.save_button,
            self.error,
            lambda: password_rule.set_password_min_length(vault, length),
            self.save_finished,
        )
