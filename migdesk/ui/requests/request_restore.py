"""After an unlock, the request windows kept as drafts at the automatic lock come back: a
new message in a new window as it was, a stored draft's window with the changes typed.

Listed on a worker (#17: no frozen window); a stored request is read on a worker like any
window's, and the typing is put in once that read is shown (a read arriving later would
overwrite it). A draft leaves the vault, on a worker in order, only once its window shows
it: a crash before that, or a request that cannot be read now, leaves it kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from migdesk.requests import request_drafts
from migdesk.ui.requests import request_unsaved
from migdesk.ui.tasks import BackgroundOp
from migdesk.vault import Vault

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from migdesk.ui.requests.request_window import RequestWindow
    from migdesk.ui.requests.screens import RequestScreens


class RequestDraftsRestore:
    """``done(shown)`` follows once every draft has been shown or left kept."""

    def __init__(
        self,
        window: QWidget,
        vault: Vault,
        screens: RequestScreens,
        done: Callable[[int], None],
    ) -> None:
        self._window = window
        self._vault = vault
        self._screens = screens
        self._done = done
        self._left = 0
        self.shown: list[RequestWindow] = []
        self.finished = False

    def start(self) -> BackgroundOp[list[request_drafts.Draft]]:
        vault = self._vault
        return (
            BackgroundOp(self._window, lambda _ctx: request_drafts.list_drafts(vault))
            .on_success(self._open_all)
            .on_failure(lambda _exc: self._end())  # nothing taken: they come back next time
            .run()
        )

    def _open_all(self, kept: list[request_drafts.Draft]) -> None:
        self._left = len(kept)
        if not kept:
            self._end()
        for draft in kept:
            self._open(draft)

    def _open(self, draft: request_drafts.Draft) -> None:
        data = draft.data
        if draft.subject_id is None:
            window = self._screens.new_request(
                str(data.get("kind") or "request"),
                str(data.get("direction") or "outgoing"),
                data.get("related") if isinstance(data.get("related"), str) else None,
            )
            self._show(window, draft)
            return
        opened = self._screens.open_request(draft.subject_id)
        if opened is None:
            self._ended()
        elif opened.view is None:  # read on a worker: put in once shown
            opened.loaded.connect(lambda ok: self._loaded(opened, draft, ok))
        else:
            self._show(opened, draft)

    def _loaded(self, window: RequestWindow, draft: request_drafts.Draft, ok: bool) -> None:
        if ok and window.baseline is not None:  # still an editable draft
            self._show(window, draft)
        else:
            self._ended()  # kept: the officer may still discard it (``request drafts``)

    def _show(self, window: RequestWindow, draft: request_drafts.Draft) -> None:
        request_unsaved.restore(window, draft.data, draft.saved_at)
        self.shown.append(window)
        vault = self._vault
        (
            BackgroundOp(self._window, lambda _ctx: request_drafts.remove_draft(vault, draft.id))
            .in_order()
            .on_success(lambda _removed: self._ended())
            .on_failure(lambda _exc: self._ended())  # still kept: shown again next time
            .on_cancelled(self._ended)
            .run()
        )

    def _ended(self) -> None:
        self._left -= 1
        if self._left == 0:
            self._end()

    def _end(self) -> None:
        self.finished = True
        self._done(len(self.shown))
