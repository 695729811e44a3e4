"""The export dialog shows at once: its addressees, key and drives are read in the background
(#17), and what the officer typed meanwhile stays."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from migdesk.ui.drives import Target
from migdesk.ui.exchange import export_dialog
from migdesk.ui.exchange.export_dialog import ExportDialog
from migdesk.ui.exchange.export_setup import ExportSetup, read_setup
from migdesk.vault import Vault

GB = 1024**3


def test_the_dialog_shows_loading_and_keeps_what_was_typed(
    qtbot: QtBot, gui_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    threads: list[threading.Thread] = []
    drive = Target(tmp_path / "usb", "TRANSCEND", True, GB, GB)

    def slow_setup(vault: Vault, home_label: str) -> ExportSetup:
        threads.append(threading.current_thread())
        release.wait(10)
        setup = read_setup(vault, home_label)
        return ExportSetup([("AM-MIGRATION", "AM-MIGRATION — Армения")], setup.token, [drive])

    monkeypatch.setattr(export_dialog, "read_setup", slow_setup)
    dialog = ExportDialog(gui_vault, [])
    qtbot.addWidget(dialog)
    dialog.show()
    # Shown before the reads are done: «Загрузка…», nothing to start yet.
    assert dialog.setup_op is not None
    assert dialog.addressee.count() == 0 and not dialog.addressee.isEnabled()
    assert dialog.addressee.placeholderText() == "Загрузка…"
    assert dialog.targets.item(0).text() == "Загрузка…"
    assert dialog.current_target() is None
    assert not dialog.start_button.isEnabled()
    # The officer types a cover and chooses a folder meanwhile.
    dialog.cover.setPlainText("Для сведения")
    folder = Target(tmp_path, "Моя папка", False, GB, -1)
    dialog.targets.setCurrentItem(dialog.add_target(folder))
    release.set()
    qtbot.waitUntil(lambda: dialog.setup_op is None, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.addressee.currentData() == "AM-MIGRATION" and dialog.addressee.isEnabled()
    assert dialog.cover.toPlainText() == "Для сведения"
    # The drives first, the folder chosen still there and still chosen.
    listed = [dialog.targets.item(row).text() for row in range(dialog.targets.count())]
    assert [text.split(":")[0] for text in listed] == ["Съёмный носитель", "Папка"]
    assert dialog.current_target() == folder
    assert "ключом этого хранилища" in dialog.hint.text()
