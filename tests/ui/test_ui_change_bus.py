"""The change broadcast and the reloader: a window hears only the kinds it shows, for as long
as it lives; a load asked for while one runs is run once more, and a stale result is never
shown; the domain's cancellations end a background operation as cancelled."""

from __future__ import annotations

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
    window = QWidget()
    heard: list[Changes] = []
    subscribe(window, [Kind.PERSONS], heard.append)
    publish(Changes.of(Kind.REQUESTS))
    publish(NOTHING)
    publish(Changes.of(Kind.PERSONS, Kind.ACTS))
    assert [c.kinds for c in heard] == [frozenset({Kind.PERSONS, Kind.ACTS})]
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()
    publish(Changes.of(Kind.PERSONS))
    assert len(heard) == 1


def test_reloader_loads_once_more_and_shows_only_the_newest(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    gate = threading.Event()
    started: list[int] = []
    shown: list[int] = []

    def work() -> Callable[[TaskContext], int]:
        number = len(started) + 1
        started.append(number)

        def run(_ctx: TaskContext) -> int:
            if number == 1:
                gate.wait(10)
            return number

        return run

    reloader: Reloader[int] = Reloader(owner, work, shown.append, lambda exc: None)
    reloader.load()
    reloader.load()  # asked again while the first runs
    reloader.load()  # and again: still one more load, not two
    assert started == [1] and reloader.loading
    gate.set()
    qtbot.waitUntil(lambda: not reloader.loading, timeout=10_000)
    assert started == [1, 2]
    assert shown == [2]  # the first, stale result was never shown


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
