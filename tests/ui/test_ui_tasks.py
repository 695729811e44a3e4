"""Background operations: off the GUI thread, outcome on it, progress only after a delay."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from migdesk.errors import NotFound
from migdesk.ui.tasks import SHOW_AFTER_MS, BackgroundOp, RepeatableOp, TaskContext


def _parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_work_runs_in_a_worker_and_result_arrives_on_gui_thread(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(_ctx: TaskContext) -> int:
        seen["worker_is_gui"] = QThread.currentThread() is gui_thread
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_is_gui"] = QThread.currentThread() is gui_thread

    op = BackgroundOp(parent, work).on_success(done).run()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert seen == {"worker_is_gui": False, "value": 42, "callback_is_gui": True}


def test_failure_is_delivered_with_the_exception(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    errors: list[BaseException] = []

    def work(_ctx: TaskContext) -> None:
        raise NotFound("Лицо не найдено.")

    op = BackgroundOp(parent, work).on_failure(errors.append).run()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert len(errors) == 1 and str(errors[0]) == "Лицо не найдено."


def test_unhandled_failure_shows_message_without_internal_details(qtbot: QtBot) -> None:
    parent = _parent(qtbot)

    def work(_ctx: TaskContext) -> None:
        raise RuntimeError("SELECT … WHERE surname = 'Тестов'")

    op = BackgroundOp(parent, work).run()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "RuntimeError" in boxes[0].text()
    assert "Тестов" not in boxes[0].text()


def test_quick_work_never_shows_a_progress_dialog(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    work_time = 0.1  # noticeable, yet well under the ~300 ms delay
    op = BackgroundOp(parent, lambda _ctx: time.sleep(work_time)).with_progress("Работа…").run()
    seen: list[bool] = []

    def finished_or_dialog() -> bool:  # watched while the work runs, not only afterwards
        seen.append(any(d.isVisible() for d in parent.findChildren(QProgressDialog)))
        return op.finished

    qtbot.waitUntil(finished_or_dialog, timeout=5000)
    assert len(seen) > 3 and not any(seen)
    qtbot.wait(SHOW_AFTER_MS + 100)
    assert parent.findChildren(QProgressDialog) == []


def test_long_work_shows_progress_after_delay_and_cancel_stops_it(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    release = threading.Event()
    outcome: list[str] = []

    def work(ctx: TaskContext) -> str:
        for step in range(1000):
            ctx.progress(step, 1000)
            ctx.raise_if_cancelled()
            release.wait(0.01)
        return "done"

    started = time.monotonic()
    op = (
        BackgroundOp(parent, work)
        .with_progress("Долгая работа…", maximum=1000)
        .on_success(outcome.append)
        .on_cancelled(lambda: outcome.append("cancelled"))
        .run()
    )
    qtbot.wait(SHOW_AFTER_MS // 3)
    assert [d for d in parent.findChildren(QProgressDialog) if d.isVisible()] == []
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=5000
    )
    assert time.monotonic() - started >= SHOW_AFTER_MS / 1000 * 0.9
    dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
    assert dialog.labelText() == "Долгая работа…"
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5000)
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Отмена")
    cancel.click()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert outcome == ["cancelled"]
    qtbot.waitUntil(
        lambda: not any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=2000
    )


def test_gui_stays_responsive_while_work_runs(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    release = threading.Event()
    op = BackgroundOp(parent, lambda _ctx: release.wait(5)).run()
    ticks: list[float] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    qtbot.wait(300)
    timer.stop()
    release.set()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert len(ticks) >= 5  # the event loop kept running while the worker waited


def test_value_returned_after_cancel_is_still_delivered(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    got: list[str] = []
    started = threading.Event()

    def work(ctx: TaskContext) -> str:
        started.set()
        while not ctx.cancelled():
            time.sleep(0.005)
        return "stopped after 3 batches"

    op = BackgroundOp(parent, work).on_success(got.append).run()
    assert started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert got == ["stopped after 3 batches"]


def test_a_repeatable_op_asked_while_running_runs_once_more_never_twice_at_once(
    qtbot: QtBot,
) -> None:
    parent = _parent(qtbot)
    release = threading.Event()
    running: list[int] = []
    overlaps: list[int] = []
    runs: list[int] = []

    def work(_ctx: TaskContext) -> int:
        runs.append(1)
        running.append(1)
        if len(running) > 1:
            overlaps.append(len(running))
        release.wait(5)
        running.pop()
        return 7

    job = RepeatableOp(parent, work)
    first = job.request()
    assert first is not None
    assert job.request() is None and job.request() is None  # asked twice while running
    release.set()
    # The first run's end starts the second in the same GUI callback: op is None only after.
    qtbot.waitUntil(lambda: job.op is None, timeout=5000)
    assert len(runs) == 2 and job.last == 7 and overlaps == []
    assert job.request() is not None  # a new request after the end runs again
    qtbot.waitUntil(lambda: job.op is None, timeout=5000)
    assert len(runs) == 3
