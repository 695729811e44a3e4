"""After a long write (an import window's import, or its preview closed unused) the vault's
WAL file, which grew to hold the whole write (~1.1 GB after a 1 GiB attachment), is cut
back to nothing in the background (``vault.wal_trim``): the officer's next save does not
pay for it and never waits on it (a busy vault is tried again later). Nothing is shown:
there is nothing to decide and nothing personal in it. Closing or locking the vault
cancels it (``tasks.wait_for_all``); closing the vault then removes the WAL anyway."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.vault import Vault
from migdesk.vault.wal_trim import WalTrim, trim_wal


class WalTrimmer(QObject):
    def __init__(self, parent: QWidget, vault: Vault) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.vault = vault
        self.op: BackgroundOp[WalTrim] | None = None
        self.last: WalTrim | None = None
        self._again = False  # asked again while a run was going

    def after_long_write(self) -> BackgroundOp[WalTrim] | None:
        if self.op is not None:
            self._again = True
            return None
        vault = self.vault

        def work(ctx: TaskContext) -> WalTrim:
            return trim_wal(vault, cancelled=ctx.cancelled)

        self.op = (
            BackgroundOp(self.parent_widget, work)
            .on_success(self._done)
            .on_failure(lambda _exc: self._ended())  # a WAL left large harms nothing
            .on_cancelled(self._ended)
            .run()
        )
        return self.op

    def _done(self, result: WalTrim) -> None:
        self.last = result
        self._ended()

    def _ended(self) -> None:
        self.op = None
        if self._again:
            self._again = False
            self.after_long_write()
