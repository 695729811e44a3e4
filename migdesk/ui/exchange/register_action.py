"""«Реестр передачи…»: the courier transmittal register for chosen outgoing bundles, as PDF.

Shared by the bundle log (selected rows) and the export dialog (the bundle just written).
The file name is asked for in a dialog that leaves no trace; the register is built from the
bundle log, rendered, recorded in the audit trail and written atomically in the background
(``migdesk.exchange.register``), so the window stays responsive.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from migdesk.exchange.register import RegisterResult, register_lines, write_register
from migdesk.ui import messages
from migdesk.ui.save_dialogs import choose_save_path
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.vault import Vault


class RegisterPrinter(QObject):
    """One register at a time for ``parent``; ``printed`` carries the RegisterResult."""

    printed = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget) -> None:
        super().__init__(parent)
        self.vault = vault
        self.widget = parent
        self.op: BackgroundOp[RegisterResult] | None = None

    def ask_and_print(self, bundle_ids: list[str]) -> BackgroundOp[RegisterResult] | None:
        if self.op is not None or not bundle_ids:
            return None
        path = choose_save_path(
            self.widget,
            self.tr("Реестр передачи пакетов"),
            self.tr("Документы PDF (*.pdf)"),
            self.tr("Реестр передачи пакетов {date}.pdf").format(
                date=date.today().strftime("%d.%m.%Y")
            ),
        )
        if path is None:
            return None
        return self.start(bundle_ids, path)

    def start(self, bundle_ids: list[str], path: Path) -> BackgroundOp[RegisterResult]:
        vault, ids = self.vault, list(bundle_ids)

        def work(_ctx: TaskContext) -> RegisterResult:
            return write_register(vault, path, register_lines(vault, ids))

        self.op = (
            BackgroundOp(self.widget, work)
            .with_progress(self.tr("Составление реестра передачи…"))
            .on_success(self._done)
            .on_failure(self._failed)
            .run()
        )
        return self.op

    def _done(self, result: RegisterResult) -> None:
        self.op = None
        messages.show_info(
            self.widget,
            self.tr("Реестр составлен"),
            self.tr("Реестр передачи сохранён: {path}\nПакетов в реестре: {count}.").format(
                path=result.path, count=result.bundles
            ),
        )
        self.printed.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        messages.show_error(self.widget, messages.error_text(exc))
