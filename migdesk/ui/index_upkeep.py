"""After a bulk write (a bundle import, demo data) the person search index is merged in the
background (``persons.index_upkeep``: short steps, each its own write transaction, so a save
waits for one step at most). Nothing is asked and no dialog shows: a note in the status bar
says it while it lasts, beside the officer's own messages; closing or locking the vault
cancels it (``tasks.wait_for_all``) and the next bulk write continues the merge. A run killed
halfway (a crash, a power cut) left FTS5's automerge off: the window, when it opens, looks
(one row, on a worker) and lets the upkeep finish and switch it back on.

Its steps give way to the officer (``persons.give_way``): one starts only when keyboard and
mouse have been left alone ``quiet_s`` (the automatic lock's input watch, ``idle_seconds``),
or when it has waited ``max_wait_s``, so an officer's save waits for a step under way at
most, not for the next."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from migdesk.persons import give_way
from migdesk.persons.index_upkeep import UpkeepResult, automerge_setting, merge_index
from migdesk.ui.tasks import BackgroundOp, RepeatableOp, TaskContext
from migdesk.vault import Vault


class IndexUpkeep(QObject):
    def __init__(
        self,
        window: QMainWindow,
        vault: Vault,
        idle_seconds: Callable[[], float] | None = None,
    ) -> None:
        """``idle_seconds()``: since the officer's last input; called from the worker."""
        super().__init__(window)
        self.window = window
        self.vault = vault
        self.idle_seconds = idle_seconds
        self.quiet_s = give_way.QUIET_S
        self.max_wait_s = give_way.MAX_WAIT_S
        # A failure (the vault busy past its timeout) leaves a valid index; the next bulk
        # write tries again. Nothing personal is in it, and nothing for the officer to do.
        self.runs = RepeatableOp(window, self._merge, on_busy=self._busy)
        # A tr() text: a language switch retranslates it with the window (ui.retranslate).
        self.note = QLabel(self.tr("Упорядочивается поисковый индекс…"))
        self.note.setStyleSheet("padding: 0 10px;")
        self.note.hide()
        window.statusBar().addPermanentWidget(self.note)

    @property
    def op(self) -> BackgroundOp[UpkeepResult] | None:
        return self.runs.op

    @property
    def last(self) -> UpkeepResult | None:
        return self.runs.last

    def after_bulk_write(self, persons: int) -> BackgroundOp[UpkeepResult] | None:
        """``persons`` written; the worker reads the index's structure (one row) and merges
        only when it needs it."""
        return self.runs.request() if persons > 0 else None

    def _merge(self, ctx: TaskContext) -> UpkeepResult:
        return merge_index(
            self.vault,
            progress=ctx.progress,
            cancelled=ctx.cancelled,
            give_way=self._give_way(ctx),
        )

    def _give_way(self, ctx: TaskContext) -> Callable[[], float] | None:
        if self.idle_seconds is None:
            return None
        return partial(
            give_way.wait_for_quiet,
            self.idle_seconds,
            ctx.cancelled,
            quiet_s=self.quiet_s,
            max_wait_s=self.max_wait_s,
        )

    def after_killed_run(self) -> BackgroundOp[UpkeepResult | None]:
        """Started when the window opens. Left off, automerge would let every save add a
        segment of its own (only FTS5's crisismerge merging a level of 16) until the next
        bulk write: searches slower for days after a crash."""

        def work(ctx: TaskContext) -> UpkeepResult | None:
            if automerge_setting(self.vault) != 0:
                return None  # the usual start: nothing left by a killed run
            return self._merge(ctx)

        return BackgroundOp(self.window, work).on_success(self._resumed).run()

    def _resumed(self, result: UpkeepResult | None) -> None:
        if result is not None:
            self.runs.last = result

    def _busy(self, busy: bool) -> None:
        self.note.setVisible(busy)
