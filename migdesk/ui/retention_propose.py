"""«Предложить уничтожение» (four eyes, issue 13 item 5): the grounds, asked in a dialog
(they go on the act), then the proposal on a worker. It is a write with its audit entry, so
it waits for the vault's write lock, which an index upkeep step holds up to ~0.5 s at 1M
(#17: no frozen window). It runs in order with the window's other writes; the button is
disabled meanwhile, so a second click does nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from migdesk.office.retention import DueRecord, RetentionService
from migdesk.ui import messages
from migdesk.ui.propose_dialog import ProposeDialog
from migdesk.ui.tasks import BackgroundOp


def start_propose(
    window: QWidget,
    service: RetentionService,
    record: DueRecord,
    grounds: str | None,
    button: QPushButton,
    done: Callable[[bool, str], None],
) -> BackgroundOp[object]:
    """Proposes ``record`` with ``grounds`` (None: the service's rule, the expiry wording
    for a due record, a refusal for an early one); ``done(proposed, what to say)`` follows
    on the GUI thread."""
    early = record.keep_until > date.today()

    def work(_ctx: object) -> object:
        return service.propose(record.record_id, grounds, early=early, kind=record.record_kind)

    proposed = QCoreApplication.translate(
        "RetentionWindow",
        "Уничтожение записи {record} предложено; его утверждает другой пользователь — "
        "руководитель (правило «четырёх глаз»).",
    ).format(record=record.record_id)
    return (
        BackgroundOp(window, work)
        .in_order()
        .disabling(button)
        .on_success(lambda _result: done(True, proposed))
        .on_failure(lambda exc: done(False, messages.error_text(exc)))
        .on_cancelled(lambda: done(False, ""))
        .run()
    )


def open_propose_dialog(
    window: QWidget, record: DueRecord, propose: Callable[[str], object]
) -> ProposeDialog:
    """Asks the grounds for proposing ``record``; its OK calls ``propose(grounds)``."""
    dialog = ProposeDialog(record, date.today(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.confirmed.connect(propose)
    dialog.open()
    return dialog
