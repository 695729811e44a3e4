"""The search index upkeep gives way to the officer (#17).

A merge step holds the vault's write lock ~30 ms (median at a million persons), and up to
~470 ms when it reaches a trigram found in most persons: FTS5 checks a step's page budget only
between two terms, so neither a smaller budget nor another ``usermerge`` shortens that step
(``persons.index_upkeep``). A save made meanwhile waits for it. What can be chosen is *when*
a step starts: the GUI's upkeep starts one only after the officer has left keyboard and mouse
alone for ``QUIET_S``. A save follows the officer's own input (a click, a key) by
milliseconds, so it waits at most for a step begun before that input, never for a new one.

The wait before a step is bounded (``MAX_WAIT_S``): an officer working without a pause still
lets one step through every few seconds, so the merge ends, only slower. The cancel flag is
asked while waiting (a lock or close does not wait for the officer to stop typing).

Qt-free: the GUI passes how long ago the last input came (``ui.idle_lock`` watches it for
the automatic lock); the CLI has no officer to give way to and passes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from migdesk.progress import CancelCheck

# Longer than the pauses of typing and moving to a button, shorter than reading a card.
QUIET_S = 1.0
# At most this long without a step while the officer works: one step (~30 ms) every 3 s
# holds the lock ~1 % of the time, against about half of it with steps back to back.
MAX_WAIT_S = 3.0
POLL_S = 0.05  # how often the wait looks again (input time, cancel)


def wait_for_quiet(
    idle_seconds: Callable[[], float],
    cancelled: CancelCheck | None = None,
    *,
    quiet_s: float = QUIET_S,
    max_wait_s: float = MAX_WAIT_S,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> float:
    """Return once the officer has been idle ``quiet_s``, after ``max_wait_s`` at most, or
    at a cancel; the seconds waited."""
    started = clock()
    while cancelled is None or not cancelled():
        idle = idle_seconds()
        waited = clock() - started
        if idle >= quiet_s or waited >= max_wait_s:
            break
        sleep(max(0.001, min(quiet_s - idle, max_wait_s - waited, POLL_S)))
    return clock() - started
