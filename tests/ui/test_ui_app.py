"""The ``migdesk`` entry point: vault path choice and a whole unlock → work → lock run."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from migdesk.ui import app, settings
from migdesk.ui.main_window import MainWindow
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD
from tests.ui.conftest import REAL_DIALOG_EXEC, REAL_MESSAGE_BOX_EXEC


def test_vault_path_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MIGDESK_VAULT", raising=False)
    default = app.initial_vault_path(None)
    assert default.name == "migdesk.vault"

    settings.remember_vault_path(tmp_path / "last.vault")
    assert app.initial_vault_path(None) == tmp_path / "last.vault"

    monkeypatch.setenv("MIGDESK_VAULT", str(tmp_path / "env.vault"))
    assert app.initial_vault_path(None) == tmp_path / "env.vault"

    cli = app.parse_args(["--vault", str(tmp_path / "cli.vault")]).vault
    assert app.initial_vault_path(cli) == tmp_path / "cli.vault"


def _poll(condition: Callable[[], QWidget | None], then: Callable[[QWidget], None]) -> None:
    """Run ``then`` on the widget ``condition`` returns, as soon as there is one."""

    def tick() -> None:
        found = condition()
        if found is None:
            QTimer.singleShot(20, tick)
        else:
            then(found)

    QTimer.singleShot(20, tick)


def _visible(kind: type[QWidget]) -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def test_main_unlocks_works_locks_and_quits(
    qapp: QApplication, gui_vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGE_BOX_EXEC)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    steps: list[str] = []

    def unlock(widget: QWidget) -> None:
        assert isinstance(widget, UnlockDialog)
        steps.append("unlock")
        widget.user_edit.setText(ADMIN)
        widget.password_edit.setText(PASSWORD)
        widget.open_button.click()
        _poll(lambda: _visible(MainWindow), work)

    def work(widget: QWidget) -> None:
        assert isinstance(widget, MainWindow)
        steps.append(f"main window for {widget.vault.user}")
        _poll(lambda: _visible(UnlockDialog), leave)
        widget.lock()

    def leave(widget: QWidget) -> None:
        steps.append("unlock again")
        widget.close()  # «Выход» at the unlock dialog ends the program

    _poll(lambda: _visible(UnlockDialog), unlock)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(qapp.quit)
    timeout.start(20_000)
    umask = os.umask(0o077)
    os.umask(umask)
    try:
        code = app.main(["--vault", str(vault_path)])
    finally:
        timeout.stop()
        qapp.setQuitOnLastWindowClosed(True)
        os.umask(umask)  # main() restricts it for the whole process; later tests get theirs back
    assert code == 0
    assert steps == ["unlock", "main window for admin", "unlock again"]
    assert settings.last_vault_path() == vault_path


def test_unexpected_errors_are_reported_without_their_text(
    qapp: QApplication, capfd: pytest.CaptureFixture[str]
) -> None:
    try:
        raise ValueError("Тестов Пробный, паспорт N12345678")
    except ValueError as exc:
        app._report_unexpected(type(exc), exc, exc.__traceback__)
    out, err = capfd.readouterr()
    assert "ValueError" in err
    assert "Тестов" not in out + err and "N12345678" not in out + err
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert boxes and all("Тестов" not in b.text() for b in boxes)
    for box in boxes:
        box.close()
