"""Saving a request window: a new draft, changes to a draft, or an incoming message
registered, and the request read back as stored.

The write and the read back (an audited read) wait for the vault's write lock, which an
index upkeep step holds up to ~0.5 s at 1M (#17: no frozen window), so both run on a
worker, in order with the window's other writes. Meanwhile Save is disabled; a refusal of
the domain comes back under its fields as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QPushButton, QWidget

from migdesk.changes import Changes, Kind
from migdesk.errors import MigDeskError
from migdesk.office.access import Access
from migdesk.requests.records import DraftInput, IncomingInput, RequestView
from migdesk.requests.service import RequestService
from migdesk.ui import messages
from migdesk.ui.change_bus import publish
from migdesk.ui.kit import ProblemForm, edit_date
from migdesk.ui.requests.request_attachments import AttachmentsPanel
from migdesk.ui.requests.request_fields import MessageFields
from migdesk.ui.requests.request_persons import PersonsPanel
from migdesk.ui.tasks import BackgroundOp, TaskContext

translate = QCoreApplication.translate  # literal calls below, so lupdate finds them


class SavingWindow(Protocol):
    """What saving needs from the request window (``request_window.RequestWindow``), so
    that this module does not import it back."""

    service: RequestService
    access: Access
    problems: ProblemForm
    fields: MessageFields
    persons: PersonsPanel
    attachments: AttachmentsPanel
    save_button: QPushButton
    save_op: BackgroundOp[Any] | None
    request_id: str | None
    view: RequestView | None
    kind: str
    direction: str

    @property
    def changed(self) -> SignalInstance: ...
    @property
    def save_finished(self) -> SignalInstance: ...
    def window(self) -> QWidget: ...  # a top-level window: the widget itself
    def show_view(self, view: RequestView) -> None: ...


def save_request(window: SavingWindow) -> bool:
    """True: a save was started (it ends with ``window.save_finished``). False: nothing was
    started (read-only access, or a save already under way: a second click must not
    create a second draft)."""
    if not window.access.working or window.save_op is not None:
        return False
    window.problems.clear()
    work = partial(_write, window.service, draft_write(window))
    window.save_op = (
        BackgroundOp(window.window(), work)
        .in_order()
        .disabling(window.save_button)
        .on_success(partial(_saved, window))
        .on_failure(partial(_failed, window))
        .on_cancelled(partial(_ended, window, saved=False))
    )
    window.save_op.run()
    return True


def _texts(window: SavingWindow) -> dict[str, Any]:
    return {
        **window.fields.texts(),
        "persons": window.persons.person_ids(),
        "categories": window.persons.categories() if window.kind == "request" else [],
        "attachments": list(window.attachments.pending),
    }


def draft_write(window: SavingWindow) -> Callable[[RequestService], str]:
    """What saving will write, read from the fields now (on the GUI thread): a function
    for the worker that writes it and returns the request's id."""
    texts = _texts(window)
    from_code, to_code = (
        window.fields.from_combo.currentData(),
        window.fields.to_combo.currentData(),
    )
    request_id, view = window.request_id, window.view
    if request_id is None and window.direction == "incoming":
        incoming = IncomingInput(
            from_authority=from_code or "",
            to_authority=to_code,
            received_on=edit_date(window.fields.received_edit) or date.today(),
            kind=window.kind,
            their_number=window.fields.their_number_edit.text() or None,
            their_date=edit_date(window.fields.their_date_edit),
            **texts,
        )
        return lambda service: service.receive(incoming).id
    if request_id is None:
        draft = DraftInput(
            from_authority=from_code,
            to_authority=to_code or "",
            kind=window.kind,
            assignees=[],
            **texts,
        )
        return lambda service: service.create_draft(draft).id
    assert view is not None
    changed = DraftInput(
        from_authority=view.from_code,
        to_authority=view.to_code,
        kind=view.kind,
        **texts,
    )

    def update(service: RequestService) -> str:
        service.update_draft(request_id, changed)
        return request_id

    return update


def _write(
    service: RequestService, write: Callable[[RequestService], str], _context: TaskContext
) -> RequestView:
    """Runs on a worker."""
    return service.get(write(service))


def _saved(window: SavingWindow, view: RequestView) -> None:
    window.request_id = view.id
    window.show_view(view)
    publish(Changes.of(Kind.REQUESTS))
    window.changed.emit(view.id)
    _ended(window, saved=True)


def _failed(window: SavingWindow, exc: BaseException) -> None:
    _ended(window, saved=False)
    if isinstance(exc, MigDeskError):
        text = translate("RequestWindow", "Не сохранено: исправьте отмеченные поля.")
        window.problems.show_error(exc, text)
    else:
        messages.show_error(window.window(), messages.error_text(exc))


def _ended(window: SavingWindow, *, saved: bool) -> None:
    window.save_op = None
    window.save_finished.emit(saved)
