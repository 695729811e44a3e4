"""The change broadcast and the reloader: a window hears only the kinds it shows, for as long
as it lives; a load asked for while one runs is run once more, and a stale result is never
shown; the domain's cancellations end a background operation as cancelled."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from migdesk.bundles import Cancelled as BundleCancelled
from migdesk.changes import NOTHING, Changes, Kind
from migdesk.persons.bulk import BulkCancelled
from migdesk.progress import Cancelled
from migdesk.ui.change_bus import publish, subscribe
from migdesk.ui.reloader import Reloader
from migdesk.ui.tasks import BackgroundOp, TaskContext


def test_a_window_hears_only_its_kinds_while_it_lives(qtbot: QtBot) -> None:
    heard: list[str] = []

    class Window(QWidget):
        def reload(self) -> None:
            heard.append("reload")

    window = Window()
    subscribe(window, [Kind.PERSONS], window.reload)
    publish(Changes.of(Kind.REQUESTS))
    publish(NOTHING)
    publish(Changes.of(Kind.PERSONS, Kind.ACTS))
    assert heard == ["reload"]
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()
    del window
    gc.collect()
    publish(Changes.of(Kind.PERSONS))
    assert heard == ["reload"]


class _Screen(QWidget):
    """A screen whose first load waits for the gate."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.started: list[int] = []
        self.shown: list[int] = []
        self.reloader: Reloader[int] = Reloader(self, self.work, self.show_rows, self.failed)

    def work(self) -> Callable[[TaskContext], int]:
        number = len(self.started) + 1
        self.started.append(number)
        gate = self.gate

        def run(_ctx: TaskContext) -> int:
            if number == 1:
                gate.wait(10)
            return number

        return run

    def show_rows(self, number: int) -> None:
        self.shown.append(number)

    def failed(self, exc: BaseException) -> None:
        raise AssertionError(exc)


def test_reloader_loads_once_more_and_shows_only_the_newest(qtbot: QtBot) -> None:
    screen = _Screen()
    qtbot.addWidget(screen)
    screen.reloader.load()
    screen.reloader.load()  # asked again while the first runs
    screen.reloader.load()  # and again: still one more load, not two
    assert screen.started == [1] and screen.reloader.loading
    screen.gate.set()
    qtbot.waitUntil(lambda: not screen.reloader.loading, timeout=10_000)
    assert screen.started == [1, 2]
    assert screen.shown == [2]  # the first, stale result was never shown


def test_domain_cancellations_are_the_one_cancelled(qtbot: QtBot) -> None:
    assert issubclass(BulkCancelled, Cancelled) and BundleCancelled is Cancelled
    owner = QWidget()
    qtbot.addWidget(owner)
    ended: list[str] = []

    def work(_ctx: TaskContext) -> None:
        raise BulkCancelled(3)

    op: BackgroundOp[None] = BackgroundOp(owner, work)
    op.on_success(lambda _r: ended.append("ok")).on_failure(lambda _e: ended.append("failed"))
    op.on_cancelled(lambda: ended.append("cancelled")).run()
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert ended == ["cancelled"]
