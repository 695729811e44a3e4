"""Loading a screen's data off the GUI thread, once at a time.

Asked to load while a load is running (a filter changed, a change was published), the
reloader lets the running load finish unseen and loads once more, so the newest request wins
and no stale result is shown; it never runs two loads at once.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from migdesk.ui.tasks import BackgroundOp, TaskContext

T = TypeVar("T")


class Reloader(Generic[T]):
    def __init__(
        self,
        parent: QWidget,
        work: Callable[[], Callable[[TaskContext], T]],
        loaded: Callable[[T], None],
        failed: Callable[[BaseException], None],
        *,
        busy: Callable[[bool], None] | None = None,
    ) -> None:
        """``work()`` runs on the GUI thread at the start of each load and returns the
        function for the worker (so it captures the filters as they are then). The callbacks
        are methods of ``parent``, held weakly: the screen owns its reloader, and the
        reloader must not keep a deleted screen's Python object alive."""
        self._parent = weakref.ref(parent)
        self._work = weakref.WeakMethod(work)
        self._loaded = weakref.WeakMethod(loaded)
        self._failed = weakref.WeakMethod(failed)
        self._busy = weakref.WeakMethod(busy) if busy is not None else None
        self._op: BackgroundOp[T] | None = None
        self._again = False

    @property
    def loading(self) -> bool:
        return self._op is not None

    def load(self) -> None:
        if self._op is not None:
            self._again = True  # asked again meanwhile: load once more when this one ends
            return
        parent, work = self._parent(), self._work()
        if parent is None or work is None:
            return
        self._set_busy(True)
        op: BackgroundOp[T] = BackgroundOp(parent, work())
        self._op = op.on_success(self._on_success).on_failure(self._on_failure).run()

    def _set_busy(self, busy: bool) -> None:
        show = self._busy() if self._busy is not None else None
        if show is not None:
            show(busy)

    def _done(self) -> bool:
        self._op = None
        self._set_busy(False)
        if self._again:
            self._again = False
            self.load()
            return False
        return True

    def _on_success(self, result: T) -> None:
        loaded = self._loaded()
        if self._done() and loaded is not None:
            loaded(result)

    def _on_failure(self, exc: BaseException) -> None:
        failed = self._failed()
        if self._done() and failed is not None:
            failed(exc)
