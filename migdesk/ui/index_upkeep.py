"""After a bulk write (a bundle import, demo data) the person search index is merged in the
background (``persons.index_upkeep``: short steps, each its own write transaction, so a save
waits for one step at most). Nothing is asked and no dialog shows: a note in the status bar
says it while it lasts, beside the officer's own messages; closing or locking the vault
cancels it (``tasks.wait_for_all``) and the next bulk write continues the merge. A run killed
halfway (a crash, a power cut) left FTS5's automerge off: the window, when it opens, looks
(one row, on a worker) and lets the upkeep finish and switch it back on."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from migdesk.persons.index_upkeep import UpkeepResult, automerge_setting, merge_index
from migdesk.ui.tasks import BackgroundOp, RepeatableOp, TaskContext
from migdesk.vault import Vault


class IndexUpkeep(QObject):
    def __init__(self, window: QMainWindow, vault: Vault) -> None:
        super().__init__(window)
        self.window = window
        self.vault = vault
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
        return merge_index(self.vault, progress=ctx.progress, cancelled=ctx.cancelled)

    def after_killed_run(self) -> BackgroundOp[UpkeepResult | None]:
        """Started when the window opens. Left off, automerge would let every save add a
        segment of its own (only FTS5's crisismerge merging a level of 16) until the next
        bulk write: searches slower for days after a crash."""
        vault = self.vault

        def work(ctx: TaskContext) -> UpkeepResult | None:
            if automerge_setting(vault) != 0:
                return None  # the usual start: nothing left by a killed run
            return merge_index(vault, progress=ctx.progress, cancelled=ctx.cancelled)

        return BackgroundOp(self.window, work).on_success(self._resumed).run()

    def _resumed(self, result: UpkeepResult | None) -> None:
        if result is not None:
            self.runs.last = result

    def _busy(self, busy: bool) -> None:
        self.note.setVisible(busy)
