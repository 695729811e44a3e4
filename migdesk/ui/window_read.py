"""A window's stored record read on a worker: a request, a thematic item.

Such a read is audited (a «…view» entry, a write), so it waits for the vault's write lock,
which an index upkeep step holds up to ~0.5 s at 1M (#17: no frozen window). It runs in
order with the window's other writes, so its entry follows the clicks before it. A window
closed meanwhile never shows it; a read asked for while one is under way runs once more
after it (what it was asked for, e.g. a step just signed, may have come after the running
read began). The window shows its own loading state until the first read arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from migdesk.ui import messages
from migdesk.ui.tasks import BackgroundOp

T = TypeVar("T")


class WindowRead(Generic[T]):
    """``show`` gets each read on the GUI thread; ``loaded(bool)`` ends each read, shown or
    not. A first read that fails closes the window (``empty`` tells whether anything is
    shown) and gives the opener what to say through ``load_failed(str)``."""

    def __init__(
        self,
        window: QWidget,
        show: Callable[[T], None],
        empty: Callable[[], bool],
        loaded: SignalInstance,
        load_failed: SignalInstance,
    ) -> None:
        self._window = window
        self._show = show
        self._empty = empty
        self._loaded = loaded
        self._load_failed = load_failed
        self.op: BackgroundOp[T] | None = None
        self._again: Callable[[], T] | None = None
        self.closing = False  # set by the window's closeEvent: a read arriving now is dropped

    def start(self, read: Callable[[], T]) -> None:
        """``read`` runs on a worker (it captures what it reads on the GUI thread)."""
        if self.op is not None:
            self._again = read
            return
        self.op = (
            BackgroundOp(self._window, lambda _ctx: read())
            .in_order()
            .on_success(self._read)
            .on_failure(self._failed)
            .on_cancelled(lambda: self._ended(shown=False))
            .run()
        )

    def _read(self, value: T) -> None:
        if not self.closing:
            self._show(value)
        self._ended(shown=not self.closing)

    def _failed(self, exc: BaseException) -> None:
        """E.g. the record is gone, or hidden from this user now."""
        text = messages.error_text(exc)
        if self.closing:
            pass
        elif self._empty():
            self._again = None
            self._window.close()
            self._load_failed.emit(text)
        else:
            messages.show_error(self._window, text)
        self._ended(shown=False)

    def _ended(self, *, shown: bool) -> None:
        self.op = None
        self._loaded.emit(shown)
        again, self._again = self._again, None
        if again is not None and not self.closing:
            self.start(again)
