"""The person card saves on a worker (#17: no frozen window): while another connection holds
the vault's write lock (as an index upkeep step does, up to ~0.5 s at 1M), the window keeps
running, Save cannot fire twice, closing waits for the save, and the lock keeps its result.

The lock is released by a timer on the GUI thread after it has ticked a number of times: a
save that blocked the GUI thread would never see it go (it would fail after busy_timeout)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from migdesk.persons import drafts
from migdesk.persons.service import PersonService
from migdesk.ui.main_window import MainWindow
from migdesk.ui.person_form import PersonForm
from migdesk.vault import Vault, remember
from tests.conftest import sample_person
from tests.support.write_lock import TICKS, WriteLockHeld

Hold = Callable[[], WriteLockHeld]


def _window(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.registry.last_count == 0, timeout=10_000)
    _all_workers_done()  # the window's start-up reads and writes are over
    return window


def _new_card(qtbot: QtBot, vault: Vault, surname: str = "Сохраняемая") -> PersonForm:
    form = PersonForm(PersonService(vault))
    qtbot.addWidget(form)
    form.show()
    form.main_tab.edits["surname_ru"].setText(surname)
    return form


def _all_workers_done() -> None:
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


def test_a_save_waiting_for_the_write_lock_leaves_the_window_running(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    form = _new_card(qtbot, gui_vault)
    saved_when: list[bool] = []
    lock: WriteLockHeld  # taken below, before the save that the lambda waits for
    form.saved.connect(lambda _id: saved_when.append(lock.released))

    lock = write_lock()
    assert form.save() is True  # returned at once: the lock is still held
    assert not lock.released and lock.ticks == 0
    assert not form.save_button.isEnabled()
    assert form.main_tab.edits["surname_ru"].text() == "Сохраняемая"  # what was typed stays

    with qtbot.waitSignal(form.save_finished, timeout=10_000) as finished:
        pass
    assert finished.args == [True]
    assert lock.ticks >= TICKS  # the event loop ran all the while
    assert saved_when == [True]  # … and the record was written once the lock had gone
    stored = PersonService(gui_vault).get(form.person_id or "")
    assert stored["surname_ru"] == "Сохраняемая"
    assert form.save_button.isEnabled() and not form.is_dirty()


def test_a_second_save_during_a_save_saves_once(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    form = _new_card(qtbot, gui_vault)
    finished: list[bool] = []
    form.save_finished.connect(finished.append)

    write_lock()
    assert form.save() is True
    form.save_button.click()  # disabled: nothing happens
    assert form.save() is False  # Ctrl+S, or a click that got through
    assert form.save_with_reason("другое лицо") is False  # «save anyway»
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    _all_workers_done()

    assert finished == [True]
    assert PersonService(gui_vault).count() == 1
    creations = gui_vault.raw_execute(
        "SELECT count(*) FROM audit_log WHERE action = 'person.create'"
    )[0][0]
    updates = gui_vault.raw_execute(
        "SELECT count(*) FROM audit_log WHERE action = 'person.update'"
    )[0][0]
    assert (creations, updates) == (1, 0)


def test_typing_during_a_save_is_not_taken_and_not_lost(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    """The card takes no input while saving: the reload after the save shows what was sent,
    never dropping keys typed meanwhile."""
    form = _new_card(qtbot, gui_vault)
    edit = form.main_tab.edits["birth_place"]
    edit.setFocus()
    write_lock()
    assert form.save() is True
    qtbot.keyClicks(edit, "Lost")  # ASCII: QTest types no other
    assert edit.text() == ""
    qtbot.waitSignal(form.save_finished, timeout=10_000).wait()
    assert not form.is_dirty()
    qtbot.keyClicks(edit, "New")  # after the save the card takes input again
    assert edit.text() == "New"


def test_closing_the_card_during_a_save_closes_it_once_saved(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    form = _new_card(qtbot, gui_vault)
    lock = write_lock()
    assert form.save() is True
    assert form.close() is False  # not yet: the save has not ended
    assert form.isVisible()
    with qtbot.waitSignal(form.closed, timeout=10_000):
        pass
    assert lock.released
    assert [p["surname_ru"] for p in _stored(gui_vault)] == ["Сохраняемая"]


def test_closing_the_main_window_during_a_save_closes_it_after_the_card(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    window = _window(qtbot, gui_vault)
    form = window.new_person()
    form.main_tab.edits["surname_ru"].setText("Сохраняемая")
    write_lock()
    assert form.save() is True
    assert window.close() is False  # the card is saving: nothing closes yet
    assert form.isVisible()
    with qtbot.waitSignal(window.exit_requested, timeout=10_000):
        pass
    assert not window.isVisible() and window.open_forms() == []
    assert [p["surname_ru"] for p in _stored(gui_vault)] == ["Сохраняемая"]


def _saving_then_unsaved(
    window: MainWindow, write_lock: Hold, surname: str
) -> tuple[PersonForm, PersonForm]:
    """Two cards: the first saving (the write lock held elsewhere), the second unsaved."""
    saving = window.new_person()
    saving.main_tab.edits["surname_ru"].setText("Сохраняемая")
    unsaved = window.new_person()
    unsaved.main_tab.edits["surname_ru"].setText(surname)
    write_lock()
    assert saving.save() is True
    return saving, unsaved


def test_closing_the_main_window_asks_every_card_not_only_those_before_a_saving_one(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A saving card first and a card with unsaved changes after it: the second is asked
    too, its «Сохранить» saves it, and the window closes once both have closed."""
    from migdesk.ui import messages

    asked: list[str] = []

    def answer_save(parent: Any) -> messages.SaveAnswer:
        asked.append(parent.main_tab.edits["surname_ru"].text())
        return messages.SaveAnswer.SAVE

    monkeypatch.setattr(messages, "ask_save_changes", answer_save)
    window = _window(qtbot, gui_vault)
    _saving_then_unsaved(window, write_lock, "Несохранённая")
    assert window.close() is False  # the cards are saving: nothing closes yet
    assert asked == ["Несохранённая"]
    with qtbot.waitSignal(window.exit_requested, timeout=10_000):
        pass
    assert not window.isVisible() and window.open_forms() == []
    assert sorted(p["surname_ru"] for p in _stored(gui_vault)) == [
        "Несохранённая",
        "Сохраняемая",
    ]


