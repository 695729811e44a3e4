"""Tab pages whose widgets are built later: all at once when asked, or one page a turn of the
event loop while a window is still loading (building a person card's nine pages in one go
froze the window, #17)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyPages:
    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self._unbuilt: list[tuple[QVBoxLayout, Callable[[], QWidget]]] = []
        # Called once the last page is built, then dropped: it holds its window.
        self.when_built: Callable[[], None] = _nothing

    @property
    def pending(self) -> int:
        """Pages whose widgets are not built yet."""
        return len(self._unbuilt)

    def add(self, title: str, build: Callable[[], QWidget]) -> None:
        """An empty page now under ``title``; ``build`` fills it later."""
        page = QWidget()
        holder = QVBoxLayout(page)
        holder.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(page, title)
        self._unbuilt.append((holder, build))

    def build_one_a_turn(self, context: QObject) -> None:
        """Build the next page, then the one after at the next turn of the event loop."""
        if self._unbuilt:
            self._build_page()
            if self._unbuilt:
                QTimer.singleShot(0, context, lambda: self.build_one_a_turn(context))
            else:
                self._built()

    def build_all(self) -> None:
        """Every page's widgets, now (a no-op once they are built)."""
        if self._unbuilt:
            while self._unbuilt:
                self._build_page()
            self._built()

    def _built(self) -> None:
        done, self.when_built = self.when_built, _nothing
        done()

    def _build_page(self) -> None:
        holder, build = self._unbuilt.pop(0)
        holder.addWidget(build())


def _nothing() -> None:
    pass
