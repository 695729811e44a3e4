"""The request screens open what a request window asks for: «Запросить подтверждение»
(Art. 9.5) opens a new outgoing confirmation about the doubted message (connected to a
method of the screens, not to a lambda: a request window is a window of its own)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from migdesk.requests.service import RequestService
from migdesk.ui.main_window import MainWindow
from migdesk.vault import Vault
from tests.requests.request_helpers import incoming


def test_a_confirmation_asked_from_a_request_opens_a_new_one(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    request = RequestService(gui_vault).receive(incoming(date(2025, 3, 3)))
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    screens = window.requests
    opened = screens.open_request(request.id)
    assert opened is not None
    with qtbot.waitSignal(opened.loaded, timeout=10_000):  # read on a worker (#17)
        pass
    opened.confirm_button.click()
    [_, confirmation] = screens.windows
    assert (confirmation.kind, confirmation.direction) == ("confirmation", "outgoing")
    assert confirmation.request_id is None  # a new draft
    screens.close_windows()
