"""«Подписать и напечатать»: the latest document of our side of each selected request, signed
with one key (asked once), printed in one job and/or saved to a folder, with a progress bar
and «Отмена». A document that fails (no letter, signer not authorised…) is reported at the
end; the others go on (unless the token is pulled out: then every document left is reported
unsigned). A letter already signed (its signed PDF kept with the request) is not signed
again: it is shown «уже подписано» and named so at the end. After a cancel, what was
finished is printed and recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.atomic import write_atomic
from migdesk.errors import InvalidInput
from migdesk.reports.documents.choices import DocumentChoice, request_choices
from migdesk.requests.service import RequestService
from migdesk.requests.signed_copy import AlreadySigned
from migdesk.signing.credentials import Credentials, KeyUnavailable
from migdesk.signing.produce import DocumentProducer
from migdesk.signing.service import SigningService
from migdesk.ui import messages
from migdesk.ui.documents.document_work import file_name
from migdesk.ui.documents.keys import KeyChooser, KeySource
from migdesk.ui.documents.printing import PrintJob
from migdesk.ui.geometry import fit_window
from migdesk.ui.save_dialogs import choose_folder
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import ERROR_STYLE, OK_STYLE, hint_label
from migdesk.vault import Vault


@dataclass(frozen=True)
class BatchItem:
    request_id: str
    title: str  # «№ 12»
    choice: DocumentChoice | None  # None: the request has no letter of ours
    signed: bool = False  # its signed PDF is kept already: not signed again


@dataclass
class BatchOutcome:
    signed: list[str] = field(default_factory=list)
    printed_pages: int = 0
    saved: list[Path] = field(default_factory=list)
    failed: list[tuple[str, BaseException]] = field(default_factory=list)
    already_signed: list[str] = field(default_factory=list)  # skipped: signed before
    cancelled: bool = False


def batch_items(
    service: RequestService, signing: SigningService, request_ids: list[str]
) -> list[BatchItem]:
    """Worker: each request's latest document of ours, and whether it is signed already."""
    items = []
    for request_id in request_ids:
        view = service.get(request_id)
        choices = request_choices(view)
        choice = choices[-1] if choices else None
        signed = choice is not None and signing.signed_before(choice.kind, choice.record_id)
        items.append(BatchItem(request_id, f"№ {view.number}", choice, bool(signed)))
    return items


