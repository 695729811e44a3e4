"""The deadline a request window shows (Art. 10.3): 30 calendar days from the date an
incoming request was received, and nothing of the kind on a request we sent, whose date of
receipt by the other side nobody here knows."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from migdesk.requests.records import IncomingInput
from migdesk.requests.service import RequestService
from migdesk.requests.workflow import StepInput
from migdesk.ui.geometry import DESKTOP_MARGIN, SMALLEST_SCREEN
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.vault import Vault
from tests.support.gui import present


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


def test_a_waiting_request_keeps_the_agreements_date_with_a_neutral_note(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """Whether a wait moves the 30 days is not decided: the window shows the agreement's
    date and since when the request waits, and says nothing about the days stopping."""
    received = date.today() - timedelta(days=3)
    service = RequestService(gui_vault)
    request_id = service.receive(
        IncomingInput(
            from_authority="AM-POLICE",
            received_on=received,
            substance="Запрос сведений (синтетические данные).",
            purpose="Проверка статуса.",
            justification="Дело о выдворении (тест).",
            their_number="ТЕСТ-1",
        )
    ).id
    service.step(request_id, StepInput("start", on=received))
    asked = date.today() - timedelta(days=1)
    service.step(request_id, StepInput("more-info", on=asked, text="Уточните дату въезда."))
    service.step(request_id, StepInput("obstacle", on=date.today(), text="Нет связи (тест)."))
    window = RequestWindow(service, request_id)
    qtbot.addWidget(window)
    due = (received + timedelta(days=30)).strftime("%d.%m.%Y")
    assert window.deadline_label.text() == (
        f"Срок {due}: осталось 27 дн.\nдополнительные сведения запрошены "
        f"{asked.strftime('%d.%m.%Y')}"
    )
    for claim in ("приостанов", "продлен", "не течёт", "исчисляется"):
        assert claim not in window.deadline_label.text()
    service.step(request_id, StepInput("more-info-received", on=date.today()))
    window.reload()
    assert window.deadline_label.text() == f"Срок {due}: осталось 27 дн."


def test_a_received_request_shows_their_number_read_only_and_ours_on_registration(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    service = RequestService(gui_vault)
    request_id = service.receive(
        IncomingInput(
            from_authority="AM-POLICE",
            received_on=date.today(),
            substance="Запрос сведений (синтетические данные).",
            purpose="Проверка статуса.",
            justification="Дело о выдворении (тест).",
            their_number="ТЕСТ-77",
        )
    ).id
    window = RequestWindow(RequestService(gui_vault), request_id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    edit = window.fields.their_number_edit
    assert edit.text() == "ТЕСТ-77" and edit.isReadOnly()
    # It looks read-only: drawn on the window's background, not as a white field to type in.
    middle = edit.grab().toImage().pixelColor(edit.width() - 4, edit.height() // 2)
    assert middle == edit.palette().color(QPalette.ColorRole.Window)
    assert middle != edit.palette().color(QPalette.ColorRole.Base)
    # The registration row: our incoming number in «Номер письма», theirs labelled as theirs.
    assert window.view is not None
    history = window.progress.history
    last = history.rowCount() - 1  # newest first: registration is the oldest
    assert present(history.item(last, 3)).text() == window.view.number != "ТЕСТ-77"
    assert (
        present(history.item(last, 4)).text().startswith("Номер документа другой Стороны: ТЕСТ-77")
    )


def test_the_history_text_stays_in_view_however_the_splitter_is_dragged(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """With the left pane dragged wide, the step's text column shrank to nothing and hid
    behind the table's horizontal scroll (the registration row ~150 px tall)."""
    from migdesk.ui.requests.request_progress import TEXT_CHARS

    request_id = (
        RequestService(gui_vault)
        .receive(
            IncomingInput(
                from_authority="AM-POLICE",
                received_on=date.today(),
                substance="Запрос сведений (синтетические данные).",
                purpose="Проверка статуса.",
                justification="Дело о выдворении (тест).",
                their_number="ТЕСТ-2",
                their_date=date.today() - timedelta(days=2),
            )
        )
        .id
    )
    window = RequestWindow(RequestService(gui_vault), request_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    usable = SMALLEST_SCREEN - DESKTOP_MARGIN  # the test screen may be smaller than 1366×768
    window.resize(usable)
    qtbot.waitUntil(lambda: window.width() == usable.width())
    window._splitter.setSizes([10_000, 1])  # as far to the right as it goes
    history = window.progress.history
    text = history.columnCount() - 1
    room = TEXT_CHARS * history.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: history.columnWidth(text) >= room, timeout=5_000)
    assert not history.horizontalScrollBar().isVisible()
    right = history.columnViewportPosition(text) + history.columnWidth(text)
    assert right <= history.viewport().width()
    # The wrapped text has the height it needs: no line is cut off.
    last = history.rowCount() - 1
    qtbot.waitUntil(lambda: history.rowHeight(last) >= history.sizeHintForRow(last), timeout=5_000)
