"""The unlock window and failed logins (Art. 11.4), on real vault files with real widgets:
the failures shown before the work starts, and the countdown while a name must wait. The
dialog's clock is moved by hand: nothing sleeps, nothing is timed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from migdesk.ui import language_switch
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault
from migdesk.vault.login_guard import FailedLogins, path_for
from tests.conftest import ADMIN, PASSWORD

T0 = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)


def _dialog(qtbot: QtBot, path: Path, now: datetime = T0) -> UnlockDialog:
    dialog = UnlockDialog(path)
    dialog.clock = lambda: now
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot: QtBot, dialog: UnlockDialog, user: str, password: str) -> None:
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog._op is None, timeout=10_000)


def _failed_audit(vault: Vault) -> list[tuple[str, str]]:
    rows = vault.raw_execute("SELECT user, details FROM audit_log WHERE action = 'auth.failed'")
    return [(str(user), str(details)) for user, details in rows]


def test_a_wrong_password_in_the_window_is_recorded(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    dialog = _dialog(qtbot, vault_path)
    _try(qtbot, dialog, ADMIN, "Zz-wrong-secret-9")
    assert dialog.open_error.text() == "Неверное имя пользователя или пароль."
    record = FailedLogins(vault_path).record(ADMIN)
    assert record is not None and record.count == 1 and record.sources == {"window": 1}
    assert b"Zz-wrong" not in path_for(vault_path).read_bytes()


def test_the_failures_are_shown_before_the_work_starts(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    guard = FailedLogins(vault_path)
    for minute in range(3):
        guard.add_failure(ADMIN, "cli", T0 + timedelta(minutes=minute))
    guard.add_failure("stranger", "window", T0)
    dialog = _dialog(qtbot, vault_path, T0 + timedelta(hours=1))
    _try(qtbot, dialog, ADMIN, PASSWORD)

    # The dialog stays, with the report and «Продолжить»; the vault is open behind it.
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.vault is not None
    text = dialog.login_report.text()
    assert text.startswith("С вашего последнего входа неудачных попыток входа под вашим именем: 3")
    assert "Если это были не вы, сообщите администратору." in text
    # An administrator also learns of unknown names, but not the names (maybe a password).
    assert "которых нет среди пользователей хранилища: 1, последняя" in text
    assert "stranger" not in text
    assert dialog.login_report.isVisible()
    assert dialog.open_button.text() == "Продолжить" and dialog.open_button.isEnabled()
    assert dialog.user_edit.isReadOnly() and dialog.password_edit.text() == ""
    assert not path_for(vault_path).exists()
    assert len(_failed_audit(gui_vault)) == 2

    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        dialog.open_button.click()
    assert dialog.vault is not None
    dialog.vault.close()


def test_leaving_after_the_report_closes_the_vault(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    FailedLogins(vault_path).add_failure(ADMIN, "window", T0)
    dialog = _dialog(qtbot, vault_path, T0 + timedelta(hours=1))
    _try(qtbot, dialog, ADMIN, PASSWORD)
    opened = dialog.vault
    assert opened is not None
    dialog.reject()
    assert dialog.vault is None
    assert dialog.result() == UnlockDialog.DialogCode.Rejected
    assert len(_failed_audit(gui_vault)) == 1  # reported all the same


def test_the_window_counts_down_and_keeps_the_name(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    guard = FailedLogins(vault_path)
    for second in range(5):
        guard.add_failure(ADMIN, "window", T0 + timedelta(seconds=second))
    now = [T0 + timedelta(seconds=14)]
    dialog = UnlockDialog(vault_path)
    dialog.clock = lambda: now[0]
    qtbot.addWidget(dialog)
    dialog.show()

    _try(qtbot, dialog, ADMIN, PASSWORD)  # the right password, refused unchecked
    assert dialog.vault is None
    assert dialog.countdown.isVisible()
    assert dialog.countdown.text() == (
        "Слишком много неудачных попыток входа под этим именем. Следующая попытка — "
        "через 0:20; до тех пор пароль не проверяется."
    )
    assert not dialog.open_error.isVisible()
    assert dialog.user_edit.text() == ADMIN  # what was typed stays
    assert not dialog.open_button.isEnabled()
    dialog.user_edit.setText("someone else")  # another name is not held up
    assert dialog.open_button.isEnabled()
    dialog.user_edit.setText(ADMIN)
    assert not dialog.open_button.isEnabled()

    now[0] = T0 + timedelta(seconds=30)
    dialog.countdown.tick()
    assert dialog.countdown.text().endswith("через 0:04; до тех пор пароль не проверяется.")
    now[0] = T0 + timedelta(seconds=34)
    dialog.countdown.tick()
    assert not dialog.countdown.isVisible()
    assert dialog.open_button.isEnabled()

    _try(qtbot, dialog, ADMIN, PASSWORD)
    assert dialog.vault is not None
    assert "под вашим именем: 5" in dialog.login_report.text()
    dialog.reject()


@pytest.fixture
def restore_russian(qapp: QApplication) -> Iterator[None]:
    yield
    language_switch.switch_language("ru")


def test_the_countdown_and_the_report_follow_a_language_switch(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, restore_russian: None
) -> None:
    guard = FailedLogins(vault_path)
    for second in range(5):
        guard.add_failure(ADMIN, "window", T0 + timedelta(seconds=second))
    now = [T0 + timedelta(seconds=14)]
    dialog = UnlockDialog(vault_path)
    dialog.clock = lambda: now[0]
    qtbot.addWidget(dialog)
    dialog.show()
    _try(qtbot, dialog, ADMIN, PASSWORD)
    language_switch.switch_language("en")
    assert dialog.countdown.text() == (
        "Too many failed login attempts under this name. The next attempt is possible in "
        "0:20; until then the password is not checked."
    )
    assert dialog.user_edit.text() == ADMIN

    now[0] = T0 + timedelta(minutes=1)
    dialog.countdown.tick()
    _try(qtbot, dialog, ADMIN, PASSWORD)
    assert dialog.login_report.text().startswith(
        "Failed login attempts under your name since your last login: 5"
    )
    language_switch.switch_language("kk")
    assert dialog.login_report.text().startswith("Соңғы кіруіңізден бері")
    assert dialog.open_button.text() == "Жалғастыру"
    dialog.reject()
