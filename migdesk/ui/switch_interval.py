"""The GUI thread gets the interpreter back from a busy worker within a millisecond.

Qt calls into Python from its event loop (a timer, a slot, an event filter, a model's
``data()`` for every cell painted), and each such call must first take the GIL. A worker
running Python (a card's rows materialised by the ORM, the document modules' preload, a
registry page) keeps the GIL until CPython's switch interval asks it to let go: 5 ms by
default, and paid again at every call from Qt, so a window that paints a few dozen
Python-backed cells while a worker runs stood still for tens of milliseconds although its
own work took a few (#17: the stall probe's longest gaps had the GUI thread's CPU at a
fifth to a half of the gap). A shorter interval bounds each wait at a millisecond; workers
lose only the cost of more frequent hand-overs, which only happen when two threads want
the GIL.
"""

from __future__ import annotations

import sys

GUI_SWITCH_INTERVAL_S = 0.001


def favour_the_gui_thread() -> None:
    """Shorten the switch interval for the process (never lengthen one set shorter)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL_S))
