"""First start of an installed build on a new machine: the unlock window offers a new vault
in the user data directory and creates it there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

FIRST_START = """
import sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from migdesk.ui.app import initial_vault_path
from migdesk.ui.unlock import UnlockDialog

app = QApplication(sys.argv[:1])
dialog = UnlockDialog(initial_vault_path(None))
dialog.show()
app.processEvents()
print("path:", dialog.vault_path())
print("offers create:", dialog.create_button.isVisible(), dialog.open_button.isEnabled())
dialog.create_button.click()
dialog.admin_edit.setText("admin")
dialog.new_password_edit.setText(sys.argv[1])
dialog.repeat_edit.setText(sys.argv[1])
loop = QEventLoop()
dialog.accepted.connect(loop.quit)
QTimer.singleShot(60_000, loop.quit)
dialog.confirm_create_button.click()
loop.exec()
print("created:", dialog.vault is not None and dialog.vault.path)
dialog.vault.close()
"""


@pytest.mark.slow
def test_unlock_window_creates_the_vault_in_the_user_data_dir(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        "QT_QPA_PLATFORM": "offscreen",
        "MIGDESK_INSECURE_FAST_KDF": "1",
    }
    proc = subprocess.run(
        [sys.executable, "-c", FIRST_START, PASSWORD],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    expected = home / ".local" / "share" / "MigDesk" / "migdesk.vault"
    assert proc.stdout.splitlines() == [
        f"path: {expected}",
        "offers create: True False",
        f"created: {expected}",
    ]
    assert expected.is_file() and Path(str(expected) + ".keys").is_file()
    assert oct(expected.parent.stat().st_mode & 0o777) == "0o700"
