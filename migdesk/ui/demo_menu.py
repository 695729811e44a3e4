"""«Файл → Заполнить демо-данными…» of the main window: the action, asking how many, the
fill on a worker (one at a time) and its result in the status bar. The window connects the
action and starts the fill (``MainWindow.fill_demo``, ``start_demo_fill``).

The texts keep the main window's translation context, «MainWindow». ``demo_fill`` (the
fill and its dialogs) is imported when first used, not at start (#17: cold start).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from migdesk.changes import Changes, Kind
from migdesk.ui.change_bus import publish
from migdesk.ui.tasks import BackgroundOp
from migdesk.vault import Vault

if TYPE_CHECKING:
    from migdesk.ui import demo_fill

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


class DemoMenu(QObject):
    """``after_fill(added)``: called once a fill has ended (finished or stopped)."""

    def __init__(
        self,
        window: QMainWindow,
        vault: Vault,
        can_write: bool,
        after_fill: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._vault = vault
        self._can_write = can_write
        self._after_fill = after_fill
        self.op: BackgroundOp[demo_fill.DemoResult] | None = None
        self.action = QAction(translate("MainWindow", "Заполнить демо-данными…"), window)
        self.action.setEnabled(can_write)

    def ask_count(self) -> int | None:
        """How many persons to add; None: cancelled, or a fill is already running."""
        if self.op is not None:
            return None
        from migdesk.ui import demo_fill

        return demo_fill.ask_count(self._window)

    def start(self, count: int) -> BackgroundOp[demo_fill.DemoResult]:
        from migdesk.ui import demo_fill

        self.action.setEnabled(False)
        self.op = demo_fill.start_fill(self._window, self._vault, count, self._done)
        return self.op

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def _done(self, result: demo_fill.DemoResult) -> None:
        self.op = None
        self.action.setEnabled(self._can_write)
        added = QLocale().toString(result.added)
        if result.cancelled:
            text = translate("MainWindow", "Остановлено: добавлено {count} демо-записей.")
        else:
            text = translate("MainWindow", "Добавлено {count} демо-записей.")
        self._window.statusBar().showMessage(text.format(count=added), 10_000)
        publish(Changes.of(Kind.PERSONS))
        self._after_fill(result.added)