class BatchDialog(QDialog):
    loaded = Signal()
    completed = Signal(object)  # BatchOutcome

    def __init__(self, vault: Vault, request_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Подписать и напечатать — MigDesk"))
        self.vault = vault
        self.producer = DocumentProducer(vault)
        self.items: list[BatchItem] = []
        self.op: BackgroundOp[BatchOutcome] | None = None
        self.outcome: BatchOutcome | None = None
        self.print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None

        self.list = QListWidget()
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.chooser = KeyChooser()
        key_box = QGroupBox(self.tr("Ключ подписанта (один для всех документов)"))
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(self.chooser)

        self.print_check = QCheckBox(self.tr("Напечатать (с местом для собственноручной подписи)"))
        self.print_check.setChecked(True)
        self.save_check = QCheckBox(self.tr("Сохранить подписанные PDF в папку"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        folder_button = QPushButton(self.tr("Выбрать папку…"))
        folder_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.save_check)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(folder_button)
        self.problem = hint_label("")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()

        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.report.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.start_button = QPushButton(self.tr("Подписать и напечатать"))
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.ask)
        self.close_button = QPushButton(self.tr("Закрыть"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Документы нашей Стороны по выбранным запросам:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(key_box)
        layout.addWidget(self.print_check)
        layout.addLayout(folder_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.report)
        layout.addLayout(buttons)
        fit_window(self, "document_batch", 760, 640)
        self._load(request_ids)

    # --- loading ---------------------------------------------------------------------------

    def _load(self, request_ids: list[str]) -> None:
        service = RequestService(self.vault)
        self.summary.setText(self.tr("Загрузка…"))
        signing = self.producer.signing
        BackgroundOp(self, lambda _ctx: batch_items(service, signing, request_ids)).on_success(
            self._show_items
        ).on_failure(self._load_failed).run()

    def _show_items(self, items: list[BatchItem]) -> None:
        self.items = items
        self.list.clear()
        for item in items:
            what = item.choice.label if item.choice else self.tr("нет документа нашей Стороны")
            if item.signed:
                what = self.tr("{document} — уже подписано").format(document=what)
            self.list.addItem(f"{item.title}: {what}")
        self.summary.setText(self.tr("Документов: {count}").format(count=len(items)))
        self.start_button.setEnabled(bool(items))
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.summary.setText("")
        messages.show_error(self, messages.error_text(exc))

    def _choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Папка для подписанных документов"))
        if folder is not None:
            self.folder_edit.setText(str(folder))
            self.save_check.setChecked(True)

    # --- running ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.op is not None

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def ask(self) -> None:
        """Checks the form, asks for the printer if printing, then starts."""
        if self.busy:
            return
        source = self.chooser.source()
        if source is None:
            return
        folder = Path(self.folder_edit.text()) if self.save_check.isChecked() else None
        if self.save_check.isChecked() and not self.folder_edit.text():
            self._show_problem(self.tr("Выберите папку для подписанных документов."))
            return
        if not self.print_check.isChecked():
            if folder is None:
                self._show_problem(self.tr("Отметьте печать или сохранение в папку."))
                return
            self.start(source, None, folder)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Печать документов"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start(source, printer, folder))
        dialog.finished.connect(lambda _code: setattr(self, "print_dialog", None))
        self._printer = printer
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def start(self, source: KeySource, printer: QPrinter | None, folder: Path | None) -> None:
        if self.busy or not self.items:
            return
        self._show_problem("")
        self.chooser.clear_secrets()
        self._printer = printer
        items, producer = list(self.items), self.producer
        no_document = self.tr("Для запроса {title} нет письма нашей Стороны для подписания.")

        def work(ctx: TaskContext) -> BatchOutcome:
            return run_batch(ctx, producer, items, source, printer, folder, no_document)

        self.report.hide()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Выполняется…"))
        op = (
            BackgroundOp(self, work)
            .with_progress(self.tr("Подписание и печать документов…"), len(items))
            .on_success(self._finished)
            .on_failure(self._failed)
        )
        self.op = op
        self.start_button.setEnabled(False)
        op.run()

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def _failed(self, exc: BaseException) -> None:
        """The key could not be opened, or the printer refused: nothing was done."""
        self.op = None
        self.start_button.setEnabled(True)
        self.summary.setText("")
        messages.show_error(self, messages.error_text(exc))

    def _finished(self, outcome: BatchOutcome) -> None:
        self.op = None
        self.outcome = outcome
        self.start_button.setEnabled(True)
        parts = [self.tr("Подписано: {count}").format(count=len(outcome.signed))]
        if self._printer is not None:
            parts.append(self.tr("напечатано страниц: {pages}").format(pages=outcome.printed_pages))
        if outcome.saved:
            parts.append(self.tr("сохранено файлов: {count}").format(count=len(outcome.saved)))
        if outcome.already_signed:
            parts.append(
                self.tr("уже подписано ранее: {count}").format(count=len(outcome.already_signed))
            )
        parts.append(self.tr("не выполнено: {count}").format(count=len(outcome.failed)))
        text = "; ".join(parts) + "."
        if outcome.cancelled:
            text = self.tr("Отменено. {summary}").format(summary=text)
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if outcome.failed else OK_STYLE)
        signed_before = self.tr("уже подписано, не подписывалось повторно")
        lines = [f"{title}: {signed_before}" for title in outcome.already_signed]
        lines += [f"{title}: {messages.error_text(exc)}" for title, exc in outcome.failed]
        self.report.setPlainText("\n".join(lines))
        self.report.setVisible(bool(lines))
        self.completed.emit(outcome)


def run_batch(
    ctx: TaskContext,
    producer: DocumentProducer,
    items: list[BatchItem],
    source: KeySource,
    printer: QPrinter | None,
    folder: Path | None,
    no_document: str,
) -> BatchOutcome:
    """Worker. The key is opened once (a wrong password ends the batch before anything is
    signed); each document then fails or succeeds on its own."""
    with source.load() as credentials:
        return _sign_all(ctx, producer, items, credentials, printer, folder, no_document)


def _sign_all(
    ctx: TaskContext,
    producer: DocumentProducer,
    items: list[BatchItem],
    credentials: Credentials,
    printer: QPrinter | None,
    folder: Path | None,
    no_document: str,
) -> BatchOutcome:
    outcome = BatchOutcome()
    job = PrintJob(printer) if printer is not None else None
    printed = []
    try:
        for index, item in enumerate(items):
            if ctx.cancelled():
                outcome.cancelled = True
                break
            ctx.progress(index, len(items))
            try:
                if item.choice is None:
                    raise InvalidInput(no_document.format(title=item.title))
                if item.signed:  # a registered letter is signed once
                    outcome.already_signed.append(item.title)
                    continue
                produced = producer.sign(item.choice, credentials)
                outcome.signed.append(item.title)
                if folder is not None:
                    path = folder / file_name(produced)
                    write_atomic(path, produced.pdf)
                    outcome.saved.append(path)
                if job is not None:
                    paper = producer.paper(produced)
                    outcome.printed_pages += job.add(paper.pdf)
                    printed.append((produced, paper))
            except AlreadySigned:  # signed since the list was loaded (a run before this one)
                outcome.already_signed.append(item.title)
            except KeyUnavailable as exc:
                # The token is gone: the rest would fail alike, each is named unsigned.
                outcome.failed += [(rest.title, exc) for rest in items[index:]]
                break
            except Exception as exc:  # noqa: BLE001 — reported per document at the end
                outcome.failed.append((item.title, exc))
        ctx.progress(len(items), len(items))
    finally:
        if job is not None:
            job.finish()
    if printer is not None:
        copies = max(1, printer.copyCount())
        for produced, paper in printed:
            producer.record_printed(produced, paper, copies)
    return outcome
