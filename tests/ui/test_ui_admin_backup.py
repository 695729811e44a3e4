"""«Резервная копия…»: removable drives first, backup in the background, errors, reminder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from migdesk.demo import synthetic_persons
from migdesk.office.users import UserService
from migdesk.persons.bulk import bulk_add
from migdesk.ui import backup_action
from migdesk.ui.backup_action import BackupDialog
from migdesk.ui.drives import Target, order_targets
from migdesk.ui.main_window import MainWindow
from migdesk.vault import Vault
from migdesk.vault.backup import BackupError, backup, check_copy

GB = 1024**3


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A «removable drive» (a folder) offered first, the home folder after it."""
    folder = tmp_path / "usb"
    folder.mkdir()
    home = tmp_path / "home"
    home.mkdir()

    def targets(home_label: str) -> list[Target]:
        return order_targets(
            [
                Target(home, home_label, False, 50 * GB, 100 * GB),
                Target(folder, "TRANSCEND", True, 7 * GB, 8 * GB),
            ]
        )

    monkeypatch.setattr(backup_action, "list_targets", targets)
    return folder


def _dialog(qtbot: QtBot, vault: Vault) -> BackupDialog:
    dialog = BackupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_removable_drives_come_first() -> None:
    targets = [
        Target(Path("/home/u"), "Домашняя папка", False, 1, 2),
        Target(Path("/media/u/B"), "B", True, 1, 2),
        Target(Path("/media/u/a"), "a", True, 1, 2),
    ]
    assert [t.label for t in order_targets(targets)] == ["a", "B", "Домашняя папка"]


def test_backup_to_the_removable_drive(qtbot: QtBot, gui_vault: Vault, stick: Path) -> None:
    bulk_add(gui_vault, synthetic_persons(200, seed=3), validate=False)
    dialog = _dialog(qtbot, gui_vault)
    first = dialog.list.item(0)
    assert first is not None and first.text().startswith("Съёмный носитель: TRANSCEND")
    assert "свободно" in first.text()
    assert dialog.current_target() is not None and dialog.current_target().path == stick  # type: ignore[union-attr]
    op = dialog.start()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=60_000)
    result = dialog.backup_result
    assert result is not None and result.path.parent == stick
    assert result.persons == 200
    assert check_copy(result.path, gui_vault.data_key) == 200
    assert result.keys_path.exists()
    assert not dialog.isVisible()


def test_cancel_leaves_nothing_that_looks_like_a_backup(
    qtbot: QtBot, gui_vault: Vault, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, gui_vault)
    real = backup

    def cancelled_first(vault: Vault, folder: Path, progress: Any, **options: Any) -> Any:
        assert dialog.op is not None
        dialog.op.cancel()  # as if «Отмена» were pressed before the first step ended
        return real(vault, folder, progress, **options)

    monkeypatch.setattr(backup_action, "backup", cancelled_first)
    op = dialog.start()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=60_000)
    assert dialog.backup_result is None
    assert dialog.error.text() == "Резервное копирование отменено; неполная копия удалена."
    assert list(stick.iterdir()) == []


def test_backup_errors_are_shown_in_the_dialog(
    qtbot: QtBot, gui_vault: Vault, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = f"Носитель «{stick}» недоступен (извлечён?): резервная копия не создана."

    def pulled(*_args: Any, **_options: Any) -> Any:
        raise BackupError(message)

    monkeypatch.setattr(backup_action, "backup", pulled)
    dialog = _dialog(qtbot, gui_vault)
    op = dialog.start()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=10_000)
    assert dialog.error.text() == message
    assert dialog.isVisible() and dialog.start_button.isEnabled()


def test_missing_folder_is_the_domain_message(qtbot: QtBot, gui_vault: Vault, stick: Path) -> None:
    dialog = _dialog(qtbot, gui_vault)
    stick.rmdir()  # the drive was pulled after the list was made
    op = dialog.start()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=10_000)
    assert dialog.error.text() == f"Каталог «{stick}» не найден."


def test_reminder_for_administrators_until_a_backup_is_made(
    qtbot: QtBot, gui_vault: Vault, stick: Path
) -> None:
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    reminder = window.admin.reminder
    assert reminder.isVisible()
    assert "ещё не создавалась" in reminder.text()
    dialog = window.admin.open_backup()
    op = dialog.start()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=60_000)
    assert not reminder.isVisible()


def test_no_reminder_and_no_backup_for_officers(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    UserService(gui_vault).add("officer1", "officer", "officer-password")
    with Vault.open(vault_path, "officer1", "officer-password") as officer:
        window = MainWindow(officer)
        qtbot.addWidget(window)
        window.show()
        assert not window.admin.reminder.isVisible()
        assert not window.admin.backup_action.isEnabled()
        window.close()
