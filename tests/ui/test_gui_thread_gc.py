"""Widgets in reference cycles are destroyed on the GUI thread, never by a worker's collection."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from migdesk.ui.gui_thread_gc import GuiThreadCollector

destroyed_on: list[str] = []


class CyclicTable(QTableWidget):
    def __del__(self) -> None:
        destroyed_on.append(threading.current_thread().name)


def _allocate_on_a_worker() -> None:
    def work() -> None:
        junk = [[i] for i in range(200_000)]  # container allocations trigger collections
        del junk

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


@pytest.fixture
def collector(qtbot: QtBot) -> Iterator[GuiThreadCollector]:
    app = QApplication.instance()
    assert app is not None
    installed = GuiThreadCollector(app)
    yield installed
    installed.uninstall()
    installed.deleteLater()


def _cyclic_table(qtbot: QtBot) -> None:
    table = CyclicTable(3, 3)
    table.show()
    qtbot.waitExposed(table)
    table.me = table  # type: ignore[attr-defined]  # only the cyclic collector can free it
    table.hide()


def test_a_worker_never_collects_a_widget_cycle(
    qtbot: QtBot, collector: GuiThreadCollector
) -> None:
    destroyed_on.clear()
    _cyclic_table(qtbot)
    _allocate_on_a_worker()
    assert destroyed_on == []
    kept = [[i] for i in range(2 * gc.get_threshold()[0])]  # enough new objects to be due
    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=5_000)  # the GUI thread's timer
    del kept
    assert destroyed_on == [threading.main_thread().name]


def test_automatic_collection_comes_back_when_uninstalled(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    gc.enable()  # as in a process without the test suite's own collector (tests/ui/conftest.py)
    try:
        installed = GuiThreadCollector(app)
        assert not gc.isenabled()
        installed.uninstall()
        assert gc.isenabled()
        installed.deleteLater()
    finally:
        gc.disable()