def test_a_card_kept_open_keeps_the_window_open_while_a_saving_card_closes(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold, monkeypatch: pytest.MonkeyPatch
) -> None:
    from migdesk.ui import messages

    monkeypatch.setattr(messages, "ask_save_changes", lambda _p: messages.SaveAnswer.CANCEL)
    window = _window(qtbot, gui_vault)
    saving, kept = _saving_then_unsaved(window, write_lock, "Оставленная")
    assert window.close() is False
    with qtbot.waitSignal(saving.closed, timeout=10_000):
        pass
    _all_workers_done()
    assert window.isVisible() and window.open_forms() == [kept]
    assert kept.main_tab.edits["surname_ru"].text() == "Оставленная"
    assert [p["surname_ru"] for p in _stored(gui_vault)] == ["Сохраняемая"]
    kept.close_discarding()


def test_a_failed_save_keeps_the_card_and_the_window_open(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    window = _window(qtbot, gui_vault)
    form = window.new_person()
    form.main_tab.edits["given_name_ru"].setText("Безфамильная")  # the domain refuses
    write_lock()
    assert form.save() is True
    assert window.close() is False
    qtbot.waitSignal(form.save_finished, timeout=10_000).wait()
    _all_workers_done()
    assert window.isVisible() and form.isVisible()
    assert form.main_tab.fields["surname_ru"].error.isVisible()
    assert form.main_tab.edits["given_name_ru"].text() == "Безфамильная"
    assert PersonService(gui_vault).count() == 0
    form.close_discarding()  # still dirty: would ask at the test's end


def test_the_automatic_lock_during_a_save_keeps_its_result_and_no_draft(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(remember, "forget_key", lambda _v, _u: None)  # no real keyring
    window = _window(qtbot, gui_vault)
    form = window.new_person()
    form.main_tab.edits["surname_ru"].setText("Сохраняемая")
    write_lock()
    assert form.save() is True
    with qtbot.waitSignal(window.lock_requested, timeout=10_000):
        window.force_lock("Блокировка.")
    assert [p["surname_ru"] for p in _stored(gui_vault)] == ["Сохраняемая"]
    assert drafts.take_drafts(gui_vault) == []  # saved, so nothing to keep as a draft
    assert window.lock_note is not None and "черновик" not in window.lock_note


def _stored(vault: Vault) -> list[dict[str, Any]]:
    service = PersonService(vault)
    ids = [row[0] for row in vault.raw_execute("SELECT id FROM persons")]
    return [service.get(person_id) for person_id in ids]


def test_a_refusal_from_the_domain_is_shown_as_before_and_the_typing_stays(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """A supervisor may read a card but not change it: the domain's refusal (a MigDeskError,
    not a field problem) comes back from the worker to the same message box, and what was
    typed is still in the card."""
    from migdesk.office.users import UserService

    person_id = PersonService(gui_vault).add(sample_person()).id
    UserService(gui_vault).add("reader", "supervisor", "read only pass 1")
    with Vault.open(gui_vault.path, "reader", "read only pass 1") as reader:
        form = PersonForm(PersonService(reader), person_id)
        qtbot.addWidget(form)
        form.show()
        form.main_tab.edits["birth_place"].setText("г. Другое")
        with qtbot.waitSignal(form.save_finished, timeout=10_000) as finished:
            assert form.save() is True
        assert finished.args == [False]
        boxes = [b for b in form.findChildren(QMessageBox) if b.isVisible()]
        assert len(boxes) == 1 and boxes[0].windowTitle() == "Ошибка"
        assert "прав" in boxes[0].text()
        assert form.main_tab.edits["birth_place"].text() == "г. Другое"
        assert form.is_dirty() and form.save_button.isEnabled()
        assert PersonService(gui_vault).get(person_id)["birth_place"] == "г. Образцово"
        form.close_discarding()
        _all_workers_done()
