"""Entry point ``migdesk``: language, unlock dialog, main window; locking returns to unlock.

Vault path: ``--vault PATH``, else ``$MIGDESK_VAULT``, else the last vault opened here,
else ``migdesk.vault`` in the user data directory.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from migdesk.buildinfo import VersionAction
from migdesk.paths import default_vault_path, restrict_umask
from migdesk.ui import messages, preload, settings, tasks
from migdesk.ui.app_icon import app_icon
from migdesk.ui.gui_thread_gc import GuiThreadCollector
from migdesk.ui.i18n import install_translators, startup_language
from migdesk.ui.language_menu import apply_user_language
from migdesk.ui.main_window import MainWindow
from migdesk.ui.switch_interval import favour_the_gui_thread
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="migdesk", description="MigDesk")
    parser.add_argument("--vault", type=Path, help="файл хранилища")
    parser.add_argument("--version", action=VersionAction)
    known, _qt_args = parser.parse_known_args(argv)
    return known


def initial_vault_path(cli_path: Path | None) -> Path:
    if cli_path is not None:
        return cli_path
    if os.environ.get("MIGDESK_VAULT"):
        return default_vault_path()
    return settings.last_vault_path() or default_vault_path()


def _report_unexpected(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Last resort for errors in slots: no message text (it may hold personal data)."""
    where = ""
    while tb is not None:
        where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    sys.stderr.write(f"MigDesk: internal error {kind.__name__} at {where}\n")
    if QApplication.instance() is not None:
        messages.show_error(QApplication.activeWindow(), messages.error_text(exc))


def announce_migration(window: QWidget, vault: Vault) -> None:
    """An older vault was just brought up to this schema: the administrator learns it, and
    where the copy made before is (the way back to the older MigDesk)."""
    if vault.migrated is not None:
        box = messages.show_info(
            window,
            QCoreApplication.translate("Controller", "Хранилище обновлено"),
            vault.migrated.notice(),
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path


def announce_password_rule(window: MainWindow, vault: Vault) -> None:
    """The password just typed opens the vault but the rule would refuse it today: asked once
    per session (each password unlock) to change it (Art. 11.4)."""
    if vault.password_falls_short:
        from migdesk.office.password_rule import password_min_length
        from migdesk.ui.password_rule import announce_outdated_password

        announce_outdated_password(
            window, password_min_length(vault), window.admin.change_own_password
        )


# If the registry's first search fails, the preload still starts (later than a fill takes).
PRELOAD_FALLBACK_MS = 5000


def preload_after_first_fill(window: MainWindow) -> None:
    """Start loading the modules of later windows once the registry shows its first page:
    started earlier, those imports would hold the GIL against the registry's first read and
    paint, and delay the usable window they are meant not to delay (#17)."""
    window.registry.search_finished.connect(lambda _count: preload.start())
    QTimer.singleShot(PRELOAD_FALLBACK_MS, preload.start)


class Controller:
    """Unlock → main window → (lock) → unlock …; the vault is closed in between."""

    def __init__(self, vault_path: Path) -> None:
        self.vault_path = vault_path
        self.vault: Vault | None = None
        self.window: MainWindow | None = None
        self.last_user: str | None = None  # after a lock, the dialog asks only the password

    def unlock(self, note: str | None = None) -> bool:
        dialog = UnlockDialog(self.vault_path)
        if note:
            dialog.show_note(note)  # why the vault locked and what became of unsaved cards
        if self.last_user:
            dialog.user_edit.setText(self.last_user)
            dialog.password_edit.setFocus()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        vault = dialog.vault
        dialog.deleteLater()
        if not accepted or vault is None:
            return False
        self.vault = vault
        self.vault_path = vault.path
        apply_user_language(vault)  # before the window is built: it opens in that language
        self.window = MainWindow(vault)
        self.window.lock_requested.connect(self._locked)
        self.window.exit_requested.connect(self._exited)
        self.window.show()
        announce_migration(self.window, vault)
        announce_password_rule(self.window, vault)
        preload_after_first_fill(self.window)
        return True

    def _close_window_and_vault(self) -> None:
        tasks.wait_for_all()  # no worker may still read from the vault being closed
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        if self.vault is not None:
            self.vault.close()
            self.vault = None

    def _locked(self) -> None:
        note = self.window.lock_note if self.window is not None else None
        self.last_user = self.vault.user if self.vault is not None else None
        self._close_window_and_vault()
        if not self.unlock(note):
            QCoreApplication.quit()
        elif (
            note
            and self.window is not None
            # The note is about the session that locked: another user who logs in at the
            # locked window gets none of its drafts, so is not told of them.
            and self.vault is not None
            and self.vault.user == self.last_user
        ):
            self.window.statusBar().showMessage(note, 60_000)

    def _exited(self) -> None:
        self._close_window_and_vault()
        QCoreApplication.quit()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    restrict_umask()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("MigDesk")
    app.setDesktopFileName("migdesk")  # the installed migdesk.desktop (taskbar grouping, icon)
    app.setWindowIcon(app_icon())
    install_translators(app, startup_language())  # the unlock window: the system locale
    sys.excepthook = _report_unexpected
    collector = GuiThreadCollector(app)  # no collection on worker threads (see its module)
    favour_the_gui_thread()  # a busy worker hands the GIL back within 1 ms (see its module)
    try:
        controller = Controller(initial_vault_path(args.vault))
        if not controller.unlock():
            return 0
        # The controller quits explicitly: locking closes the last window without ending it.
        app.setQuitOnLastWindowClosed(False)
        return app.exec()
    finally:
        collector.uninstall()


if __name__ == "__main__":
    raise SystemExit(main())
