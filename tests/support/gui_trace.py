"""What the GUI was doing when a GUI test failed: printed in the failure's report.

Two UI tests failed once each under load and passed on re-run, with no traceback kept
(issue of session 13). A ``waitUntil`` that times out says only which condition never came
true; the likely causes are a worker that failed (its error box is open, the condition never
comes), an op still running or never started, or a window left from an earlier test that
reacted to the change bus. This records, per test, the ops that ended otherwise than «ok»
and the change-bus deliveries, and on failure prints them with the ops still running, the
thread pool and the load.

Only names are printed: classes, function names, exception *types* — never a message, a
widget's text or a value (a message may quote personal data).
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from migdesk.changes import Changes
from migdesk.ui import change_bus, tasks


def _name(function: object) -> str:
    return str(getattr(function, "__qualname__", type(function).__name__))


@dataclass
class GuiTrace:
    started: float = field(default_factory=time.monotonic)
    events: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        self.events.append(f"+{time.monotonic() - self.started:6.2f}s {text}")

    def report(self) -> str:
        lines = [f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"]
        pool = QThreadPool.globalInstance()
        lines.append(
            f"thread pool: {pool.activeThreadCount()} of {pool.maxThreadCount()} threads busy"
        )
        for op in list(tasks._active):
            lines.append(
                f"op still running: {_name(op._work)} for {type(op._parent).__name__}"
                f" (cancel asked: {op._cancel.is_set()})"
            )
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                lines.append(f"visible window: {type(widget).__name__}")
        lines.append(f"change-bus subscribers alive: {_subscribers()}")
        lines.extend(self.events or ["no op failed or was cancelled; nothing published"])
        return "\n".join(lines)


@contextlib.contextmanager
def recording(monkeypatch: pytest.MonkeyPatch) -> Iterator[GuiTrace]:
    """Records into a new trace while inside (one test)."""
    trace = GuiTrace()
    deliver_op = tasks.BackgroundOp._deliver

    def op_delivered(op: tasks.BackgroundOp[Any], outcome: tuple[str, Any]) -> None:
        kind, value = outcome
        if kind != "ok":
            what = type(value).__name__ if kind == "error" else "-"
            trace.note(f"op {kind}: {_name(op._work)} for {type(op._parent).__name__}: {what}")
        deliver_op(op, outcome)

    def published(changes: Changes) -> None:
        trace.note(f"change bus: {', '.join(sorted(kind.name for kind in changes.kinds))}")

    monkeypatch.setattr(tasks.BackgroundOp, "_deliver", op_delivered)
    bus = change_bus.bus()
    bus.changed.connect(published)
    try:
        yield trace
    finally:
        bus.changed.disconnect(published)


def _subscribers() -> str:
    """The classes of the live windows the change bus reaches (a window of an earlier test
    still alive shows here). A scan of every object: only when a report is printed."""
    names = []
    for obj in gc.get_objects():
        if isinstance(obj, change_bus._Subscription) and shiboken6.isValid(obj):
            callback = obj.callback()
            if callback is not None:
                names.append(type(getattr(callback, "__self__", callback)).__name__)
    return ", ".join(sorted(names)) or "nobody"
