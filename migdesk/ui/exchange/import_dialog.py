"""«Загрузить пакет…»: pick a ``.mdbundle`` folder, preview what would change (a dry run in
the background), decide every conflict, then import in the background.

Nothing is overwritten silently: a conflict (a local record that differs from the bundle's
and was not simply updated by the same provider) is shown with the differing fields, and
«Загрузить» stays disabled until each one is decided — keep ours, or take the bundle's.
Refusals keep the domain's Russian reason (wrong addressee, broken signature, replay…).
Requests and letters the bundle carries are listed with the domain's sentence
(``describe_request_change``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.exchange import (
    ImportResult,
    Resolution,
    StagedImport,
    apply_staged,
    release_staged,
    stage_import,
)
from migdesk.ui import messages
from migdesk.ui.change_bus import publish
from migdesk.ui.exchange.import_preview import ImportPreviewPanel, request_counts
from migdesk.ui.geometry import fit_window
from migdesk.ui.save_dialogs import choose_folder
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import OK_STYLE, error_label, hint_label
from migdesk.vault import Vault


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(
        self, vault: Vault, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.op: BackgroundOp[Any] | None = None
        self.preview: ImportResult | None = None
        self.staged: StagedImport | None = None  # verified and decrypted once, kept to apply
        self.outcome: ImportResult | None = None
        self.setWindowTitle(self.tr("Загрузить пакет — MigDesk"))
        fit_window(self, "bundle_import", 820, 620)

        self.path_edit = QLineEdit(str(path) if path else "")
        self.path_edit.setPlaceholderText(self.tr("Папка пакета *.mdbundle"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Выбрать папку…"))
        browse.clicked.connect(self.browse)
        self.check_button = QPushButton(self.tr("Проверить"))
        self.check_button.clicked.connect(self.run_preview)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        path_row.addWidget(self.check_button)

        self.preview_panel = ImportPreviewPanel()
        self.preview_panel.decided.connect(self._update_import_button)
        panel = self.preview_panel
        # The panel's parts, as the dialog has always named them.
        self.summary, self.tree, self.warnings = panel.summary, panel.tree, panel.warnings
        self.conflicts, self.conflicts_label = panel.conflicts, panel.conflicts_label
        self.error = error_label()
        self.done_label = QLabel()
        self.done_label.setStyleSheet(OK_STYLE)
        self.done_label.setWordWrap(True)

        self.import_button = QPushButton(self.tr("Загрузить"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Закрыть"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Сначала пакет проверяется и показывается, что изменится; хранилище при этом "
                    "не меняется. Загрузка выполняется целиком или не выполняется вовсе."
                )
            )
        )
        layout.addLayout(path_row)
        layout.addWidget(self.error)
        layout.addWidget(self.preview_panel, 1)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)
        self._clear()
        self._path_changed()

    # --- state -------------------------------------------------------------------------------

    def bundle_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _path_changed(self) -> None:
        if self.op is None:
            self._clear()
            self.check_button.setEnabled(bool(self.path_edit.text().strip()))

    def _clear(self) -> None:
        self.preview = None
        if self.staged is not None:  # its attachments, staged in the vault, go with the next import
            release_staged(self.staged)
        self.staged = None  # frees the decrypted records
        self.preview_panel.clear()
        self.error.hide()
        self.done_label.hide()
        self.import_button.setEnabled(False)

    def browse(self) -> None:
        folder = choose_folder(self, self.tr("Папка пакета (*.mdbundle)"))
        if folder is not None:
            self.path_edit.setText(str(folder))
            self.run_preview()

    def _set_busy(self, busy: bool) -> None:
        self.path_edit.setReadOnly(busy)
        self.check_button.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
        else:
            self._update_import_button()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- preview -----------------------------------------------------------------------------

    def run_preview(self) -> BackgroundOp[Any] | None:
        if self.op is not None or not self.path_edit.text().strip():
            return None
        self._clear()
        vault, path = self.vault, self.bundle_path()

        def work(ctx: TaskContext) -> StagedImport:
            # The one decrypting pass: what it staged is applied by run_import from memory.
            return stage_import(vault, path, progress=ctx.progress, cancelled=ctx.cancelled)

        return self._run(work, self.tr("Проверка и расшифровка пакета…"), self._previewed)

    def _run(
        self,
        work: Callable[[TaskContext], Any],
        label: str,
        success: Callable[[Any], None],
    ) -> BackgroundOp[Any]:
        self._set_busy(True)
        self.op = (
            BackgroundOp(self, work)
            .with_progress(label)
            .on_success(success)
            .on_failure(self._failed)
            .on_cancelled(self._cancelled)
            .run()
        )
        return self.op

    def _previewed(self, staged: StagedImport) -> None:
        self.op = None
        self.staged = staged
        result = staged.result
        self.preview = result
        self.preview_panel.show_result(result)
        self._set_busy(False)

    def links(self) -> list[str]:
        """Incoming persons the officer chose to link to their local match."""
        return self.preview_panel.links()

    def set_resolution(self, row: int, choice: int) -> None:
        self.preview_panel.set_resolution(row, choice)

    def resolutions(self) -> dict[str, Resolution] | None:
        """Per conflicting person id, or None while one is undecided."""
        return self.preview_panel.resolutions()

    def _update_import_button(self) -> None:
        ready = (
            self.op is None
            and self.preview is not None
            and self.preview.status == "preview"
            and self.outcome is None
            and self.resolutions() is not None
        )
        self.import_button.setEnabled(ready)

    # --- import ------------------------------------------------------------------------------

    def run_import(self) -> BackgroundOp[Any] | None:
        resolutions = self.resolutions()
        staged = self.staged
        if self.op is not None or staged is None or resolutions is None:
            return None
        vault, links = self.vault, self.links()
        self.error.hide()

        def work(ctx: TaskContext) -> ImportResult:
            # While the import waits for its matching thread: persons matched of the new
            # ones, and a cancel there rolls it all back (the staged bundle stays).
            return apply_staged(
                vault, staged, resolutions, links, progress=ctx.progress, cancelled=ctx.cancelled
            )

        return self._run(work, self.tr("Загрузка пакета…"), self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.op = None
        self.outcome = result
        p = result.preview
        if result.status == "imported":
            registered, letters = request_counts(p)
            text = self.tr(
                "Пакет № {sequence} от {sender} загружен: новых лиц — {new}, обновлено — "
                "{updated}, зарегистрировано запросов и сообщений — {requests}, записано писем "
                "по запросам — {letters}, подтверждено наших пакетов — {acks}."
            ).format(
                sequence=result.sequence,
                sender=result.sender,
                new=len(p.new_persons),
                updated=len(p.updated_persons),
                requests=registered,
                letters=letters,
                acks=len(p.acknowledged),
            )
        else:
            text = self.tr("Пакет уже был загружен ранее; ничего не изменено.")
        self.done_label.setText(text)
        self.done_label.show()
        self._set_busy(False)
        publish(result.changes)
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self._set_busy(False)
        self.import_button.setEnabled(False)
        self._show_error(
            self.tr("Пакет отклонён: {reason}").format(reason=messages.error_text(exc))
        )

    def _cancelled(self) -> None:
        self.op = None
        self._set_busy(False)
        self._show_error(self.tr("Отменено; хранилище не изменено."))

    def done(self, result: int) -> None:
        if self.op is not None:
            self.op.cancel()
            return
        if self.staged is not None:
            release_staged(self.staged)
        super().done(result)
