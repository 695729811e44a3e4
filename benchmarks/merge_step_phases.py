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


def prepare_confirmation(vault: Any) -> tuple[str, str]:
    """Before the clock: an incoming message and a 9.5 confirmation asking about it (a draft
    of the administrator's); returns their ids (doubted, confirmation)."""
    from datetime import date

    from migdesk.requests.records import DraftInput, IncomingInput
    from migdesk.requests.service import RequestService

    service = RequestService(vault)
    doubted = service.receive(
        IncomingInput(
            from_authority="AM-MIGRATION",
            received_on=date.today(),
            substance="Запрос сведений (синтетические данные, бенчмарк).",
            purpose="Проверка.",
            justification="Бенчмарк.",
            their_number="БЕНЧ-1",
        )
    )
    confirmation = service.create_draft(
        DraftInput(
            to_authority="AM-MIGRATION",
            kind="confirmation",
            related=doubted.id,
            substance="Просим подтвердить подлинность запроса (бенчмарк).",
        )
    )
    return str(doubted.id), str(confirmation.id)


def open_request_during_merge_step(
    vault: Any,
    probe: Any,
    open_window: Callable[[], Any],
    stored: bool,
    after: Callable[[int], None],
    opening: dict[str, float],
) -> None:
    """The officer opens a request window while an index upkeep step holds the write lock:
    a stored 9.5 confirmation from the list (its read is audited, a write), or a new one
    from the doubted message («Запросить подтверждение»). Either lists the messages a
    confirmation can ask about, an audited read too (on the GUI thread before #17's last
    moves). ``filled_ms``: the request (if stored) and that list shown."""
    from PySide6.QtCore import QTimer

    what = "a stored request" if stored else "a new 9.5 confirmation"
    probe.enter(f"opening {what} while an index merge step holds the write lock")
    done = merge_step(vault)
    started = time.perf_counter()
    opened = open_window()
    opening["window_up_ms"] = (time.perf_counter() - started) * 1000
    related = getattr(opened.fields, "related_loaded", None)  # a list on a worker (#17)
    listed: list[bool] = [related is None]
    if related is not None:
        related.connect(lambda: listed.__setitem__(0, True))

    def wait() -> None:
        if (stored and opened.view is None) or not listed[0]:
            QTimer.singleShot(5, wait)
            return
        opening.setdefault("filled_ms", (time.perf_counter() - started) * 1000)
        if done.is_set():
            after(300)
        else:
            QTimer.singleShot(20, wait)

    wait()
