"""Message boxes shared by the windows, and the one place an error becomes user text.

Domain errors carry a complete Russian sentence: it is shown as is. Any other exception may
hold personal data in its text (SQL parameters, field values), so only its type is shown.
"""

from __future__ import annotations

from enum import Enum

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from migdesk.diagnostics.errorlog import record_internal_error
from migdesk.errors import MigDeskError
from migdesk.vault.busy import is_busy


def error_text(exc: BaseException) -> str:
    if isinstance(exc, MigDeskError):
        return str(exc)
    if is_busy(exc):  # another writer held the lock past busy_timeout: rolled back
        return QCoreApplication.translate(
            "Messages",
            "Хранилище занято: другое окно MigDesk или команда сейчас записывает в него. "
            "Хранилище не изменено; повторите позже.",
        )
    record_internal_error(exc, "gui")  # types and code locations only, for the support report
    return QCoreApplication.translate(
        "Messages", "Внутренняя ошибка программы ({name}). Обратитесь к администратору."
    ).format(name=type(exc).__name__)


# Boxes without a parent window are owned by nobody in Qt: keep them until they close.
_floating: set[QMessageBox] = set()


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Messages", "OK"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # informative boxes do not pile up
    if parent is None:
        # Closed boxes delete themselves; their dead wrappers are dropped here.
        for old in [b for b in _floating if not shiboken6.isValid(b) or not b.isVisible()]:
            _floating.discard(old)
        _floating.add(box)
    return box


def show_error(parent: QWidget | None, text: str) -> QMessageBox:
    """Window-modal, non-blocking: the caller's code goes on, the box waits for the user."""
    box = _box(
        parent, QMessageBox.Icon.Warning, QCoreApplication.translate("Messages", "Ошибка"), text
    )
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.open()
    return box


class SaveAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget | None) -> SaveAnswer:
    """«Сохранить изменения?» with Сохранить / Не сохранять / Отмена (blocking: used on close)."""
    buttons = QMessageBox.StandardButton
    box = save_changes_box(parent)
    # exec() returns the StandardButton of the answer (tests replace exec to answer).
    answer = QMessageBox.StandardButton(box.exec())
    box.deleteLater()
    if answer == buttons.Save:
        return SaveAnswer.SAVE
    if answer == buttons.Discard:
        return SaveAnswer.DISCARD
    return SaveAnswer.CANCEL


def save_changes_box(parent: QWidget | None) -> QMessageBox:
    """The question of ``ask_save_changes``, not asked yet (``scripts/grab_scenes`` shows it)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Messages", "Несохранённые изменения"),
        QCoreApplication.translate("Messages", "Сохранить изменения?"),
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.button(buttons.Save).setText(QCoreApplication.translate("Messages", "Сохранить"))
    box.button(buttons.Discard).setText(QCoreApplication.translate("Messages", "Не сохранять"))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("Messages", "Отмена"))
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    return box
