"""The main window closed (or locked) while person cards were saving.

A card asked to close during its save closes once saved (``person_card_save``); the
window, refused meanwhile, follows when the last such card has closed. A failed save keeps
its card open with its message, and the window with it. Small and Qt-light on purpose: the
main window builds it at start, before the card's modules are loaded (#17: cold start).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QTimer


class ClosingForm(Protocol):
    """A form that closes once its save has ended (a person card, a thematic item's form)."""

    @property
    def close_after_save(self) -> bool: ...

    def close(self) -> bool: ...


class CloseAfterSaves:
    def __init__(self) -> None:
        self._then: Callable[[], object] | None = None

    def wait(self, forms_left: Sequence[ClosingForm], then: Callable[[], object]) -> None:
        """The window's close was refused with ``forms_left`` open: ``then`` runs once they
        have closed, if every one of them only waits for its save."""
        waiting = bool(forms_left) and all(form.close_after_save for form in forms_left)
        self._then = then if waiting else None

    def save_ended(self, saved: bool) -> None:
        if not saved:  # that card stays open: the officer decides again
            self._then = None

    def form_closed(self, forms_left: Sequence[ClosingForm]) -> None:
        if self._then is not None and not forms_left:
            QTimer.singleShot(0, self._then)
            self._then = None
