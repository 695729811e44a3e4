"""GUI test helpers."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QThreadPool, SignalInstance
from PySide6.QtWidgets import QApplication

from migdesk.ui import tasks

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from migdesk.ui.person_form import PersonForm
    from migdesk.ui.requests.registry_form import FormDialog
    from migdesk.ui.requests.request_window import RequestWindow
    from migdesk.ui.requests.step_dialogs import StepDialog

T = TypeVar("T")


def present(found: T | None) -> T:
    """What a Qt lookup (``item()``, ``widget()``, ``nextInFocusChain()``) found, which the
    test expects to be there; Qt may answer None."""
    assert found is not None
    return found


def close_all(qapp: QApplication) -> None:
    """Every window closed, every background operation finished, before a vault closes."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
    tasks.wait_for_all()
    QThreadPool.globalInstance().waitForDone(10_000)
    qapp.processEvents()
    gc.collect()  # here, on the GUI thread: never a worker's collection freeing a widget


def save_card(qtbot: QtBot, form: PersonForm, reason: str | None = None) -> bool:
    """Click-equivalent of Save on a person card, waiting for the save's worker: True when
    the record was saved (False: refused at once, or the domain refused, or duplicates)."""
    started = form.save() if reason is None else form.save_with_reason(reason)
    return _finished(qtbot, started, form.save_finished)


def save_request(qtbot: QtBot, window: RequestWindow) -> bool:
    """Click-equivalent of Save in a request window, waiting for the save's worker: True
    when saved (False: nothing started, or the domain refused)."""
    return _finished(qtbot, window.save(), window.save_finished)


def submit_form(qtbot: QtBot, dialog: FormDialog) -> bool:
    """Click-equivalent of «Записать» in a registry form, waiting for the write's worker:
    True when written (False: refused before it started, or the domain refused)."""
    return _finished(qtbot, dialog.run(), dialog.submit_finished)


def submit_step(qtbot: QtBot, dialog: StepDialog) -> bool:
    """Click-equivalent of «Записать шаг», waiting for the step's worker: True when the
    step was recorded (False: nothing started, or the domain refused)."""
    return _finished(qtbot, dialog.submit(), dialog.submit_finished)


class SavingDialog(Protocol):
    """A settings dialog saved on a worker (``migdesk.ui.dialog_save``)."""

    @property
    def save_finished(self) -> SignalInstance: ...
    def save(self) -> bool: ...


def save_dialog(qtbot: QtBot, dialog: SavingDialog) -> bool:
    """Click-equivalent of «Сохранить» in a settings dialog, waiting for its worker: True
    when saved (False: refused at once, or the domain refused)."""
    return _finished(qtbot, dialog.save(), dialog.save_finished)


def _finished(qtbot: QtBot, started: bool, finished: SignalInstance) -> bool:
    """False when nothing was started; else the ``*_finished`` signal's outcome. The end
    comes through the event loop, which has not run since the start: it is not missed."""
    if not started:
        return False
    with qtbot.waitSignal(finished, timeout=10_000) as ended:
        pass
    return bool(ended.args[0])
