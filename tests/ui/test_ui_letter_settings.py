"""«Бланк и подписание…» and «Данные для писем…» (issue 13, item 8): administrators enter
the letterhead, the four-eyes rule and a user's full name, position and phone; the
services check and store them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from migdesk.office import four_eyes
from migdesk.office.users import UserService
from migdesk.requests.letterhead import LetterheadService
from migdesk.ui.letter_settings import LetterheadDialog
from migdesk.ui.main_window import MainWindow
from migdesk.ui.users_dialog import UsersDialog
from migdesk.vault import Vault
from tests.support.gui import save_dialog


def test_letterhead_dialog_stores_the_letterhead_and_the_rule(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    assert window.admin.letterhead_action.isEnabled()
    dialog = window.admin.open_letterhead()
    assert isinstance(dialog, LetterheadDialog) and dialog.four_eyes_box.isChecked()
    dialog.names_edit.setPlainText("Министерство внутренних дел Республики Казахстан\n\nКомитет")
    dialog.address_edit.setText("010000, г. Астана, пр. Тәуелсіздік, 1")
    dialog.email_edit.setText("не адрес")
    assert not save_dialog(qtbot, dialog)
    assert "электронной почты" in dialog.error.text() and dialog.isVisible()
    dialog.email_edit.setText("migration@example.kz")
    dialog.four_eyes_box.setChecked(False)
    dialog.resize(1366 * 2 // 3, 520)
    dialog.grab().save("/tmp/letters/letterhead_dialog.png")
    assert save_dialog(qtbot, dialog)
    head = LetterheadService(gui_vault).get("KZ-MVD")
    assert head.name_lines == ("Министерство внутренних дел Республики Казахстан", "Комитет")
    assert head.email == "migration@example.kz" and head.phone is None
    assert not four_eyes.is_enabled(gui_vault)


def test_profile_dialog_from_the_users_list(qtbot: QtBot, gui_vault: Vault) -> None:
    users = UsersDialog(UserService(gui_vault))
    qtbot.addWidget(users)
    users.show()
    users.select(gui_vault.user)
    dialog = users.edit_profile()
    assert dialog is not None
    dialog.full_name_edit.setText("Администраторов Адам Адамович")  # type: ignore[attr-defined]
    dialog.position_edit.setText("Главный специалист")  # type: ignore[attr-defined]
    dialog.phone_edit.setText("буквы")  # type: ignore[attr-defined]
    assert not save_dialog(qtbot, dialog)  # type: ignore[arg-type]
    dialog.phone_edit.setText("+7 (7172) 71-20-15")  # type: ignore[attr-defined]
    dialog.grab().save("/tmp/letters/profile_dialog.png")
    assert save_dialog(qtbot, dialog)  # type: ignore[arg-type]
    info = next(u for u in UserService(gui_vault).list() if u.name == gui_vault.user)
    assert (info.full_name, info.position, info.phone) == (
        "Администраторов Адам Адамович",
        "Главный специалист",
        "+7 (7172) 71-20-15",
    )
    assert users.table.item(0, 1).text() == "Администраторов Адам Адамович"  # type: ignore[union-attr]
