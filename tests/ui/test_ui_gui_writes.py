"""Writes the officer causes run on a worker, never on the GUI thread (#17: no frozen
window): while another connection holds the vault's write lock (as an index upkeep step
does, up to ~0.5 s at 1M), the window keeps running and each write lands once the lock has
gone. See ``tests.support.write_lock``: a write blocking the GUI thread would never see the
lock go and would fail after busy_timeout."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from migdesk.persons import drafts
from migdesk.persons.service import PersonService
from migdesk.ui import tasks
from migdesk.ui.main_window import MainWindow
from migdesk.ui.person_form import PersonForm
from migdesk.ui.registry import RegistryView
from migdesk.vault import Vault, remember
from tests.conftest import sample_person
from tests.support.write_lock import TICKS, WriteLockHeld

Hold = Callable[[], WriteLockHeld]


def _registry(qtbot: QtBot, vault: Vault) -> RegistryView:
    view = RegistryView(PersonService(vault))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.last_count is not None and not tasks.in_order_pending())
    return view


def _search(qtbot: QtBot, view: RegistryView, text: str) -> int:
    view.search_edit.blockSignals(True)
    view.search_edit.setText(text)
    view.search_edit.blockSignals(False)
    with qtbot.waitSignal(view.search_finished, timeout=10_000) as finished:
        view.refresh()
    return int(finished.args[0])


def _actions(vault: Vault) -> list[tuple[str, dict[str, object]]]:
    rows = vault.raw_execute("SELECT action, details FROM audit_log ORDER BY id")
    return [(action, json.loads(details) if details else {}) for action, details in rows]


def _searches(vault: Vault) -> list[dict[str, object]]:
    return [details for action, details in _actions(vault) if action == "person.search"]


def test_a_search_result_does_not_wait_for_its_audit_entry(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    PersonService(gui_vault).add(sample_person())
    view = _registry(qtbot, gui_vault)
    before = len(_searches(gui_vault))

    lock = write_lock()
    assert _search(qtbot, view, "Тестов") == 1
    assert not lock.released  # the result is on screen while the lock is still held
    assert view.model.rowCount() == 1 and view.last_count == 1
    qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)

    assert lock.ticks >= TICKS  # the event loop ran all the while
    searches = _searches(gui_vault)
    assert len(searches) == before + 1  # written once the lock had gone, not lost
    assert searches[-1]["found"] == 1
    assert "Тестов" not in json.dumps(searches[-1], ensure_ascii=False)


def test_searches_and_the_card_opened_after_them_keep_their_order_in_the_audit_trail(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    view = _registry(qtbot, gui_vault)
    first = len(_actions(gui_vault))

    write_lock()
    assert _search(qtbot, view, "нет такого") == 0
    assert _search(qtbot, view, "Тестов") == 1
    form = PersonForm(PersonService(gui_vault), person_id, background=True)  # a view entry
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.loaded, timeout=10_000):
        form.show()
    qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)

    trail = _actions(gui_vault)[first:]
    actions = [action for action, _ in trail]
    assert actions[:3] == ["person.search", "person.search", "person.view"]
    assert "person.search" not in actions[3:]  # the card's other reads (history, family)
    assert [details.get("found") for _, details in trail[:2]] == [0, 1]


def test_closing_the_vault_waits_for_a_search_audit_entry(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    """The app closes the vault after ``tasks.wait_for_all`` (exit and lock alike): an audit
    entry still waiting for the write lock then is written, never dropped by the cancel."""
    PersonService(gui_vault).add(sample_person())
    view = _registry(qtbot, gui_vault)
    before = len(_searches(gui_vault))

    lock = write_lock()
    assert _search(qtbot, view, "Тестов") == 1
    assert tasks.in_order_pending()  # still waiting for the lock
    releasing = lock.release_from_a_thread(0.3)
    assert tasks.wait_for_all() is True
    releasing.join()

    assert len(_searches(gui_vault)) == before + 1


def test_the_automatic_lock_during_a_search_audit_entry_keeps_it(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock does not wait for the entry (nothing to keep: no card is dirty); the vault
    closes after ``tasks.wait_for_all`` (``app``), which writes it."""
    monkeypatch.setattr(remember, "forget_key", lambda _v, _u: None)  # no real keyring
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.registry.last_count == 0, timeout=10_000)
    qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)
    before = len(_searches(gui_vault))

    lock = write_lock()
    assert _search(qtbot, window.registry, "Тестов") == 0
    assert tasks.in_order_pending()
    with qtbot.waitSignal(window.lock_requested, timeout=10_000):
        window.force_lock("Блокировка.")
    assert not window.isVisible()
    releasing = lock.release_from_a_thread(0.3)
    assert tasks.wait_for_all() is True  # as the app does before closing the vault
    releasing.join()
    assert len(_searches(gui_vault)) == before + 1


def test_the_automatic_lock_keeps_drafts_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drafts wait for the write lock on a worker: the window keeps running, and the
    lock goes on once they are kept."""
    monkeypatch.setattr(remember, "forget_key", lambda _v, _u: None)  # no real keyring
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.registry.last_count == 0, timeout=10_000)
    qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)
    form = window.new_person()
    form.main_tab.edits["surname_ru"].setText("Несохранённая")

    lock = write_lock()
    window.force_lock("Блокировка.")  # returns at once: the lock is still held
    assert not lock.released and window.isVisible()
    with qtbot.waitSignal(window.lock_requested, timeout=10_000):
        pass
    assert lock.ticks >= TICKS  # the event loop ran all the while
    assert window.lock_note is not None and "карточек: 1" in window.lock_note
    kept = drafts.take_drafts(gui_vault)
    assert [d.data["person"]["surname_ru"] for d in kept] == ["Несохранённая"]
