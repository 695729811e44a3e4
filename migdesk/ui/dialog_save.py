"""A settings dialog's «Сохранить» on a worker (the letterhead, a user's letter details, the
idle lock): the write waits for the vault's write lock, which an index upkeep step holds up
to ~0.5 s at 1M (#17: no frozen window). It runs in order with the window's other writes;
the button is disabled meanwhile, so a second click does nothing; a refusal shows in the
dialog's error line; once saved, the dialog closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from migdesk.ui import messages
from migdesk.ui.tasks import BackgroundOp


def save_then_close(
    dialog: QDialog,
    button: QPushButton,
    error: QLabel,
    write: Callable[[], object],
    finished: SignalInstance,
    saved: Callable[[], None] | None = None,
) -> bool:
    """True when the write has started (``finished(bool)`` follows, after ``saved``)."""
    if not button.isEnabled():
        return False
    error.hide()

    def done(_result: object) -> None:
        if saved is not None:
            saved()
        finished.emit(True)
        dialog.accept()

    def failed(exc: BaseException) -> None:
        error.setText(messages.error_text(exc))
        error.show()
        finished.emit(False)

    (
        BackgroundOp(dialog, lambda _ctx: write())
        .in_order()
        .disabling(button)
        .on_success(done)
        .on_failure(failed)
        .on_cancelled(lambda: finished.emit(False))
        .run()
    )
    return True
