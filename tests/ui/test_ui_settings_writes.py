"""Settings (the administrator's, and a user's language) and the statistics and audit
exports' entries are written on a worker (#17: no frozen window): while another connection
holds the vault's write lock (as an index upkeep step does, up to ~0.5 s at 1M), the window
keeps running, its button cannot fire twice, and the write lands once the lock has gone
(``tests.support.write_lock``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from migdesk.office import four_eyes, session_policy
from migdesk.office.retention import RetentionService
from migdesk.office.users import UserService
from migdesk.requests.letterhead import LetterheadService
from migdesk.ui import i18n, language_switch, tasks
from migdesk.ui.admin_menu import IdleLockDialog
from migdesk.ui.audit_window import AuditWindow
from migdesk.ui.letter_settings import LetterheadDialog, ProfileDialog
from migdesk.ui.main_window import MainWindow
from migdesk.ui.requests.statistics_view import StatisticsWindow
from migdesk.ui.retention_window import RetentionWindow
from migdesk.ui.users_dialog import UsersDialog
from migdesk.vault import Vault
from tests.support.write_lock import TICKS, WriteLockHeld

Hold = Callable[[], WriteLockHeld]


def test_the_idle_lock_setting_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    applied: list[int] = []
    dialog = IdleLockDialog(gui_vault, applied.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.minutes_spin.setValue(25)
    lock = write_lock()
    assert dialog.save() is True  # returned at once: the lock is still held
    assert not lock.released and not dialog.save_button.isEnabled()
    assert dialog.save() is False  # a second click does nothing
    # The end comes through the event loop, which has not run since ``save``: not missed.
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as finished:
        pass
    assert finished.args == [True], dialog.error.text()
    assert lock.ticks >= TICKS  # the event loop ran all the while
    assert applied == [25] and session_policy.idle_lock_minutes(gui_vault) == 25


def test_the_default_retention_years_wait_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    window = RetentionWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._due_op is None, timeout=10_000)
    window.years_spin.setValue(7)
    lock = write_lock()
    assert window.save_default_years() is True  # returned at once: the lock is still held
    assert not lock.released and not window.years_button.isEnabled()
    assert window.save_default_years() is False  # a second click does nothing
    with qtbot.waitSignal(window.years_saved, timeout=10_000) as saved:
        pass
    assert saved.args == [True] and lock.ticks >= TICKS
    assert RetentionService(gui_vault).default_years() == 7
    assert "лет: 7" in window.status.text() and window.years_button.isEnabled()


def test_the_letterhead_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    dialog = LetterheadDialog(gui_vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.names_edit.setPlainText("Министерство внутренних дел Республики Казахстан")
    dialog.four_eyes_box.setChecked(False)
    lock = write_lock()
    assert dialog.save() is True  # returned at once: the lock is still held
    assert not lock.released and not dialog.save_button.isEnabled()
    assert dialog.save() is False  # a second click does nothing
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as finished:
        pass
    assert finished.args == [True], dialog.error.text()
    assert lock.ticks >= TICKS and not dialog.isVisible()
    head = LetterheadService(gui_vault).get("KZ-MVD")
    assert head.name_lines == ("Министерство внутренних дел Республики Казахстан",)
    assert not four_eyes.is_enabled(gui_vault)


def test_a_users_letter_details_wait_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    service = UserService(gui_vault)
    user = next(u for u in service.list() if u.name == gui_vault.user)
    saved: list[str] = []
    dialog = ProfileDialog(service, user)
    dialog.saved.connect(saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.position_edit.setText("Главный специалист")
    lock = write_lock()
    assert dialog.save() is True
    assert not lock.released and dialog.save() is False
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as finished:
        pass
    assert finished.args == [True], dialog.error.text()
    assert lock.ticks >= TICKS and saved == [gui_vault.user]
    assert next(u for u in service.list() if u.name == gui_vault.user).position == (
        "Главный специалист"
    )


def test_a_refused_letter_detail_shows_under_the_fields_and_keeps_the_dialog(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    service = UserService(gui_vault)
    user = next(u for u in service.list() if u.name == gui_vault.user)
    dialog = ProfileDialog(service, user)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone_edit.setText("буквы")
    assert dialog.save() is True
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as finished:
        pass
    assert finished.args == [False] and dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.save_button.isEnabled()


def test_removing_a_user_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold, answer_message_box: Any
) -> None:
    UserService(gui_vault).add("gone", "officer", "leaving soon pass 1")
    dialog = UsersDialog(UserService(gui_vault))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select("gone")
    answer_message_box(QMessageBox.StandardButton.Yes)
    lock = write_lock()
    assert dialog.remove_user() is True  # returned at once: the lock is still held
    assert not lock.released and not dialog.remove_button.isEnabled()
    assert dialog.remove_user() is False  # a second click does nothing
    with qtbot.waitSignal(dialog.remove_finished, timeout=10_000) as removed:
        pass
    assert removed.args == [True] and lock.ticks >= TICKS
    assert "gone" not in [u.name for u in UserService(gui_vault).list()]
    assert "gone" not in [user.name for user in dialog.users]


def test_the_statistics_export_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold, tmp_path: Path
) -> None:
    """Its audit entry («request.export») is a write."""
    window = StatisticsWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    target = tmp_path / "stats.csv"
    lock = write_lock()
    assert window.export(target) is True  # returned at once: the lock is still held
    assert not lock.released and not window.export_button.isEnabled()
    assert window.export(target) is False  # a second click does nothing
    with qtbot.waitSignal(window.export_finished, timeout=10_000) as exported:
        pass
    assert exported.args == [True] and lock.ticks >= TICKS
    assert window.exported_rows == len(window.rows) and target.read_bytes()
    assert window.export_button.isEnabled()


def test_the_audit_exports_entry_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold, tmp_path: Path
) -> None:
    window = AuditWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    lock = write_lock()
    lock.timer.stop()  # held until released below, whatever the export's length
    op = window.start_export(tmp_path / "Журнал.pdf")
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)  # the PDF is read and written
    assert tasks.in_order_pending() and not lock.released  # its entry waits on a worker
    lock.release()
    qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)
    rows = gui_vault.raw_execute("SELECT details FROM audit_log WHERE action = 'audit.export'")
    assert [json.loads(row[0])["file"] for row in rows] == ["Журнал.pdf"]


def test_the_chosen_language_is_kept_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.registry.last_count == 0, timeout=10_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the window's start-up reads and writes are over
    lock = write_lock()
    try:
        window.language_menu.choose("en")  # switched at once; kept once the lock has gone
        assert i18n.current_language() == "en" and not lock.released
        assert tasks.in_order_pending()
        qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)
        assert lock.ticks >= TICKS
        assert UserService(gui_vault).language(gui_vault.user) == "en"
    finally:
        language_switch.switch_language("ru")
