"""Saving a request window: a new draft, changes to a draft, or an incoming message
registered, and the request read back as stored.

The write and the read back (an audited read) wait for the vault's write lock, which an
index upkeep step holds up to ~0.5 s at 1M (#17: no frozen window), so both run on a
worker, in order with the window's other writes. Meanwhile Save is disabled; a refusal of
the domain comes back under its fields as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from migdesk.changes import Changes, Kind
from migdesk.errors import MigDeskError
from migdesk.requests.records import RequestView
from migdesk.requests.service import RequestService
from migdesk.ui import messages
from migdesk.ui.change_bus import publish
from migdesk.ui.tasks import BackgroundOp, TaskContext

if TYPE_CHECKING:
    from migdesk.ui.requests.request_window import RequestWindow

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


def save_request(window: RequestWindow) -> bool:
    """True: a save was started (it ends with ``window.save_finished``). False: nothing was
    started (read-only access, or a save already under way: a second click must not
    create a second draft)."""
    if not window.access.working or window.save_op is not None:
        return False
    window.problems.clear()
    work = partial(_write, window.service, window.draft_write())
    window.save_op = (
        BackgroundOp(window, work)
        .in_order()
        .on_success(partial(_saved, window))
        .on_failure(partial(_failed, window))
        .on_cancelled(partial(_ended, window, saved=False))
    )
    window.save_button.setEnabled(False)
    window.save_op.run()
    return True


def _write(
    service: RequestService, write: Callable[[RequestService], str], _context: TaskContext
) -> RequestView:
    """Runs on a worker."""
    return service.get(write(service))


def _saved(window: RequestWindow, view: RequestView) -> None:
    window.request_id = view.id
    window.show_view(view)
    publish(Changes.of(Kind.REQUESTS))
    window.changed.emit(view.id)
    _ended(window, saved=True)


def _failed(window: RequestWindow, exc: BaseException) -> None:
    _ended(window, saved=False)
    if isinstance(exc, MigDeskError):
        text = translate("RequestWindow", "Не сохранено: исправьте отмеченные поля.")
        window.problems.show_error(exc, text)
    else:
        messages.show_error(window, messages.error_text(exc))


def _ended(window: RequestWindow, *, saved: bool) -> None:
    window.save_op = None
    window.save_button.setEnabled(True)
    window.save_finished.emit(saved)
