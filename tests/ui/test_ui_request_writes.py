"""A request window's save, a step dialog and a thematic item's save write on a worker
(#17: no frozen window): while another connection holds the vault's write lock (as an index
upkeep step does, up to ~0.5 s at 1M), the window keeps running, the button cannot fire
twice, and the write lands once the lock has gone (``tests.support.write_lock``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from migdesk.persons.service import PersonService
from migdesk.requests.records import IncomingInput
from migdesk.requests.service import RequestService
from migdesk.requests.thematic import ThematicService
from migdesk.requests.workflow import StepInput
from migdesk.ui.kit import to_qdate
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.ui.requests.step_dialogs import StepDialog
from migdesk.ui.requests.thematic_window import ThematicForm
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.requests.request_helpers import incoming
from tests.support.gui import save_request
from tests.support.write_lock import TICKS, WriteLockHeld

Hold = Callable[[], WriteLockHeld]


def _incoming_window(qtbot: QtBot, vault: Vault) -> RequestWindow:
    person = PersonService(vault).add(sample_person()).id
    window = RequestWindow(RequestService(vault), kind="request", direction="incoming")
    qtbot.addWidget(window)
    window.show()
    window.fields.received_edit.setDate(to_qdate(date.today() - timedelta(days=3)))
    window.fields.from_combo.setCurrentIndex(window.fields.from_combo.findData("AM-MIGRATION"))
    window.fields.substance_edit.setPlainText("Просим сообщить о регистрации (тест).")
    window.fields.purpose_edit.setPlainText("Проверка.")
    window.fields.justification_edit.setPlainText("Заявление (тест).")
    window.persons.add_persons([(person, "Тестов")])
    window.persons.set_category("registration", True)
    return window


def test_registering_a_request_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    window = _incoming_window(qtbot, gui_vault)
    lock = write_lock()
    with qtbot.waitSignal(window.save_finished, timeout=10_000) as finished:
        assert window.save() is True  # returned at once: the lock is still held
        assert not lock.released and not window.save_button.isEnabled()
        assert window.save() is False  # a second click does not register it twice
    assert finished.args == [True], window.problems.banner.text()
    assert lock.ticks >= TICKS  # the event loop ran all the while
    assert window.view is not None and window.view.state == "registered"
    assert [view.id for view in RequestService(gui_vault).list()] == [window.request_id]
    assert window.save_button.isEnabled()


def test_a_changed_draft_is_saved_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    window = RequestWindow(RequestService(gui_vault), kind="request", direction="outgoing")
    qtbot.addWidget(window)
    window.fields.substance_edit.setPlainText("Просим сообщить (тест).")
    window.fields.purpose_edit.setPlainText("Проверка.")
    window.fields.justification_edit.setPlainText("Заявление (тест).")
    assert save_request(qtbot, window), window.problems.banner.text()
    request_id = window.request_id
    assert request_id is not None

    window.fields.purpose_edit.setPlainText("Проверка, изменённая.")
    lock = write_lock()
    with qtbot.waitSignal(window.save_finished, timeout=10_000) as finished:
        assert window.save() is True
        assert not lock.released
    assert finished.args == [True], window.problems.banner.text()
    assert lock.ticks >= TICKS
    assert RequestService(gui_vault).get(request_id).purpose == "Проверка, изменённая."


def test_a_step_is_recorded_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    request_id = (
        RequestService(gui_vault)
        .receive(
            IncomingInput(
                from_authority="AM-POLICE",
                received_on=date.today() - timedelta(days=2),
                substance="Запрос сведений (синтетические данные).",
                purpose="Проверка статуса.",
                justification="Дело о выдворении (тест).",
                their_number="ТЕСТ-1",
            )
        )
        .id
    )
    RequestService(gui_vault).step(request_id, StepInput(action="start"))
    window = RequestWindow(RequestService(gui_vault), request_id)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_step("postpone")
    assert isinstance(dialog, StepDialog)
    dialog.proceedings_edit.setPlainText("Уголовное дело № Т-2 (тест)")

    lock = write_lock()
    with qtbot.waitSignal(dialog.submit_finished, timeout=10_000) as finished:
        assert dialog.submit() is True
        assert not lock.released and not dialog.ok_button.isEnabled()
        assert dialog.submit() is False  # a second click does not record it twice
    assert finished.args == [True], dialog.problems.errors()
    assert lock.ticks >= TICKS
    assert not dialog.isVisible()
    assert window.view is not None and window.view.state == "postponed"
    stored = RequestService(gui_vault).get(request_id)
    assert stored.state == "postponed" and len(stored.steps) == 3


def test_a_thematic_item_is_added_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    form = ThematicForm(gui_vault)
    qtbot.addWidget(form)
    form.show()
    form.title_edit.setText("Канал (тест)")
    form.text_edit.setPlainText("Описание канала.")

    lock = write_lock()
    with qtbot.waitSignal(form.save_finished, timeout=10_000) as finished:
        assert form.save() is True
        assert not lock.released and not form.save_button.isEnabled()
        assert form.save() is False  # a second click does not add it twice
    assert finished.args == [True], form.problems.banner.text()
    assert lock.ticks >= TICKS
    assert [item.id for item in ThematicService(gui_vault).list()] == [form.item_id]
    assert not form.save_button.isVisible()  # an added item is read-only


def test_a_refused_thematic_item_shows_its_problems_and_stays_editable(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    form = ThematicForm(gui_vault)
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.save_finished, timeout=10_000) as finished:
        assert form.save() is True
    assert finished.args == [False]
    assert "title" in form.problems.errors()
    assert form.save_button.isEnabled() and ThematicService(gui_vault).list() == []


def test_a_confirmation_lists_the_doubted_messages_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    """Art. 9.5: the messages a confirmation can ask about are an audited read (a write),
    made on a worker; the one asked about is held meanwhile, so a save keeps it."""
    doubted = RequestService(gui_vault).receive(incoming(date.today())).id
    lock = write_lock()
    window = RequestWindow(
        RequestService(gui_vault), kind="confirmation", direction="outgoing", related=doubted
    )
    qtbot.addWidget(window)
    window.show()
    assert not lock.released  # the window is up while the lock is held
    combo = window.fields.related_combo
    assert window.fields.texts()["related"] == doubted and not combo.isEnabled()
    with qtbot.waitSignal(window.fields.related_loaded, timeout=10_000):
        pass
    assert lock.ticks >= TICKS  # the event loop ran all the while
    assert [combo.itemData(i) for i in range(combo.count())] == [None, doubted]
    assert combo.currentData() == doubted and not combo.isEnabled()
    assert combo.currentText().startswith("№ ")
