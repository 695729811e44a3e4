"""An empty export window says what to do (issue 13.20)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from migdesk.ui.exchange.export_dialog import ExportDialog
from migdesk.vault import Vault


def test_without_a_trusted_partner_the_window_says_what_is_missing(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    dialog = ExportDialog(gui_vault, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.setup_op is None, timeout=10_000)
    assert dialog.addressee.count() == 0
    assert "Нет получателей" in dialog.requests_note.text()
    assert "authority trust" in dialog.requests_note.text()
    assert not dialog.start_button.isEnabled()
