"""A message's attachments: stored ones with the latest check of their signature, files to be
saved with the next save, checking the electronic signature of an attached PDF, and a copy
of a stored one written to a file («Сохранить копию…», through the service the CLI's
``request attachment`` uses: role-checked, audited, the bytes as stored)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.requests.attachment_files import AttachmentFiles, SavedAttachment, received_note
from migdesk.requests.records import AttachmentInput, AttachmentMeta, RequestView
from migdesk.ui import messages
from migdesk.ui.display import local_time
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.kit import ID_ROLE, ProblemForm, read_attachment, size_text
from migdesk.ui.requests.signature_view import (
    SignatureDialog,
    SignatureReport,
    check_attachment,
    is_pdf,
    latest_statuses,
    stored_checks,
)
from migdesk.ui.save_dialogs import choose_save_path
from migdesk.ui.tasks import BackgroundOp
from migdesk.vault import Vault

if TYPE_CHECKING:  # pyHanko loads when a signature is first checked
    from migdesk.signing.checks import StoredCheck


class AttachmentsPanel(QGroupBox):
    def __init__(self, vault: Vault, problems: ProblemForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Вложения"))
        self.vault = vault
        self.view: RequestView | None = None
        self.pending: list[AttachmentInput] = []
        self.signature_dialog: SignatureDialog | None = None
        self.signature_op: BackgroundOp[SignatureReport] | None = None
        self.statuses_op: BackgroundOp[list[StoredCheck]] | None = None
        self.copy_op: BackgroundOp[SavedAttachment] | None = None
        self._signature_statuses: dict[int, str] = {}  # attachment id → latest check
        column = QVBoxLayout(self)
        self.attachments_list = QListWidget()
        self.attachments_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.attachments_list.setAccessibleName(self.title())  # wrapped: not the box's child
        self.add_file_button = QPushButton(self.tr("Приложить файл…"))
        self.add_file_button.clicked.connect(self._choose_attachment)
        self.verify_button = QPushButton(self.tr("Проверить подпись…"))
        self.verify_button.setToolTip(
            self.tr("Проверить электронную подпись вложения PDF по доверенным сертификатам")
        )
        self.verify_button.setEnabled(False)
        self.verify_button.clicked.connect(self.verify_selected)
        self.copy_button = QPushButton(self.tr("Сохранить копию…"))
        self.copy_button.setToolTip(
            self.tr("Записать выбранное вложение в файл в точности как оно хранится")
        )
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_selected)
        self.attachments_list.currentRowChanged.connect(self._attachment_selected)
        column.addWidget(problems.field("attachments", self.attachments_list))
        row = QHBoxLayout()
        row.addWidget(self.add_file_button)
        row.addWidget(self.verify_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        column.addLayout(row)

    def show_view(self, view: RequestView | None) -> None:
        """The stored attachments of ``view``; files not yet saved are dropped."""
        self.view = view
        self.pending = []
        self.show_attachments()
        if view is not None:
            self._load_signature_statuses(view)

    def set_editable(self, editable: bool) -> None:
        self.add_file_button.setEnabled(editable)

    def _choose_attachment(self) -> None:
        path = choose_file(self, self.tr("Вложение"), self.tr("Все файлы (*)"))
        if path is not None:
            self.add_attachment(path)

    def add_attachment(self, path: Path) -> None:
        try:
            self.pending.append(read_attachment(path))
        except OSError as exc:
            messages.show_error(self, str(exc.strerror or exc))
            return
        self.show_attachments()

    def show_attachments(self) -> None:
        current = self.attachments_list.currentRow()
        self.attachments_list.clear()
        if self.view is not None:
            for meta in self.view.attachments:
                where = (
                    self.tr(" (с шагом {seq})").format(seq=meta.step)
                    if meta.step is not None
                    else ""
                )
                # Local time of the workstation (DESIGN); «—»: stored before it was recorded.
                when = local_time(meta.added_at) if meta.added_at is not None else "—"
                added = self.tr("добавлено {when}").format(when=when)
                text = f"{meta.name}, {size_text(meta.size)}, {added}{where}"
                status = self._signature_statuses.get(meta.id)
                row = QListWidgetItem(f"{text} — {status}" if status else text)
                row.setData(ID_ROLE, meta.id)
                self.attachments_list.addItem(row)
        for item in self.pending:
            self.attachments_list.addItem(
                self.tr("{name}, {size} — будет сохранено").format(
                    name=item.name, size=size_text(len(item.data))
                )
            )
        if 0 <= current < self.attachments_list.count():
            self.attachments_list.setCurrentRow(current)
        self._attachment_selected()

    # --- signatures of attached PDFs (issue 5) -----------------------------------------------

    def selected_attachment(self) -> tuple[int, str] | None:
        """(id, name) of the selected stored attachment when it is a PDF."""
        item = self.attachments_list.currentItem()
        if item is None or self.view is None:
            return None
        attachment_id = item.data(ID_ROLE)
        for meta in self.view.attachments:
            if meta.id == attachment_id and is_pdf(meta.name, meta.mime):
                return meta.id, meta.name
        return None

    def open_letter(self, attachment_id: int) -> BackgroundOp[SignatureReport] | None:
        """A step's signed letter chosen in the history: selected here, its signature shown."""
        for row in range(self.attachments_list.count()):
            if self.attachments_list.item(row).data(ID_ROLE) == attachment_id:
                self.attachments_list.setCurrentRow(row)
                return self.verify_selected()
        return None

    def _attachment_selected(self) -> None:
        self.verify_button.setEnabled(
            self.selected_attachment() is not None and self.signature_op is None
        )
        self.copy_button.setEnabled(self.selected_stored() is not None and self.copy_op is None)

    # --- a copy of a stored attachment in a file ------------------------------------------

    def selected_stored(self) -> AttachmentMeta | None:
        """The selected stored attachment (any kind of file), ``None`` for a pending one."""
        item = self.attachments_list.currentItem()
        if item is None or self.view is None:
            return None
        attachment_id = item.data(ID_ROLE)
        return next((m for m in self.view.attachments if m.id == attachment_id), None)

    def copy_selected(self) -> BackgroundOp[SavedAttachment] | None:
        meta = self.selected_stored()
        if meta is None or self.copy_op is not None:
            return None
        suffix = Path(meta.name).suffix.lstrip(".")
        path = choose_save_path(
            self,
            self.tr("Сохранить копию вложения"),
            self.tr("Все файлы (*)"),
            meta.name,
            suffix=suffix,
        )
        return None if path is None else self.copy_to(meta.id, path)

    def copy_to(self, attachment_id: int, path: Path) -> BackgroundOp[SavedAttachment] | None:
        """Writes on a worker; the file dialog has already asked before replacing a file."""
        if self.view is None or self.copy_op is not None:
            return None
        files, request_id = AttachmentFiles(self.vault), self.view.id
        op: BackgroundOp[SavedAttachment] = BackgroundOp(
            self,
            lambda _ctx: files.save_attachment(request_id, attachment_id, path, overwrite=True),
        )
        self.copy_op = op
        self.copy_button.setEnabled(False)
        op.with_progress(self.tr("Сохранение копии вложения…"))
        op.on_success(self._copied).on_failure(self._copy_failed).run()
        return op

    def _copy_done(self) -> None:
        self.copy_op = None
        self._attachment_selected()

    def _copied(self, result: SavedAttachment) -> None:
        self._copy_done()
        if not result.ok:
            messages.show_error(self, result.message)
            return
        text = self.tr("Копия вложения сохранена: {path}").format(path=result.path)
        if result.received_from:
            text += "\n\n" + received_note(result.received_from)
        messages.show_info(self, self.tr("Копия сохранена"), text)

    def _copy_failed(self, exc: BaseException) -> None:
        self._copy_done()
        messages.show_error(self, messages.error_text(exc))

    def verify_selected(self) -> BackgroundOp[SignatureReport] | None:
        selected = self.selected_attachment()
        if selected is None or self.view is None or self.signature_op is not None:
            return None
        attachment_id, name = selected
        vault, request_id = self.vault, self.view.id
        op: BackgroundOp[SignatureReport] = BackgroundOp(
            self, lambda _ctx: check_attachment(vault, request_id, attachment_id, name)
        )
        self.signature_op = op
        self.verify_button.setEnabled(False)
        op.with_progress(self.tr("Проверка подписи…"))
        op.on_success(self._show_signatures).on_failure(self._verify_failed).run()
        return op

    def _verify_done(self) -> None:
        self.signature_op = None
        self._attachment_selected()

    def _verify_failed(self, exc: BaseException) -> None:
        self._verify_done()
        messages.show_error(self, messages.error_text(exc))

    def _show_signatures(self, report: SignatureReport) -> None:
        self._verify_done()
        self._set_signature_statuses(report.stored)
        if self.signature_dialog is not None:
            self.signature_dialog.close()
        dialog = SignatureDialog(report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._signatures_closed)
        self.signature_dialog = dialog
        dialog.open()

    def _signatures_closed(self) -> None:
        self.signature_dialog = None

    def _load_signature_statuses(self, view: RequestView) -> None:
        """The latest stored check of each attached PDF, read off the GUI thread."""
        if not any(is_pdf(meta.name, meta.mime) for meta in view.attachments):
            self._signature_statuses = {}
            return
        vault, request_id = self.vault, view.id
        op: BackgroundOp[list[StoredCheck]] = BackgroundOp(
            self, lambda _ctx: stored_checks(vault, request_id)
        )
        self.statuses_op = op

        def loaded(stored: list[StoredCheck]) -> None:
            if self.statuses_op is op:  # not overtaken by a later reload
                self.statuses_op = None
                self._set_signature_statuses(stored)

        # Only a label is missing when the read fails: nothing to interrupt the officer for.
        op.on_success(loaded).on_failure(lambda _exc: None).run()

    def _set_signature_statuses(self, stored: list[StoredCheck]) -> None:
        self._signature_statuses = latest_statuses(stored)
        self.show_attachments()
