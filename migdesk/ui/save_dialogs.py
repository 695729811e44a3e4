"""«Сохранить как…» and folder choosers that, like ``file_dialogs``, leave no trace.

Qt's own (non-native) dialog is used and destroyed at once, then its history keys are wiped
(see ``file_dialogs``): a folder named after a person must not end up in a settings file.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from migdesk.ui.file_dialogs import forget_file_dialog_history


def _run(dialog: QFileDialog) -> Path | None:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
    finally:
        shiboken6.delete(dialog)
        forget_file_dialog_history()
    return Path(files[0]) if accepted and files else None


def choose_save_path(
    parent: QWidget | None,
    caption: str,
    name_filter: str,
    suggested_name: str,
    *,
    suffix: str = "pdf",
    start: Path | None = None,
) -> Path | None:
    """A file to write (the dialog asks before replacing one); ``suffix`` is added if missing."""
    directory = start or Path.home()
    dialog = QFileDialog(parent, caption, str(directory / suggested_name), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    return _run(dialog)


def choose_folder(parent: QWidget | None, caption: str, start: Path | None = None) -> Path | None:
    dialog = QFileDialog(parent, caption, str(start or Path.home()))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)
