"""The GUI state printed when a GUI test fails (``tests/support/gui_trace``): which op failed
(its exception's type, never its message), which still runs, who the change bus reached."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from migdesk.changes import Changes, Kind
from migdesk.ui.change_bus import publish, subscribe
from migdesk.ui.tasks import BackgroundOp, TaskContext
from tests.support.gui_trace import GuiTrace


class _Window(QWidget):
    def refresh(self) -> None:
        pass


def _failing(_ctx: TaskContext) -> None:
    raise ValueError("Иванов Иван, паспорт N1234567")  # what must never be printed


def test_a_failed_op_is_named_without_its_message(qtbot: QtBot, gui_state: GuiTrace) -> None:
    window = _Window()
    qtbot.addWidget(window)
    op = BackgroundOp(window, _failing).on_failure(lambda _exc: None).run()
    qtbot.waitUntil(lambda: op.finished, timeout=10_000)
    report = gui_state.report()
    assert "op error: _failing for _Window: ValueError" in report
    assert "Иванов" not in report and "N1234567" not in report


def test_an_op_still_running_and_the_change_bus_are_shown(
    qtbot: QtBot, gui_state: GuiTrace
) -> None:
    window = _Window()
    qtbot.addWidget(window)
    subscribe(window, [Kind.REQUESTS], window.refresh)
    publish(Changes(frozenset([Kind.REQUESTS])))
    release = threading.Event()
    op = BackgroundOp(window, lambda _ctx: release.wait(10)).run()
    try:
        report = gui_state.report()
    finally:
        release.set()
        qtbot.waitUntil(lambda: op.finished, timeout=10_000)
    assert "change bus: REQUESTS" in report
    assert "change-bus subscribers alive: _Window" in report
    assert "op still running: test_an_op_still_running_and_the_change_bus_are_shown" in report
    assert "thread pool: 1 of" in report and "load average:" in report
