"""No personal data outside the vault: settings, output streams, temporary files."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from migdesk.persons.service import PersonService
from migdesk.ui import settings
from migdesk.ui.main_window import MainWindow
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, sample_person
from tests.support.gui import save_card

ALLOWED_KEYS = {"vault/last_path"} | {f"geometry/{name}" for name in settings.GEOMETRY_KEYS}
PERSONAL = ("Тестов", "TESTOV", "Секретова", "SEKRETOVA", "N12345678", "Образцово")


def _session(qtbot: QtBot, vault: Vault, vault_path: Path) -> None:
    """Unlock, search, open, edit, fail validation, save, close: a typical working session."""
    unlock = UnlockDialog(vault_path)
    qtbot.addWidget(unlock)
    unlock.show()
    unlock.user_edit.setText(ADMIN)
    unlock.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(unlock.accepted, timeout=10_000):
        unlock.open_button.click()
    assert unlock.vault is not None
    unlock.vault.close()

    person_id = PersonService(vault).add(sample_person()).id
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    window.registry.search_edit.setText("Тестов")
    qtbot.waitUntil(lambda: window.registry.last_count == 1, timeout=10_000)
    form = window.open_person(person_id)
    assert form is not None
    qtbot.waitUntil(lambda: not form.loading, timeout=10_000)  # read in the background
    form.main_tab.edits["surname_ru"].setText("Секретова")
    form.main_tab.edits["surname_lat"].setText("SEKRETOVА")  # Cyrillic А: refused
    assert save_card(qtbot, form) is False
    form.main_tab.edits["surname_lat"].setText("")
    assert save_card(qtbot, form) is True
    form.close()
    window.close()


def test_settings_hold_only_vault_path_and_geometry(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, isolated_settings: Path
) -> None:
    _session(qtbot, gui_vault, vault_path)
    stored = settings.app_settings()
    stored.sync()
    keys = set(stored.allKeys())
    assert keys <= ALLOWED_KEYS
    assert {"vault/last_path", "geometry/main_window", "geometry/person_form"} <= keys
    text = Path(stored.fileName()).read_bytes().decode("utf-8", "replace")
    assert not [word for word in PERSONAL if word in text]
    qt_project = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert "FileDialog/history" not in qt_project.allKeys()


def test_no_personal_data_on_stdout_or_stderr(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    _session(qtbot, gui_vault, vault_path)
    out, err = capfd.readouterr()
    assert not [word for word in PERSONAL if word in out + err]


def test_no_temporary_files(
    qtbot: QtBot,
    gui_vault: Vault,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _session(qtbot, gui_vault, vault_path)
    assert list(scratch.iterdir()) == []
