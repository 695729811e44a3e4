"""At the automatic lock, every dirty person card and new thematic item's form is kept as an
encrypted draft (one store, ``migdesk.vault.drafts``, keyed by kind).

The drafts are written on a worker, in order after the writes already on their way: they
wait for the vault's write lock, which an index upkeep step holds up to ~0.5 s at 1M (#17:
no frozen window). What the cards hold is taken on the GUI thread, when the lock starts;
without a dirty card nothing runs and the lock goes on at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from migdesk.errors import MigDeskError
from migdesk.models.drafts import PERSON, REQUEST, THEMATIC
from migdesk.persons import drafts
from migdesk.requests import request_drafts, thematic_drafts
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.vault import Vault

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from migdesk.ui.person_form import PersonForm
    from migdesk.ui.requests.request_window import RequestWindow
    from migdesk.ui.requests.thematic_window import ThematicForm


@dataclass(frozen=True)
class Kept:
    """One form to keep: its kind (``migdesk.models.drafts``), the record it edits (None:
    a new one), what it holds, and a thematic form's own draft id (replaced, not added)."""

    kind: str
    subject_id: str | None
    data: dict[str, Any]
    draft_id: str | None = None


Cards = list[Kept]


def dirty_cards(
    forms: list[PersonForm],
    items: list[ThematicForm] | None = None,
    requests: list[RequestWindow] | None = None,
) -> Cards:
    """What the dirty cards, thematic items' forms and request windows hold, taken on the
    GUI thread when the lock starts. An item keeps its form's draft id: the lock's draft
    replaces the one kept while typing."""
    cards = [Kept(PERSON, form.person_id, form.draft_data()) for form in forms if form.is_dirty()]
    for item in items or []:
        if item.is_dirty():
            draft_id = item.keeper.draft_id if item.keeper is not None else None
            cards.append(Kept(THEMATIC, None, item.draft_data(), draft_id))
    from migdesk.ui.requests import request_unsaved  # loaded with the windows (#17: cold start)

    for window in requests or []:
        if window.is_dirty():
            cards.append(Kept(REQUEST, window.request_id, request_unsaved.draft_data(window)))
    return cards


def keep_drafts(
    window: QWidget, vault: Vault, cards: Cards, done: Callable[[int, int], None]
) -> BackgroundOp[Any]:
    """Starts keeping ``cards`` in ``vault`` (for the main ``window``); ``done(kept, could
    not be kept)`` follows."""

    def work(_ctx: TaskContext) -> tuple[int, int]:
        return _keep(vault, cards)

    return (
        BackgroundOp(window, work)
        .in_order()
        .on_success(lambda counts: done(*counts))
        # Failed as a whole (not a refusal of the domain): nothing is known to be kept.
        .on_failure(lambda _exc: done(0, len(cards)))
        .on_cancelled(lambda: done(0, len(cards)))
        .run()
    )


def _keep(vault: Vault, cards: Cards) -> tuple[int, int]:
    """Runs on a worker."""
    kept = lost = 0
    for card in cards:
        try:
            if card.kind == THEMATIC:
                thematic_drafts.save_draft(vault, card.data, card.draft_id)
            elif card.kind == REQUEST:
                request_drafts.save_draft(vault, card.subject_id, card.data)
            else:
                drafts.save_draft(vault, card.subject_id, card.data)
            kept += 1
        except MigDeskError:
            lost += 1
    return kept, lost


def lock_note_drafts(kept: int, lost: int, user: str) -> str:
    """What the unlock dialog adds to the lock's note about the unsaved cards. Drafts are
    handed back to their own ``user`` only: another user logging in at the locked window
    must not expect them (nor be told they open for them)."""
    note = ""
    if kept:
        note += " " + QCoreApplication.translate(
            "IdleLock",
            "Несохранённые изменения пользователя {user} сохранены как зашифрованный "
            "черновик в хранилище (карточек: {count}) и будут открыты, когда {user} "
            "снова войдёт.",
        ).format(count=kept, user=user)
    if lost:
        note += " " + QCoreApplication.translate(
            "IdleLock", "Несохранённые изменения не сохранены (карточек: {count})."
        ).format(count=lost)
    return note
