"""After a long write (an import window's import, or its preview closed unused) the vault's
WAL file, which grew to hold the whole write (~1.1 GB after a 1 GiB attachment), is cut
back to nothing in the background (``vault.wal_trim``): the officer's next save does not
pay for it and never waits on it (a busy vault is tried again later). Nothing is shown:
there is nothing to decide and nothing personal in it. Closing or locking the vault
cancels it (``tasks.wait_for_all``); closing the vault then removes the WAL anyway."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from migdesk.ui.tasks import BackgroundOp, RepeatableOp, TaskContext
from migdesk.vault import Vault
from migdesk.vault.wal_trim import WalTrim, trim_wal


class WalTrimmer(QObject):
    def __init__(self, parent: QWidget, vault: Vault) -> None:
        super().__init__(parent)
        self.vault = vault
        self.runs = RepeatableOp(parent, self._trim)  # a WAL left large harms nothing

    @property
    def op(self) -> BackgroundOp[WalTrim] | None:
        return self.runs.op

    @property
    def last(self) -> WalTrim | None:
        return self.runs.last

    def after_long_write(self) -> BackgroundOp[WalTrim] | None:
        return self.runs.request()

    def _trim(self, ctx: TaskContext) -> WalTrim:
        return trim_wal(self.vault, cancelled=ctx.cancelled)
