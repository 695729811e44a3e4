"""A greyed-out step button says why (no disabled control without a reason): the request's
state does not allow the step. Before, «Взять в работу» on a request in work was just grey."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from migdesk.requests.service import RequestService
from migdesk.requests.workflow import STATE_LABELS, State
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.vault import Vault


def _in_work(vault: Vault) -> str:
    service = RequestService(vault)
    return next(r.id for r in service.list() if r.direction == "incoming" and r.state == "in_work")


def test_a_disabled_step_names_the_state_it_waits_on(qtbot: QtBot, demo_vault: Vault) -> None:
    service = RequestService(demo_vault)
    window = RequestWindow(service, _in_work(demo_vault))
    qtbot.addWidget(window)
    buttons = window.progress.action_buttons
    start = buttons["start"]  # taken into work already
    assert not start.isEnabled()
    state = STATE_LABELS[State.IN_WORK]
    assert start.toolTip() == f"«Взять в работу» сейчас недоступно: состояние «{state}».", (
        start.toolTip()
    )
    refuse = buttons["refuse"]
    assert refuse.isEnabled() and not refuse.toolTip()  # its cut label still shows whole
    greyed = [b for b in buttons.values() if not b.isEnabled()]
    assert greyed and all(b.toolTip() for b in greyed)


def test_a_greyed_out_document_button_says_there_is_no_letter_yet(
    qtbot: QtBot, demo_vault: Vault
) -> None:
    from migdesk.reports.documents.choices import request_choices

    service = RequestService(demo_vault)
    views = [service.get(r.id) for r in service.list()]
    without = next(v for v in views if not request_choices(v))
    window = RequestWindow(service, without.id)
    qtbot.addWidget(window)
    assert not window.document_button.isEnabled()
    assert window.document_button.toolTip() == "Писем нашей стороны по этому сообщению пока нет."
    with_letters = next(v for v in views if request_choices(v))
    other = RequestWindow(service, with_letters.id)
    qtbot.addWidget(other)
    assert other.document_button.isEnabled() and not other.document_button.toolTip()
