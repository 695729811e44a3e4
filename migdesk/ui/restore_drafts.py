"""After an unlock, the cards kept as drafts at the automatic lock come back (issue 13.3).

Nothing of it runs on the GUI thread (#17: no frozen window): the drafts are listed on a
worker, each card of a saved person is read on a worker like any card (its audited read
waits for the write lock an index upkeep step may hold), and a draft is removed from the
vault, on a worker in order, only once its card shows it. A crash before that, or a card
that cannot be read, leaves the draft kept: it comes back at the next unlock, never lost.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtWidgets import QDialog

from migdesk.persons import drafts
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.unreadable_draft import UnreadableDraftDialog
from migdesk.vault import Vault

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from migdesk.ui.person_form import PersonForm


Failed = Callable[[str], None]  # receives why a card cannot be read


class OpenCard(Protocol):
    """Opens a saved person's card (``MainWindow.open_person``); ``failed`` receives why it
    cannot be read, instead of the usual error box: the draft's question says it."""

    def __call__(self, person_id: str, *, failed: Failed) -> PersonForm | None: ...


class DraftsRestore:
    """Opens a card for each draft; ``done(shown)`` follows once every draft has ended:
    shown and removed (or its removal failed: kept, it comes back), or left kept (its
    card could not be read: its ``question`` asks, one at a time, keep or discard)."""

    def __init__(
        self,
        window: QWidget,
        vault: Vault,
        open_card: OpenCard,
        new_card: Callable[[], PersonForm],
        done: Callable[[int], None],
    ) -> None:
        self._window = window
        self._vault = vault
        self._open_card = open_card
        self._new_card = new_card
        self._done = done
        self._left = 0
        self.finished = False  # ``done`` has been called
        self.shown: list[PersonForm] = []
        self._questions: list[tuple[drafts.Draft, str]] = []  # cards that cannot be read
        self.question: UnreadableDraftDialog | None = None  # the one asked now

    def start(self) -> BackgroundOp[list[drafts.Draft]]:
        vault = self._vault
        return (
            BackgroundOp(self._window, lambda _ctx: drafts.list_drafts(vault))
            .on_success(self._open_all)
            .on_failure(lambda _exc: self._end(0))  # nothing taken: they come back next time
            .run()
        )

    def _open_all(self, kept: list[drafts.Draft]) -> None:
        self._left = len(kept)
        if not kept:
            self._end(0)
        for draft in kept:
            self._open(draft)

    def _open(self, draft: drafts.Draft) -> None:
        if draft.person_id is None:  # a card of a person not saved yet
            self._show(self._new_card(), draft)
            return
        form = self._open_card(draft.person_id, failed=partial(self._unreadable, draft))
        if form is None:  # the draft stays kept; its question says why
            self._ended()
        elif form.loading:
            # Put in once the read is shown: a read arriving later would overwrite it.
            form.loaded.connect(lambda: self._show(form, draft))
            form.load_failed.connect(lambda _text: self._ended())
        else:
            self._show(form, draft)

    def _show(self, form: PersonForm, draft: drafts.Draft) -> None:
        form.restore_draft(draft.data, draft.saved_at)
        self.shown.append(form)
        vault = self._vault
        (
            BackgroundOp(self._window, lambda _ctx: drafts.remove_draft(vault, draft.id))
            .in_order()
            .on_success(lambda _none: self._ended())
            .on_failure(lambda _exc: self._ended())  # still kept: shown again next time
            .on_cancelled(self._ended)
            .run()
        )

    def _unreadable(self, draft: drafts.Draft, reason: str) -> None:
        self._questions.append((draft, reason))
        self._ask_next()

    def _ask_next(self) -> None:
        if self.question is not None and shiboken6.isValid(self.question):
            return  # one question at a time: the next follows when it is answered
        self.question = None
        if not self._questions or not shiboken6.isValid(self._window):
            return
        draft, reason = self._questions.pop(0)
        self.question = UnreadableDraftDialog(self._vault, draft, reason, self._window)
        self.question.finished.connect(self._asked)
        self.question.open()

    def _asked(self, code: int) -> None:
        self.question = None
        if code == QDialog.DialogCode.Rejected.value:
            # Esc, or the automatic lock closing every dialog: the rest stay kept and are
            # asked about after the next unlock (a new question would stand in the lock's way).
            self._questions.clear()
            return
        self._ask_next()

    def _ended(self) -> None:
        self._left -= 1
        if self._left == 0:
            self._end(len(self.shown))

    def _end(self, shown: int) -> None:
        self.finished = True
        self._done(shown)
