"""Unlock dialog on real vault files: wrong and right password, new vault, remembered key."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault, remember
from tests.conftest import ADMIN, PASSWORD


def _dialog(qtbot: QtBot, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _finish(qtbot: QtBot, dialog: UnlockDialog) -> None:
    qtbot.waitUntil(lambda: dialog._op is None, timeout=10_000)


@pytest.fixture
def opened(request: pytest.FixtureRequest) -> list[Vault]:
    vaults: list[Vault] = []

    def close_all() -> None:
        for opened_vault in vaults:
            opened_vault.close()

    request.addfinalizer(close_all)
    return vaults


def test_wrong_password_shows_russian_error_and_dialog_stays(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    dialog = _dialog(qtbot, vault_path)
    dialog.user_edit.setText(ADMIN)
    dialog.password_edit.setText("not the password")
    dialog.open_button.click()
    assert not dialog.open_button.isEnabled()  # busy while the key is derived
    _finish(qtbot, dialog)
    assert dialog.open_error.isVisible()
    assert dialog.open_error.text() == "Неверное имя пользователя или пароль."
    assert dialog.isVisible()
    assert dialog.vault is None
    assert dialog.password_edit.text() == ""  # cleared for the next try
    assert dialog.open_button.isEnabled()


def test_right_password_opens_the_vault(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, opened: list[Vault]
) -> None:
    dialog = _dialog(qtbot, vault_path)
    dialog.user_edit.setText(ADMIN)
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.open_button.click()
    assert dialog.vault is not None
    opened.append(dialog.vault)
    assert dialog.vault.user == ADMIN
    assert dialog.vault.vault_id == gui_vault.vault_id
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.password_edit.text() == ""


def test_file_that_is_not_a_vault_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.vault"
    bogus.write_bytes(b"just some bytes")
    dialog = _dialog(qtbot, bogus)
    dialog.user_edit.setText(ADMIN)
    dialog.password_edit.setText(PASSWORD)
    dialog.open_button.click()
    _finish(qtbot, dialog)
    assert "не является хранилищем MigDesk" in dialog.open_error.text()
    assert dialog.vault is None


def test_missing_file_offers_to_create_a_new_vault(
    qtbot: QtBot, tmp_path: Path, opened: list[Vault]
) -> None:
    path = tmp_path / "office" / "new.vault"
    dialog = _dialog(qtbot, path)
    assert dialog.create_button.isVisible()
    assert not dialog.open_button.isEnabled()

    dialog.create_button.click()
    assert dialog.current_page() == 1
    assert dialog.new_path_label.text() == str(path)
    codes = [dialog.authority_combo.itemData(i) for i in range(dialog.authority_combo.count())]
    assert codes == ["KZ-MVD", "KZ-MTSZN", "AM-POLICE", "AM-MIGRATION"]
    dialog.authority_combo.setCurrentIndex(codes.index("AM-MIGRATION"))
    dialog.admin_edit.setText("chief")
    dialog.new_password_edit.setText("first secret")
    dialog.repeat_edit.setText("other secret")
    dialog.confirm_create_button.click()
    assert dialog.create_error.text() == "Пароли не совпадают."
    assert not path.exists()

    dialog.repeat_edit.setText("first secret")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.confirm_create_button.click()
    assert dialog.vault is not None
    opened.append(dialog.vault)
    assert path.is_file()
    assert dialog.vault.setting("own_authority") == "AM-MIGRATION"
    assert "administrator" in (dialog.vault.user_role("chief") or "")


def test_creating_with_empty_password_shows_domain_message(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "empty.vault")
    dialog.create_button.click()
    dialog.admin_edit.setText("chief")
    dialog.confirm_create_button.click()
    _finish(qtbot, dialog)
    assert dialog.create_error.text() == "Пароль не может быть пустым."
    assert dialog.vault is None
    assert not (tmp_path / "empty.vault").exists()


def test_remember_option_hidden_without_secure_store(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(remember, "secure_backend_available", lambda: False)
    dialog = _dialog(qtbot, vault_path)
    assert dialog.remember_box is None


def test_remember_stores_key_and_later_opens_without_password(
    qtbot: QtBot,
    gui_vault: Vault,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[Vault],
) -> None:
    store: dict[tuple[str, str], bytes] = {}
    monkeypatch.setattr(remember, "secure_backend_available", lambda: True)

    def remember_key(vault_id: str, user: str, key: bytes) -> bool:
        store[(vault_id, user)] = key
        return True

    monkeypatch.setattr(remember, "remember_key", remember_key)
    monkeypatch.setattr(remember, "recall_key", lambda vault_id, user: store.get((vault_id, user)))
    monkeypatch.setattr(remember, "forget_key", lambda vault_id, user: store.pop((vault_id, user)))

    dialog = _dialog(qtbot, vault_path)
    assert dialog.remember_box is not None
    assert dialog.remember_box.text() == "Запомнить на этом компьютере"
    dialog.remember_box.setChecked(True)
    dialog.user_edit.setText(ADMIN)
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.open_button.click()
    assert dialog.vault is not None
    opened.append(dialog.vault)
    assert list(store) == [(gui_vault.vault_id, ADMIN)]

    again = _dialog(qtbot, vault_path)
    assert again.remember_box is not None
    again.remember_box.setChecked(True)
    again.user_edit.setText(ADMIN)
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again.open_button.click()  # no password typed
    assert again.vault is not None
    opened.append(again.vault)


def test_unlock_forgets_key_when_box_cleared(
    qtbot: QtBot,
    gui_vault: Vault,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[Vault],
) -> None:
    forgotten: list[tuple[str, str]] = []
    monkeypatch.setattr(remember, "secure_backend_available", lambda: True)
    monkeypatch.setattr(remember, "recall_key", lambda vault_id, user: None)
    monkeypatch.setattr(remember, "forget_key", lambda *key: forgotten.append(key))
    dialog = _dialog(qtbot, vault_path)
    assert dialog.remember_box is not None and not dialog.remember_box.isChecked()
    dialog.user_edit.setText(ADMIN)
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.open_button.click()
    assert dialog.vault is not None
    opened.append(dialog.vault)
    assert forgotten == [(gui_vault.vault_id, ADMIN)]


def _record_browse(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from migdesk.ui import unlock

    browsed: list[str] = []

    def record(*_args: object, **_kwargs: object) -> None:
        browsed.append("chooser")

    monkeypatch.setattr(unlock, "choose_file", record)
    return browsed


@pytest.mark.parametrize("field", ["user_edit", "password_edit", "path_edit"])
def test_enter_in_any_field_unlocks_and_opens_no_chooser(
    qtbot: QtBot,
    gui_vault: Vault,
    vault_path: Path,
    opened: list[Vault],
    monkeypatch: pytest.MonkeyPatch,
    field: str,
) -> None:
    """Issue 13.1: Enter unlocks, nothing else (the «Обзор…» chooser never opens)."""
    from PySide6.QtCore import Qt

    browsed = _record_browse(monkeypatch)
    dialog = _dialog(qtbot, vault_path)
    dialog.activateWindow()
    dialog.user_edit.setText(ADMIN)
    dialog.password_edit.setText(PASSWORD)
    edit = getattr(dialog, field)
    edit.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.vault is not None
    opened.append(dialog.vault)
    assert browsed == []


def test_escape_cancels_the_login(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    browsed = _record_browse(monkeypatch)
    dialog = _dialog(qtbot, vault_path)
    dialog.user_edit.setFocus()
    with qtbot.waitSignal(dialog.rejected, timeout=2_000):
        qtbot.keyClick(dialog.user_edit, Qt.Key.Key_Escape)
    assert browsed == []
    assert dialog.vault is None


def test_only_the_open_button_is_a_default_button(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    dialog = _dialog(qtbot, vault_path)
    defaults = [
        b.text() for b in dialog.findChildren(QPushButton) if b.autoDefault() or b.isDefault()
    ]
    assert defaults == ["Открыть"]


def test_create_page_can_create_a_demo_vault(
    qtbot: QtBot, tmp_path: Path, opened: list[Vault]
) -> None:
    from migdesk.demo_vault import is_demo_vault

    dialog = _dialog(qtbot, tmp_path / "new.vault")
    dialog.create_button.click()
    dialog.admin_edit.setText(ADMIN)
    dialog.new_password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD)
    assert not dialog.demo_box.isChecked()
    dialog.demo_box.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.confirm_create_button.click()
    assert dialog.vault is not None
    opened.append(dialog.vault)
    assert is_demo_vault(dialog.vault)


def test_new_vault_offers_the_authorities_the_registry_is_seeded_with(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    from migdesk.office.registry_reads import authority_full_names

    dialog = _dialog(qtbot, tmp_path / "other" / "new.vault")
    combo = dialog.authority_combo
    offered = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    seeded = authority_full_names(vault)  # a new vault's registry (migration 0003)
    assert offered == {code: f"{code} — {name}" for code, name in seeded.items()}


@pytest.mark.parametrize(
    ("user", "typed", "expected"),
    [
        # The Latin password typed with the Russian layout on: «correct» → «сщккусе».
        (ADMIN, "сщккусе рщкыу", ["русской раскладке"]),
        (ADMIN, "CORRECT HORSE", ["Caps Lock", "латинскими буквами"]),
        # An unknown user gets the same hint as a wrong password: no name is revealed.
        ("nobody", "сщккусе рщкыу", ["русской раскладке"]),
    ],
)
def test_a_wrong_password_says_what_layout_and_case_were_typed(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, user: str, typed: str, expected: list[str]
) -> None:
    dialog = _dialog(qtbot, vault_path)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(typed)
    dialog.open_button.click()
    _finish(qtbot, dialog)
    assert dialog.open_error.text() == "Неверное имя пользователя или пароль."
    assert dialog.typing_hint.isVisible()
    for words in expected:
        assert words in dialog.typing_hint.text()
    assert typed not in dialog.typing_hint.text()
    dialog.password_edit.setText("1234")  # no letters: nothing to say of the layout
    dialog.open_button.click()
    assert not dialog.typing_hint.isVisible()
    _finish(qtbot, dialog)
    assert not dialog.typing_hint.isVisible()
