"""The deadline a request window shows (Art. 10.3): 30 calendar days from the date an
incoming request was received, and nothing of the kind on a request we sent, whose date of
receipt by the other side nobody here knows."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from migdesk.requests.records import IncomingInput
from migdesk.requests.service import RequestService
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.vault import Vault


def _rows(window: RequestWindow) -> dict[str, bool]:
    fields = window.fields
    form, wrapped = fields.parties_form, fields.problems.fields
    return {
        "received_on": form.isRowVisible(wrapped["received_on"]),
        "due": form.isRowVisible(fields.due_label),
        "their_number": form.isRowVisible(wrapped["their_number"]),
        "their_date": form.isRowVisible(wrapped["their_date"]),
    }


def test_a_sent_request_shows_no_date_of_receipt_and_no_deadline_from_today(
    qtbot: QtBot, demo_vault: Vault
) -> None:
    service = RequestService(demo_vault)
    sent = next(v for v in service.list() if v.direction == "outgoing" and v.kind == "request")
    window = RequestWindow(service, sent.id)  # as the request list opens it
    qtbot.addWidget(window)
    assert window.view is not None and window.view.received_on is None
    assert _rows(window) == dict.fromkeys(
        ("received_on", "due", "their_number", "their_date"), False
    )
    assert window.deadline_label.text() == ""


def test_an_incoming_request_shows_its_date_of_receipt_and_deadline(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    received = date.today() - timedelta(days=3)
    request_id = (
        RequestService(gui_vault)
        .receive(
            IncomingInput(
                from_authority="AM-POLICE",
                received_on=received,
                substance="Запрос сведений (синтетические данные).",
                purpose="Проверка статуса.",
                justification="Дело о выдворении (тест).",
                their_number="ТЕСТ-1",
            )
        )
        .id
    )
    window = RequestWindow(RequestService(gui_vault), request_id)
    qtbot.addWidget(window)
    assert _rows(window) == dict.fromkeys(
        ("received_on", "due", "their_number", "their_date"), True
    )
    due = received + timedelta(days=30)
    assert window.fields.due_label.text().startswith(due.strftime("%d.%m.%Y"))
    assert "осталось 27 дн." in window.deadline_label.text()
