"""The cards kept as drafts at the automatic lock come back after the unlock off the GUI
thread (#17: no frozen window), and a draft leaves the vault only once its card shows it
(issue 13.3: never lose typed data). The write lock is held by a second connection as an
index upkeep step does (``tests.support.write_lock``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from migdesk.persons import drafts
from migdesk.persons.service import PersonService
from migdesk.ui import messages, tasks
from migdesk.ui.main_window import MainWindow
from migdesk.ui.unreadable_draft import UnreadableDraftDialog
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.support.write_lock import TICKS, WriteLockHeld

Hold = Callable[[], WriteLockHeld]


def _card(surname: str) -> dict[str, object]:
    return {"person": {"surname_ru": surname}}


def test_drafts_come_back_while_the_write_lock_is_held(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    drafts.save_draft(gui_vault, person_id, _card("Изменённая"))
    drafts.save_draft(gui_vault, None, _card("Новая"))
    lock = write_lock()
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.drafts_restored, timeout=15_000) as restored:
            pass
        assert restored.args == [2]
        assert lock.ticks >= TICKS  # the event loop ran while the lock was held
        by_person = {form.person_id: form for form in window.open_forms()}
        assert set(by_person) == {person_id, None}
        for key, surname in ((person_id, "Изменённая"), (None, "Новая")):
            form = by_person[key]
            assert form.main_tab.edits["surname_ru"].text() == surname  # the draft
            assert form.is_dirty()
            assert "Восстановлены изменения" in form.banner.text()
        assert "не сохранёнными до блокировки: 2" in window.statusBar().currentMessage()
        assert drafts.list_drafts(gui_vault) == []  # shown, so handed over: not kept twice
    finally:  # the restored cards are dirty: closed without asking, whatever happened
        for form in window.open_forms():
            form.close_discarding()


def _unlock(qtbot: QtBot, vault: Vault) -> MainWindow:
    """The main window as after an unlock, once its drafts have been handled."""
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.drafts_restored, timeout=15_000) as restored:
        pass
    assert restored.args == [0]
    return window


def _question(qtbot: QtBot, window: MainWindow) -> UnreadableDraftDialog:
    restore = window.drafts_restore
    assert restore is not None
    qtbot.waitUntil(lambda: restore.question is not None, timeout=5_000)
    assert restore.question is not None and restore.question.isVisible()
    return restore.question


def test_a_draft_whose_card_cannot_be_read_stays_kept(
    qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text: shown.append(text))
    missing = str(uuid.uuid4())  # e.g. hidden from this user since the lock
    drafts.save_draft(gui_vault, missing, _card("Недоступная"))
    window = _unlock(qtbot, gui_vault)
    question = _question(qtbot, window)
    assert missing in question.reason.text()  # the officer is told why (the domain's text)
    assert not shown  # once, in the question, not in a second error box
    question.keep_button.click()
    qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)
    assert [d.person_id for d in drafts.list_drafts(gui_vault)] == [missing]  # not lost


def test_a_draft_kept_for_later_is_asked_about_again_at_the_next_unlock(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    missing = str(uuid.uuid4())
    drafts.save_draft(gui_vault, missing, _card("Недоступная"))
    first = _unlock(qtbot, gui_vault)
    _question(qtbot, first).reject()  # Esc, or the automatic lock's close_dialogs
    first.close()
    again = _question(qtbot, _unlock(qtbot, gui_vault))
    assert missing in again.reason.text()
    assert "Недоступная" not in again.reason.text()  # what the draft holds is not shown
    again.reject()
    assert [d.person_id for d in drafts.list_drafts(gui_vault)] == [missing]


def test_a_draft_whose_card_cannot_be_read_can_be_discarded(
    qtbot: QtBot,
    gui_vault: Vault,
    write_lock: Hold,
    answer_message_box: Callable[[Any], list[str]],
) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    drafts.save_draft(gui_vault, person_id, _card("Читаемая"))
    missing = str(uuid.uuid4())
    drafts.save_draft(gui_vault, missing, _card("Недоступная"))
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.drafts_restored, timeout=15_000) as restored:
            pass
        assert restored.args == [1]  # the readable one came back in its card
        (form,) = window.open_forms()
        assert form.main_tab.edits["surname_ru"].text() == "Читаемая"
        question = _question(qtbot, window)
        asked = answer_message_box(QMessageBox.StandardButton.Yes)
        lock = write_lock()  # the discard is a write: it waits off the GUI thread
        with qtbot.waitSignal(question.discard_finished, timeout=10_000) as finished:
            question.discard_button.click()
            assert not lock.released and not question.discard_button.isEnabled()
        assert finished.args == [True]
        assert lock.ticks >= TICKS
        assert asked and "безвозвратно" in asked[0]  # confirmed first
        assert drafts.list_drafts(gui_vault) == []  # gone; the readable one was handed over
    finally:
        for form in window.open_forms():
            form.close_discarding()
    window.close()
    later = _unlock(qtbot, gui_vault)  # the next unlock asks nothing
    assert later.drafts_restore is not None and later.drafts_restore.question is None


def test_a_discard_refused_at_its_confirmation_keeps_the_draft(
    qtbot: QtBot, gui_vault: Vault, answer_message_box: Callable[[Any], list[str]]
) -> None:
    missing = str(uuid.uuid4())
    drafts.save_draft(gui_vault, missing, _card("Недоступная"))
    question = _question(qtbot, _unlock(qtbot, gui_vault))
    answer_message_box(QMessageBox.StandardButton.Cancel)
    assert question.ask_discard() is False
    assert question.isVisible()
    assert [d.person_id for d in drafts.list_drafts(gui_vault)] == [missing]


def test_unreadable_drafts_are_asked_about_one_at_a_time_until_the_lock_closes_one(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """«Оставить на потом» asks about the next; a question rejected (Esc, or the automatic
    lock's close_dialogs) asks nothing more now: no new dialog stands in the lock's way."""
    missing = [str(uuid.uuid4()) for _ in range(3)]
    for person_id in missing:
        drafts.save_draft(gui_vault, person_id, _card("Недоступная"))
    window = _unlock(qtbot, gui_vault)
    first = _question(qtbot, window)
    first.keep_button.click()
    second = _question(qtbot, window)
    assert second is not first and first.draft.person_id != second.draft.person_id
    second.reject()
    qtbot.wait(50)
    assert window.drafts_restore is not None and window.drafts_restore.question is None
    assert sorted(d.person_id or "" for d in drafts.list_drafts(gui_vault)) == sorted(missing)
