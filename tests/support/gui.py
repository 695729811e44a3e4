"""GUI test helpers."""

from __future__ import annotations

import gc

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from migdesk.ui import tasks


def close_all(qapp: QApplication) -> None:
    """Every window closed, every background operation finished, before a vault closes."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
    tasks.wait_for_all()
    QThreadPool.globalInstance().waitForDone(10_000)
    qapp.processEvents()
    gc.collect()  # here, on the GUI thread: never a worker's collection freeing a widget
