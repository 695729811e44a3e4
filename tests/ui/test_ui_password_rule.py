"""The password rule in the window (real widgets, offscreen): the fields show it before
typing, every dialog that sets a password refuses a weak one next to the field, the
administrator's «Правило паролей…», and the notice after an unlock with an old short password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from migdesk.errors import WrongPassword
from migdesk.office import password_rule
from migdesk.office.users import UserService
from migdesk.security import audit
from migdesk.ui.app import announce_password_rule
from migdesk.ui.main_window import MainWindow
from migdesk.ui.password_rule import PasswordRuleDialog
from migdesk.ui.unlock import UnlockDialog
from migdesk.ui.user_edit_dialogs import PasswordDialog
from migdesk.ui.users_dialog import UsersDialog
from migdesk.vault import Vault
from migdesk.vault.keyslots import KeySlotFile, wrap_key
from tests.conftest import ADMIN, PASSWORD

GOOD = "тихая река у старой мельницы"
TOO_SHORT = "Пароль слишком короткий: нужно не меньше {count} символов."
TOO_COMMON = "Этот пароль слишком простой: его подбирают в первую очередь. Выберите другой."


def _window(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    return window


def test_add_user_shows_the_rule_and_refuses_a_weak_password(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    users = UsersDialog(UserService(gui_vault))
    qtbot.addWidget(users)
    users.show()
    add = users.add_user()
    assert add.password_edit.placeholderText() == "не меньше 10 символов"
    assert add.password_rule.isVisible() and "12345678" in add.password_rule.text()
    add.name_edit.setText("clerk.a")
    add.role_boxes[next(iter(add.role_boxes))].setChecked(True)
    for typed, expected in (("крот1", TOO_SHORT.format(count=10)), ("Qwerty123456", TOO_COMMON)):
        add.password_edit.setText(typed)
        add.repeat_edit.setText(typed)
        add.submit()
        qtbot.waitUntil(lambda: add.password_field.error.isVisible(), timeout=10_000)
        assert add.password_field.error.text() == expected
        qtbot.waitUntil(lambda: add.ok_button.isEnabled(), timeout=10_000)
    assert add.isVisible()
    assert [u.name for u in UserService(gui_vault).list()] == [ADMIN]


def test_own_password_change_refuses_a_weak_one(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    window = _window(qtbot, gui_vault)
    change = window.admin.change_own_password()
    assert change.password_edit.placeholderText() == "не меньше 10 символов"
    change.current_edit.setText(PASSWORD)
    change.password_edit.setText("admin-2026-admin")  # the user's own name inside
    change.repeat_edit.setText("admin-2026-admin")
    change.submit()
    qtbot.waitUntil(lambda: change.password_field.error.isVisible(), timeout=10_000)
    assert "имя пользователя" in change.password_field.error.text()
    with Vault.open(vault_path, ADMIN, PASSWORD):
        pass  # unchanged


def test_a_reset_follows_the_raised_minimum(qtbot: QtBot, gui_vault: Vault) -> None:
    UserService(gui_vault).add("clerk.a", "officer", GOOD)
    password_rule.set_password_min_length(gui_vault, 16)
    reset = PasswordDialog(UserService(gui_vault), "clerk.a")
    qtbot.addWidget(reset)
    reset.show()
    assert reset.password_edit.placeholderText() == "не меньше 16 символов"
    reset.password_edit.setText("река у мельницы")  # 15
    reset.repeat_edit.setText("река у мельницы")
    reset.submit()
    qtbot.waitUntil(lambda: reset.password_field.error.isVisible(), timeout=10_000)
    assert reset.password_field.error.text() == TOO_SHORT.format(count=16)


def test_first_run_shows_the_rule_and_refuses_a_short_password(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "new.vault"
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.create_button.click()
    assert dialog.new_password_edit.placeholderText() == "не меньше 10 символов"
    dialog.admin_edit.setText("chief")
    dialog.new_password_edit.setText("secret")
    dialog.repeat_edit.setText("secret")
    dialog.confirm_create_button.click()
    qtbot.waitUntil(lambda: dialog._op is None, timeout=10_000)
    assert dialog.create_error.text() == TOO_SHORT.format(count=10)
    assert dialog.vault is None and not path.exists()


def test_the_administrator_raises_the_minimum_in_the_window(qtbot: QtBot, gui_vault: Vault) -> None:
    window = _window(qtbot, gui_vault)
    assert window.admin.password_rule_action.isEnabled()
    dialog = window.admin.open_password_rule()
    assert isinstance(dialog, PasswordRuleDialog)
    assert dialog.length_spin.minimum() == 10 and dialog.length_spin.value() == 10
    dialog.length_spin.setValue(12)
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as saved:
        assert dialog.save()
    assert saved.args == [True]
    assert password_rule.password_min_length(gui_vault) == 12
    with gui_vault.read_session() as session:
        entries = audit.query(session, audit.AuditFilter(action="settings.password_min_length"))
        assert [e.user for e in entries] == [ADMIN]


def test_an_old_short_password_unlocks_and_is_asked_to_change(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    slots = KeySlotFile.load(vault_path)
    key = slots.unwrap(ADMIN, PASSWORD)
    slots.set_slot(wrap_key(slots.vault_id, ADMIN, "pw", key))  # set before the rule
    with Vault.open(vault_path, ADMIN, "pw") as old:
        assert old.password_falls_short
        window = _window(qtbot, old)
        window.show()
        announce_password_rule(window, old)
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        [box] = [b for b in boxes if b.isVisible()]
        assert "не отвечает действующему правилу" in box.text() and "pw" not in box.text()
        [change] = [b for b in box.buttons() if b.text() == "Сменить пароль…"]
        change.click()
        dialog = window.admin.opened["password"]
        assert isinstance(dialog, PasswordDialog) and dialog.own
        dialog.current_edit.setText("pw")
        dialog.password_edit.setText(GOOD)
        dialog.repeat_edit.setText(GOOD)
        with qtbot.waitSignal(dialog.finished, timeout=10_000):
            dialog.submit()
    with Vault.open(vault_path, ADMIN, GOOD) as renewed:
        assert not renewed.password_falls_short
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, ADMIN, "pw")


def test_a_good_password_gets_no_notice(qtbot: QtBot, gui_vault: Vault) -> None:
    window = _window(qtbot, gui_vault)
    window.show()
    announce_password_rule(window, gui_vault)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_the_minimum_takes_the_form_its_number_asks_for(qapp: QApplication) -> None:
    from migdesk.ui import i18n
    from migdesk.ui.password_rule import placeholder, rule_text

    assert placeholder(21) == "не меньше 21 символа"  # not «21 символов»
    assert placeholder(10) == "не меньше 10 символов"
    assert placeholder(22) == "не меньше 22 символов"
    assert rule_text(31).startswith("Не меньше 31 символа;")
    try:
        i18n.install_translators(qapp, "en")
        assert placeholder(21) == "at least 21 characters"
        i18n.install_translators(qapp, "kk")
        assert placeholder(21) == "кемінде 21 таңба"
        i18n.install_translators(qapp, "hy")
        assert placeholder(21) == "առնվազն 21 նիշ"
    finally:
        i18n.install_translators(qapp, "ru")
