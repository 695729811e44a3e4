"""«Пользователи» and «Сменить пароль…»: every change through UserService, roles respected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from migdesk.errors import WrongPassword
from migdesk.office.users import UserService
from migdesk.security import audit
from migdesk.ui.main_window import MainWindow
from migdesk.ui.user_edit_dialogs import AddUserDialog, PasswordDialog
from migdesk.ui.users_dialog import UsersDialog
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD


def _dialog(qtbot: QtBot, vault: Vault) -> UsersDialog:
    dialog = UsersDialog(UserService(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(dialog: UsersDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(3)]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def _actions(vault: Vault, qtbot: QtBot) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    return window


def test_lists_users_with_russian_role_labels(qtbot: QtBot, gui_vault: Vault) -> None:
    UserService(gui_vault).add(
        "boss", "supervisor,officer", "head of unit pass 1", "Руководитель Тест"
    )
    dialog = _dialog(qtbot, gui_vault)
    assert _rows(dialog) == [
        [ADMIN, "", "администратор, сотрудник"],
        ["boss", "Руководитель Тест", "сотрудник, руководитель"],
    ]
    dialog.select(ADMIN)
    assert dialog.reset_button.isEnabled()
    assert not dialog.remove_button.isEnabled()  # not oneself
    dialog.select("boss")
    assert dialog.remove_button.isEnabled()


def _fill(dialog: AddUserDialog, name: str, password: str, repeat: str, *roles: str) -> None:
    dialog.name_edit.setText(name)
    dialog.full_name_edit.setText("Сотрудник Тестовый")
    for role, box in dialog.role_boxes.items():
        box.setChecked(role.value in roles)
    dialog.password_edit.setText(password)
    dialog.repeat_edit.setText(repeat)


def test_add_user_runs_through_the_service(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    dialog = _dialog(qtbot, gui_vault)
    add = dialog.add_user()
    _fill(add, "officer1", "officer-password", "officer-password", "officer")
    with qtbot.waitSignal(add.finished, timeout=10_000):
        add.submit()
    assert ["officer1", "Сотрудник Тестовый", "сотрудник"] in _rows(dialog)
    assert dialog.selected_name() == "officer1"
    with Vault.open(vault_path, "officer1", "officer-password") as other:
        assert other.current_roles() == {"officer"}
    with gui_vault.read_session() as session:
        assert [
            e.record_id for e in audit.query(session, audit.AuditFilter(action="user.add"))
        ] == ["officer1"]


def test_add_user_shows_mismatch_and_domain_messages(qtbot: QtBot, gui_vault: Vault) -> None:
    dialog = _dialog(qtbot, gui_vault)
    add = dialog.add_user()
    _fill(add, "officer1", "one-password", "another desk pass 1", "officer")
    add.submit()
    assert add.password_field.error.text() == "Пароли не совпадают."
    assert add.isVisible()

    _fill(add, "x", "one-password", "one-password", "officer")  # too short a name
    add.submit()
    qtbot.waitUntil(lambda: add.name_field.error.isVisible(), timeout=10_000)
    assert "2–64 латинские буквы" in add.name_field.error.text()

    _fill(add, "nobody1", "one-password", "one-password")  # no role ticked
    add.submit()
    qtbot.waitUntil(lambda: add.error.isVisible(), timeout=10_000)
    assert add.error.text() == "Не указана роль пользователя."
    assert [r[0] for r in _rows(dialog)] == [ADMIN]


def test_reset_password_of_another_user(qtbot: QtBot, gui_vault: Vault, vault_path: Path) -> None:
    UserService(gui_vault).add("officer1", "officer", "old-password")
    dialog = _dialog(qtbot, gui_vault)
    dialog.select("officer1")
    reset = dialog.reset_password()
    assert reset is not None and not reset.own
    assert not reset.current_edit.isVisibleTo(reset)  # an administrator does not know it
    reset.password_edit.setText("new-password")
    reset.repeat_edit.setText("new-password")
    with qtbot.waitSignal(reset.finished, timeout=10_000):
        reset.submit()
    with Vault.open(vault_path, "officer1", "new-password"):
        pass
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, "officer1", "old-password")


def test_remove_asks_and_can_be_cancelled(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, answer_message_box: Any
) -> None:
    UserService(gui_vault).add("gone", "officer", "leaving soon pass 1")
    dialog = _dialog(qtbot, gui_vault)
    dialog.select("gone")
    asked = answer_message_box(QMessageBox.StandardButton.Cancel)
    assert not dialog.remove_user()
    assert "gone" in [r[0] for r in _rows(dialog)]
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.remove_finished, timeout=10_000) as removed:
        assert dialog.remove_user()  # on a worker (#17)
    assert removed.args == [True]
    assert "Удалить пользователя «gone»?" in asked[0]
    assert [r[0] for r in _rows(dialog)] == [ADMIN]
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, "gone", "leaving soon pass 1")


def test_own_password_needs_the_current_one(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    window = _actions(gui_vault, qtbot)
    change = window.admin.change_own_password()
    assert isinstance(change, PasswordDialog) and change.own
    change.current_edit.setText("wrong")
    change.password_edit.setText("brand-new-password")
    change.repeat_edit.setText("brand-new-password")
    change.submit()
    qtbot.waitUntil(lambda: change.current_field.error.isVisible(), timeout=10_000)
    assert change.current_field.error.text() == "Текущий пароль указан неверно."
    with Vault.open(vault_path, ADMIN, PASSWORD):
        pass  # unchanged

    change.current_edit.setText(PASSWORD)
    with qtbot.waitSignal(change.finished, timeout=10_000):
        change.submit()
    with Vault.open(vault_path, ADMIN, "brand-new-password"):
        pass


def test_officer_sees_administration_disabled_but_may_change_own_password(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    UserService(gui_vault).add("officer1", "officer", "officer-password")
    with Vault.open(vault_path, "officer1", "officer-password") as officer:
        window = _actions(officer, qtbot)
        admin = window.admin
        assert not admin.users_action.isEnabled()
        assert not admin.audit_action.isEnabled()
        assert not admin.backup_action.isEnabled()
        assert not admin.idle_lock_action.isEnabled()
        assert admin.retention_action.isEnabled()
        assert admin.password_action.isEnabled()
        assert admin.users_action.toolTip() == "Недоступно для ваших ролей"
        # Even if opened, the list comes from the domain, which refuses it.
        dialog = _dialog(qtbot, officer)
        assert "управление пользователями" in dialog.error.text()
        assert not dialog.add_button.isEnabled()
        window.close()
        dialog.close()


def test_a_pure_administrator_gets_no_person_registry_tab(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    """Administrators do not read person records (Art. 11): no «Реестр лиц» tab that would
    only show the refusal of its every search, and no search is run for them."""
    from PySide6.QtCore import QThreadPool

    UserService(gui_vault).add("admin2", "administrator", "admin-password-2")
    with Vault.open(vault_path, "admin2", "admin-password-2") as admin_only:
        window = _actions(admin_only, qtbot)
        window.show()
        QThreadPool.globalInstance().waitForDone(10_000)
        tabs = window.requests.tabs
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        assert titles == ["Сроки исполнения", "Запросы"]
        assert window.registry.count_label.text() == ""
        window.close()
    with Vault.open(vault_path, ADMIN, PASSWORD) as officer_too:
        window = _actions(officer_too, qtbot)
        tabs = window.requests.tabs
        assert [tabs.tabText(i) for i in range(tabs.count())] == [
            "Сроки исполнения",
            "Реестр лиц",
            "Запросы",
        ]
        qtbot.waitUntil(lambda: window.registry.last_count == 0, timeout=10_000)
        window.close()


def test_removing_oneself_is_greyed_out_with_the_reason(qtbot: QtBot, gui_vault: Vault) -> None:
    """«Удалить…» was just grey on one's own row; the domain's refusal is now its tooltip."""
    UserService(gui_vault).add("other", "officer", "a second desk pass 1")
    dialog = _dialog(qtbot, gui_vault)
    dialog.select(ADMIN)
    assert not dialog.remove_button.isEnabled()
    assert dialog.remove_button.toolTip() == "Нельзя удалить самого себя."
    dialog.select("other")
    assert dialog.remove_button.isEnabled() and not dialog.remove_button.toolTip()


def test_a_wrong_current_password_in_the_dialog_counts_as_a_failed_login(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    """Session 18 left it uncounted: an unattended unlocked desk was a free guessing ground."""
    from migdesk.vault.login_guard import FailedLogins

    window = _actions(gui_vault, qtbot)
    change = window.admin.change_own_password()
    for attempt in range(1, 3):
        change.current_edit.setText(f"guess-number-{attempt}")
        change.password_edit.setText("brand-new-password")
        change.repeat_edit.setText("brand-new-password")
        change.submit()
        qtbot.waitUntil(lambda: change.ok_button.isEnabled(), timeout=10_000)
        record = FailedLogins(vault_path).record(ADMIN)
        assert record is not None and record.count == attempt
        assert record.sources == {"window": attempt}
    assert change.current_field.error.text() == "Текущий пароль указан неверно."


def test_the_administrator_ends_a_login_wait_from_the_users_window(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    from migdesk.vault.login_guard import FailedLogins

    UserService(gui_vault).add("officer1", "officer", "officer-password-1")
    guard = FailedLogins(vault_path)
    dialog = _dialog(qtbot, gui_vault)
    dialog.select("officer1")
    assert not dialog.wait_button.isEnabled()
    assert dialog.wait_button.toolTip() == "Пользователь не ждёт входа."
    for _ in range(5):
        guard.add_failure("officer1", "window")
    dialog.select(ADMIN)
    dialog.select("officer1")
    assert dialog.wait_button.isEnabled()
    assert dialog.wait_button.toolTip().startswith("Неудачных попыток входа: 5; следующая")
    assert dialog.clear_wait()
    qtbot.waitUntil(lambda: dialog.status.isVisible(), timeout=10_000)
    assert dialog.status.text() == (
        "Ожидание входа пользователя «officer1» снято. Неудачных попыток: 5; о них "
        "пользователю сообщат при следующем входе."
    )
    assert not dialog.wait_button.isEnabled()
    record = guard.record("officer1")
    assert record is not None and record.count == 5 and not record.held
    [entry] = gui_vault.raw_execute(
        "SELECT user, record_id FROM audit_log WHERE action = 'auth.wait_cleared'"
    )
    assert entry == (ADMIN, "officer1")
