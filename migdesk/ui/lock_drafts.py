"""At the automatic lock, every dirty person card is kept as an encrypted draft.

The drafts are written on a worker, in order after the writes already on their way: they
wait for the vault's write lock, which an index upkeep step holds up to ~0.5 s at 1M (#17:
no frozen window). What the cards hold is taken on the GUI thread, when the lock starts;
without a dirty card nothing runs and the lock goes on at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from migdesk.errors import MigDeskError
from migdesk.persons import drafts
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.vault import Vault

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from migdesk.ui.person_form import PersonForm


Cards = list[tuple[str | None, dict[str, Any]]]  # (person id or None when new, what it holds)


def dirty_cards(forms: list[PersonForm]) -> Cards:
    """What the dirty cards hold, taken on the GUI thread when the lock starts."""
    return [(form.person_id, form.draft_data()) for form in forms if form.is_dirty()]


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
    for person_id, data in cards:
        try:
            drafts.save_draft(vault, person_id, data)
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
