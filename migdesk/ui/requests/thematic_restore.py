"""After an unlock, the new thematic items kept as drafts come back: those the automatic
lock kept, and those kept while typing when the process died (a crash, a power cut).

The drafts are listed on a worker (#17: no frozen window); each opens in a new item's form
that shows it as unsaved. A draft stays in the vault until its item is saved or the officer
discards it (``thematic_draft.DraftKeeper``): a crash after this loses nothing either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from migdesk.requests import thematic_drafts
from migdesk.ui.tasks import BackgroundOp
from migdesk.vault import Vault

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from migdesk.ui.requests.thematic_window import ThematicForm


class ThematicDraftsRestore:
    """``done(shown)`` follows once every draft of the user is shown (0: none, or the list
    could not be read: they stay kept and come back next time)."""

    def __init__(
        self,
        window: QWidget,
        vault: Vault,
        new_form: Callable[[], ThematicForm],
        done: Callable[[int], None],
    ) -> None:
        self._window = window
        self._vault = vault
        self._new_form = new_form
        self._done = done
        self.shown: list[ThematicForm] = []
        self.finished = False

    def start(self) -> BackgroundOp[list[thematic_drafts.Draft]]:
        vault = self._vault
        return (
            BackgroundOp(self._window, lambda _ctx: thematic_drafts.list_drafts(vault))
            .on_success(self._show)
            .on_failure(lambda _exc: self._end())
            .run()
        )

    def _show(self, kept: list[thematic_drafts.Draft]) -> None:
        for draft in kept:
            form = self._new_form()
            form.restore_draft(draft.id, draft.data, draft.saved_at)
            self.shown.append(form)
        self._end()

    def _end(self) -> None:
        self.finished = True
        self._done(len(self.shown))
