"""A second connection holding the vault's write lock, as an index upkeep step does (up to
~0.5 s at 1M), released by a timer on the GUI thread after it has ticked ``TICKS`` times: a
write that blocked the GUI thread would never see it go (it would fail after busy_timeout)."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QTimer

from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect

TICKS = 25  # of a 20 ms timer: the lock is held for at least ~0.5 s of a running event loop


class WriteLockHeld:
    """A second connection in BEGIN IMMEDIATE until the GUI timer has ticked ``TICKS`` times."""

    def __init__(self, vault: Vault) -> None:
        self.conn: Any = raw_connect(vault.path, vault.data_key)
        self.conn.execute("BEGIN IMMEDIATE")
        self.ticks = 0
        self.released = False
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1
        if self.ticks >= TICKS:
            self.release()

    def release(self) -> None:
        self.timer.stop()
        self._commit()

    def release_from_a_thread(self, after_s: float) -> threading.Thread:
        """For a GUI thread about to block on purpose (closing the vault waits for the
        workers), the lock goes after ``after_s`` by another thread, as the upkeep's does."""
        self.timer.stop()

        def later() -> None:
            time.sleep(after_s)
            self._commit()

        thread = threading.Thread(target=later)
        thread.start()
        return thread

    def _commit(self) -> None:
        if not self.released:
            self.conn.execute("COMMIT")
            self.conn.close()
            self.released = True
