"""``BackgroundOp.disabling``: the controls that started an op wait for its end, whatever it is."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from migdesk.errors import NotFound
from migdesk.progress import Cancelled
from migdesk.ui.tasks import BackgroundOp, TaskContext


def _parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _ok(_ctx: TaskContext) -> int:
    return 1


def _fails(_ctx: TaskContext) -> int:
    raise NotFound("Лицо не найдено.")


def _cancelled(_ctx: TaskContext) -> int:
    raise Cancelled


@pytest.mark.parametrize("work", [_ok, _fails, _cancelled], ids=["ok", "failed", "cancelled"])
def test_the_controls_are_disabled_while_the_op_runs_and_enabled_at_its_end(
    qtbot: QtBot, work: object
) -> None:
    parent = _parent(qtbot)
    first, second = QPushButton(parent), QPushButton(parent)
    release = threading.Event()
    seen_in_callback: list[bool] = []

    def held(ctx: TaskContext) -> int:
        assert release.wait(5)
        return work(ctx)  # type: ignore[operator,no-any-return]

    def ended(*_args: object) -> None:
        seen_in_callback.append(first.isEnabled() and second.isEnabled())

    op = (
        BackgroundOp(parent, held)
        .in_order()
        .disabling(first, second)
        .on_success(ended)
        .on_failure(ended)
        .on_cancelled(ended)
        .run()
    )
    assert not first.isEnabled() and not second.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert first.isEnabled() and second.isEnabled()
    assert seen_in_callback == [True]  # enabled before the callback, which may disable again


def test_a_control_deleted_while_the_op_runs_is_skipped(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    kept, deleted = QPushButton(parent), QPushButton(parent)
    release = threading.Event()

    def held(_ctx: TaskContext) -> int:
        assert release.wait(5)
        return 1

    op = BackgroundOp(parent, held).disabling(kept, deleted).run()
    deleted.deleteLater()
    qtbot.waitUntil(lambda: parent.findChildren(QPushButton) == [kept], timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert kept.isEnabled()


def test_controls_are_enabled_again_even_when_the_window_that_asked_is_gone(
    qtbot: QtBot,
) -> None:
    parent = _parent(qtbot)
    elsewhere = QPushButton()
    qtbot.addWidget(elsewhere)
    asker = QWidget(parent)
    release = threading.Event()

    def held(_ctx: TaskContext) -> int:
        assert release.wait(5)
        return 1

    op = BackgroundOp(asker, held).disabling(elsewhere).run()
    asker.deleteLater()
    qtbot.waitUntil(lambda: not parent.findChildren(QWidget), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: op.finished, timeout=5000)
    assert elsewhere.isEnabled()
