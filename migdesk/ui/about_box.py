"""«Справка → О программе»: the version, the build and what the program is for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from migdesk.buildinfo import build_info
from migdesk.ui import messages

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


def show_about(parent: QWidget) -> QMessageBox:
    info = build_info()
    # The main window's translation context, where these texts have always been.
    text = translate(
        "MainWindow",
        "MigDesk {version}\n"
        "Сборка: {commit} от {date}\n\n"
        "Рабочее место сотрудников миграционных служб Республики Казахстан и "
        "Республики Армения по Соглашению о сотрудничестве в области миграции.\n\n"
        "Данные хранятся только на этом компьютере, в зашифрованном хранилище.",
    ).format(version=info.version, commit=info.commit, date=info.build_date)
    return messages.show_info(parent, translate("MainWindow", "О программе"), text)
