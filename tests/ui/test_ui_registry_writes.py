"""«Справочники» write on a worker (#17: no frozen window): while another connection holds
the vault's write lock (as an index upkeep step does, up to ~0.5 s at 1M), the window keeps
running, «Записать» cannot fire twice, and the write lands once the lock has gone
(``tests.support.write_lock``). Every registry form shares ``FormDialog.run``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from migdesk.requests.agreement import AgreementService
from migdesk.requests.journal import JournalService
from migdesk.ui import tasks
from migdesk.ui.requests.registries_window import RegistriesWindow
from migdesk.vault import Vault
from tests.support.write_lock import TICKS, WriteLockHeld

Hold = Callable[[], WriteLockHeld]


def test_a_registry_form_writes_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    window = RegistriesWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    dialog = window.agreement.open_notice()
    dialog.widgets["reference"].setText("Нота № 1 (тест)")  # type: ignore[attr-defined]
    lock = write_lock()
    with qtbot.waitSignal(dialog.submit_finished, timeout=10_000) as finished:
        assert dialog.run() is True  # returned at once: the lock is still held
        assert not lock.released and not dialog.ok_button.isEnabled()
        assert dialog.run() is False  # a second click does not record it twice
    assert finished.args == [True], dialog.problems.errors()
    assert lock.ticks >= TICKS  # the event loop ran all the while
    notices = AgreementService(gui_vault).status().notices
    assert [n.reference for n in notices] == ["Нота № 1 (тест)"]


def test_a_refused_registry_form_stays_open_with_its_problem(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    window = RegistriesWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    dialog = window.agreement.open_notice()  # no note reference: the domain refuses
    with qtbot.waitSignal(dialog.submit_finished, timeout=10_000) as finished:
        assert dialog.run() is True
    assert finished.args == [False]
    assert "reference" in dialog.problems.errors()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()


def test_a_journal_pattern_is_saved_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    window = RegistriesWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    tab = window.journals
    tab.journal_year.setValue(date.today().year)
    code = str(tab.journal_authority.currentData())
    tab.pattern_edits["incoming"].setText("ВХ-{seq}/{yy}")
    lock = write_lock()
    with qtbot.waitSignal(tab.pattern_finished, timeout=10_000) as finished:
        assert tab.save_pattern("incoming") is True
        assert not lock.released and not tab.pattern_buttons["incoming"].isEnabled()
        assert tab.save_pattern("incoming") is False
    assert finished.args == [True], tab.pattern_problems.errors()
    assert lock.ticks >= TICKS
    year = date.today().year
    assert JournalService(gui_vault).pattern(code, "incoming", year) == "ВХ-{seq}/{yy}"
    assert tab.pattern_buttons["incoming"].isEnabled()


def test_a_registry_write_reloads_the_tabs_after_its_dialog_was_rejected(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    """Esc (or the automatic lock's ``close_dialogs``) while the write waits for the lock:
    the write lands, and the window's tabs still show it although the dialog is gone."""
    window = RegistriesWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    table = window.agreement.notice_table
    assert table.rowCount() == 0
    dialog = window.agreement.open_notice()
    dialog.widgets["reference"].setText("Нота № 2 (тест)")  # type: ignore[attr-defined]
    lock = write_lock()
    assert dialog.run() is True
    dialog.reject()  # the dialog goes while the write still waits for the lock
    assert not lock.released
    qtbot.waitUntil(lambda: lock.released and not tasks.in_order_pending(), timeout=10_000)
    notices = AgreementService(gui_vault).status().notices
    assert [n.reference for n in notices] == ["Нота № 2 (тест)"]  # the write landed
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5_000)  # and shows
    assert window.agreement.dialog is None
