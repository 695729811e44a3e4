"""Python's cyclic garbage collector runs on the GUI thread only.

CPython collects whenever allocations pass a threshold, on whichever thread is allocating.
A widget or timer owned by Python that ended up in a reference cycle is then destroyed on a
background worker (``ui/tasks.py``): Qt deletes widgets and stops timers from a thread that
does not own them, which deadlocks or crashes the process (seen with a small script: a
``QTableWidget`` in a cycle was destroyed by a worker's gen-0 collection, inside
``QWindow::close``). Anki answers this the same way: automatic collection off, and a GUI-thread
timer that collects when the allocation counts say CPython would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250  # often enough that garbage never piles up for long


class GuiThreadCollector(QObject):
    """While installed, collection happens only from this timer, on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold, as CPython would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0

    def uninstall(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
