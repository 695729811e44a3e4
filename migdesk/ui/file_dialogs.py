"""File choosers that leave no trace of the folders an officer opened.

Qt's own file dialog writes its history and last folder to ``QtProject.conf`` when it is
destroyed; a folder named after a person would then sit in a clear-text settings file. The
dialog is destroyed here at once and those two keys are removed. The native (GTK) dialog is
not used because it adds files to the desktop's "recently used" list.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

_TRACE_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


def forget_file_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _TRACE_KEYS:
        settings.remove(key)
    settings.sync()


def choose_file(
    parent: QWidget | None,
    caption: str,
    name_filter: str,
    *,
    start: Path | None = None,
    must_exist: bool = True,
) -> Path | None:
    dialog = QFileDialog(parent, caption, str(start or Path.home()), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(
        QFileDialog.FileMode.ExistingFile if must_exist else QFileDialog.FileMode.AnyFile
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
    finally:
        shiboken6.delete(dialog)  # its destructor writes the history: run it now, then wipe
        forget_file_dialog_history()
    return Path(files[0]) if accepted and files else None
