"""The first open of an older vault by this MigDesk, as the administrator sees it: the unlock
window says the vault is being upgraded (not «checking the password» for minutes), and the
main window says where the copy made before is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault, migrate
from tests.conftest import ADMIN, PASSWORD
from tests.vault.vault_files import set_revision

OLD = "0022"


@pytest.fixture
def old_vault(vault: Vault, vault_path: Path) -> Path:
    vault.close()
    set_revision(vault_path, OLD, ADMIN, PASSWORD)
    return vault_path


def test_the_unlock_window_says_the_vault_is_being_upgraded(qtbot: QtBot, old_vault: Path) -> None:
    dialog = UnlockDialog(old_vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_edit.setText(ADMIN)
    dialog.password_edit.setText(PASSWORD)
    steps = len(migrate.revisions_after(OLD))
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.open_button.click()
    assert dialog.vault is not None
    dialog.vault.close()
    qtbot.waitUntil(
        lambda: (
            dialog.open_busy.text()
            == f"Обновление хранилища для новой версии: шаг {steps} из {steps}…"
        ),
        timeout=10_000,
    )


def test_the_window_tells_the_administrator_where_the_copy_is(
    qtbot: QtBot, old_vault: Path
) -> None:
    from migdesk.ui.app import announce_migration  # here: the unlock test runs without it

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    with Vault.open(old_vault, ADMIN, PASSWORD) as opened:
        announce_migration(window, opened)
        assert opened.migrated is not None
        backup = opened.migrated.backup
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].windowTitle() == "Хранилище обновлено"
    assert str(backup) in boxes[0].text()
    boxes[0].accept()

    with Vault.open(old_vault, ADMIN, PASSWORD) as current:
        announce_migration(window, current)
    assert [box for box in window.findChildren(QMessageBox) if box.isVisible()] == []
