"""The cards kept as drafts at the automatic lock come back after the unlock off the GUI
thread (#17: no frozen window), and a draft leaves the vault only once its card shows it
(issue 13.3: never lose typed data). The write lock is held by a second connection as an
index upkeep step does (``tests.support.write_lock``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from migdesk.persons import drafts
from migdesk.persons.service import PersonService
from migdesk.ui import messages, tasks
from migdesk.ui.main_window import MainWindow
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


def test_a_draft_whose_card_cannot_be_read_stays_kept(
    qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text: shown.append(text))
    missing = str(uuid.uuid4())  # e.g. hidden from this user since the lock
    drafts.save_draft(gui_vault, missing, _card("Недоступная"))
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.drafts_restored, timeout=15_000) as restored:
        pass
    assert restored.args == [0]
    assert shown  # the officer is told the card could not be opened
    qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)
    assert [d.person_id for d in drafts.list_drafts(gui_vault)] == [missing]  # not lost
