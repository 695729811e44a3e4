"""The GUI stall probe's phases where an index upkeep step holds the vault's write lock
(a thread holding BEGIN IMMEDIATE for ``MERGE_STEP_S``, as the upkeep after an import does
for minutes at 1M) while the officer does something that writes: saves a card, searches
(the search's audit entry). Part of ``gui_stall_probe``."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

# The longest step of the search index upkeep at 1M holds the write lock this long (FTS5
# writes a common trigram's doclist whole in one step; session 12's upkeep bench).
MERGE_STEP_S = 0.47
SEARCHED = "петров"  # not the surname typed before: a new search, a new audit entry


def merge_step(vault: Any) -> threading.Event:
    """Takes the write lock on a thread for ``MERGE_STEP_S``; returns once it is held. The
    event is set when the lock has gone."""
    from migdesk.vault.engine import raw_connect

    taken, done = threading.Event(), threading.Event()

    def hold() -> None:
        conn = raw_connect(vault.path, vault.data_key)
        try:
            conn.execute("BEGIN IMMEDIATE")
            taken.set()
            time.sleep(MERGE_STEP_S)
            conn.execute("COMMIT")
        finally:
            conn.close()
            taken.set()
            done.set()

    threading.Thread(target=hold, name="merge step", daemon=True).start()
    taken.wait(10)
    return done


def save_during_merge_step(
    vault: Any,
    probe: Any,
    opened: list[Any],
    after: Callable[[int], None],
    saving: dict[str, float],
) -> None:
    """The officer clicks «Сохранить» on the open card while an index upkeep step holds the
    vault's write lock (a thread holding BEGIN IMMEDIATE for ``MERGE_STEP_S``, as the
    upkeep after an import does for minutes at 1M). The card is saved unchanged: the save
    and the card's read-back wait for the lock all the same (the update writes nothing
    when nothing changed, so the cached vault keeps its data)."""
    from PySide6.QtCore import QTimer

    probe.enter("saving a card while an index merge step holds the write lock")
    form = opened[0] if opened else None
    if form is None or form.loading:
        after(50)
        return
    done = merge_step(vault)
    clicked = time.perf_counter()
    form.save()
    saving["click_returned_ms"] = (time.perf_counter() - clicked) * 1000

    def wait() -> None:  # the save ends on its worker (or ended inside ``save`` before #17)
        if getattr(form, "save_op", None) is not None:
            QTimer.singleShot(20, wait)
            return
        if "saved_ms" not in saving:
            saving["saved_ms"] = (time.perf_counter() - clicked) * 1000
        if done.is_set():
            after(300)
        else:
            QTimer.singleShot(20, wait)

    wait()


def search_during_merge_step(
    vault: Any,
    probe: Any,
    window: Any,
    after: Callable[[int], None],
    searching: dict[str, float],
) -> None:
    """The officer searches (the debounce over: the search runs at once) while an index
    upkeep step holds the write lock: the search itself only reads, but its audit entry is
    a write (before #17 made on the GUI thread, as the result came in)."""
    from PySide6.QtCore import QTimer

    probe.enter("searching while an index merge step holds the write lock")
    registry = window.registry
    done = merge_step(vault)
    started = time.perf_counter()

    def shown(_count: int) -> None:
        searching.setdefault("result_shown_ms", (time.perf_counter() - started) * 1000)

    registry.search_finished.connect(shown)
    registry.search_edit.setText(SEARCHED)
    registry.refresh()

    def wait() -> None:
        if registry.searching or not done.is_set():
            QTimer.singleShot(20, wait)
            return
        registry.search_finished.disconnect(shown)
        after(300)

    wait()
