"""«Документ»: one document of a request, a step or a person — preview (QtPdf), sign, print,
save as. A thin face over ``migdesk.signing.produce``: building, rendering,
signing (Art. 9.3 check) and recording happen there, in a worker.

The preview shows the document as it will be printed (wet-signature block); once signed,
the signed PDF with its stamp. Printing always gives the paper copy with the
wet-signature block; a saved file is the signed PDF when there is one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.atomic import write_atomic
from migdesk.errors import InvalidInput
from migdesk.reports.documents.choices import (
    DocumentChoice,
    person_sheet_choice,
    request_choices,
)
from migdesk.reports.documents.consent_letter import ConsentTerms
from migdesk.reports.documents.service import BuildOptions
from migdesk.requests.records import RequestView
from migdesk.requests.signatories import SignatoryService
from migdesk.signing.produce import DocumentProducer, Produced
from migdesk.ui import messages
from migdesk.ui.documents.consent_terms import ConsentTermsDialog
from migdesk.ui.documents.document_facts import DocumentFacts
from migdesk.ui.documents.document_work import file_name, print_document, shown, signed_with
from migdesk.ui.documents.keys import KeyDialog, KeySource
from migdesk.ui.documents.preview import PdfPreview
from migdesk.ui.geometry import fit_window
from migdesk.ui.save_dialogs import choose_save_path
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import OK_STYLE, hint_label
from migdesk.vault import Vault

T = TypeVar("T")


class DocumentDialog(QDialog):
    shown = Signal()  # a document (signed or not) is in the preview
    printed = Signal(int)  # pages
    saved = Signal(Path)

    def __init__(
        self,
        vault: Vault,
        choices: list[DocumentChoice],
        parent: QWidget | None = None,
        *,
        current: int = -1,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Документ — MigDesk"))
        self.vault = vault
        self.producer = DocumentProducer(vault)
        self.choices = choices
        self.produced: Produced | None = None
        self.op: BackgroundOp[Any] | None = None
        self.key_dialog: KeyDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None
        self._may_sign = SignatoryService(vault).may_sign()
        # A consent letter's terms, per step (record id), as last typed in this window.
        self.terms: dict[str, ConsentTerms] = {}
        self.terms_dialog: ConsentTermsDialog | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_combo.setMinimumContentsLength(40)
        for choice in choices:
            self.kind_combo.addItem(choice.label, choice.record_id)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.render_current())

        self.facts = DocumentFacts()
        self.number_label, self.pages_label = self.facts.number_label, self.facts.pages_label
        self.sha_label, self.state_label = self.facts.sha_label, self.facts.state_label
        self.status_label = hint_label("")
        info = QFormLayout()
        info.addRow(self.tr("Документ"), self.kind_combo)
        self.facts.add_rows(info)

        self.preview = PdfPreview()

        self.terms_button = QPushButton(self.tr("Условия согласия…"))
        self.terms_button.clicked.connect(self.ask_terms)
        self.terms_button.hide()
        self.sign_button = QPushButton(self.tr("Подписать…"))
        self.sign_button.clicked.connect(self.ask_key)
        if not self._may_sign:
            self.sign_button.setToolTip(
                self.tr(
                    "Подписывает руководитель или сам уполномоченный подписант "
                    "(п.\u00a03 ст.\u00a09)"
                )
            )
        self.print_button = QPushButton(self.tr("Печать…"))
        self.print_button.clicked.connect(self.ask_printer)
        self.save_button = QPushButton(self.tr("Сохранить как…"))
        self.save_button.clicked.connect(self.ask_save_path)
        close_button = QPushButton(self.tr("Закрыть"))
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.terms_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(info)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        fit_window(self, "document", 900, 1000)
        self._update_buttons()
        if choices:
            # By default the latest letter that needs nothing typed (a consent letter asks).
            plain = [i for i, c in enumerate(choices) if not c.needs_terms] or [len(choices) - 1]
            self.kind_combo.setCurrentIndex(current if current >= 0 else plain[-1])
            if self.kind_combo.currentIndex() == 0:  # no index change signal for the first
                self.render_current()
        else:
            self.status_label.setText(self.tr("Для этой записи документов нашей Стороны нет."))

    @classmethod
    def for_request(
        cls, vault: Vault, view: RequestView, parent: QWidget | None = None
    ) -> DocumentDialog:
        dialog = cls(vault, request_choices(view, with_consent=True), parent)
        # Named context: lupdate filed ``dialog.tr`` under «dialog», so it was never found.
        title = QCoreApplication.translate("DocumentDialog", "Документы по № {number} — MigDesk")
        dialog.setWindowTitle(title.format(number=view.number))
        return dialog

    @classmethod
    def for_person(
        cls, vault: Vault, person_id: str, parent: QWidget | None = None
    ) -> DocumentDialog:
        return cls(vault, [person_sheet_choice(person_id)], parent)

    # --- state -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.op is not None

    def current_choice(self) -> DocumentChoice | None:
        index = self.kind_combo.currentIndex()
        return self.choices[index] if 0 <= index < len(self.choices) else None

    def _update_buttons(self) -> None:
        ready = self.produced is not None and not self.busy
        self.kind_combo.setEnabled(not self.busy and len(self.choices) > 1)
        choice = self.current_choice()
        self.terms_button.setVisible(choice is not None and choice.needs_terms)
        self.terms_button.setEnabled(not self.busy)
        self.sign_button.setEnabled(
            ready and self._may_sign and self.produced is not None and not self.produced.signed
        )
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _start(
        self,
        work: Callable[[TaskContext], T],
        done: Callable[[T], None],
        *,
        progress: str | None = None,
        busy_text: str = "",
    ) -> None:
        def finished(value: T) -> None:
            self.op = None
            self.status_label.setText("")
            done(value)
            self._update_buttons()

        op = BackgroundOp(self, work).on_success(finished)
        op.on_failure(self._failed).on_cancelled(self._cancelled)
        if progress is not None:
            op.with_progress(progress)
        self.op = op
        self.status_label.setStyleSheet("")
        self.status_label.setText(busy_text)
        self._update_buttons()
        op.run()

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.status_label.setText("")
        self._update_buttons()
        messages.show_error(self, messages.error_text(exc))

    def _cancelled(self) -> None:
        self.op = None
        self.status_label.setText(self.tr("Отменено."))
        self._update_buttons()

    # --- render ----------------------------------------------------------------------------

    def render_current(self) -> None:
        choice = self.current_choice()
        if choice is None or self.busy:
            return
        producer = self.producer
        self.produced = None
        self.preview.clear()
        self.facts.show(None)
        options = BuildOptions()
        if choice.needs_terms:
            terms = self.terms.get(choice.record_id or "")
            if terms is None:
                self._update_buttons()
                self.status_label.setStyleSheet("")
                self.status_label.setText(
                    self.tr("Для письма о согласии укажите сведения, получателя и цель.")
                )
                self.ask_terms()
                return
            options = BuildOptions(consent=terms)
        self._start(
            lambda _ctx: shown(producer.preview(choice, options)),
            self.show_produced,
            busy_text=self.tr("Документ формируется…"),
        )

    def show_produced(self, result: tuple[Produced, bytes]) -> None:
        produced, on_screen = result
        self.produced = produced
        if not self.preview.show_pdf(on_screen):
            messages.show_error(self, self.tr("Предпросмотр документа не удался."))
        self.facts.show(produced)
        self.shown.emit()

    # --- consent terms ---------------------------------------------------------------------

    def ask_terms(self) -> ConsentTermsDialog | None:
        choice = self.current_choice()
        if choice is None or not choice.needs_terms or self.busy:
            return None
        key = choice.record_id or ""
        dialog = ConsentTermsDialog(self.terms.get(key), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda terms: self._terms_chosen(key, terms))
        dialog.finished.connect(lambda _code: setattr(self, "terms_dialog", None))
        self.terms_dialog = dialog
        dialog.open()
        return dialog

    def _terms_chosen(self, key: str, terms: ConsentTerms) -> None:
        self.terms[key] = terms
        self.render_current()

    # --- sign ------------------------------------------------------------------------------

    def ask_key(self) -> KeyDialog | None:
        produced = self.produced
        if produced is None or self.busy:
            return None
        dialog = KeyDialog(self.tr("Подписать: {label}").format(label=produced.choice.label), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.sign_with)
        dialog.finished.connect(lambda _code: setattr(self, "key_dialog", None))
        self.key_dialog = dialog
        dialog.open()
        return dialog

    def sign_with(self, source: KeySource) -> None:
        produced = self.produced
        if produced is None or self.busy:
            return
        producer, choice, options = self.producer, produced.choice, produced.options
        self._start(
            lambda _ctx: signed_with(producer, choice, source, options),
            self.show_produced,
            progress=self.tr("Подписание документа…"),
            busy_text=self.tr("Подписание…"),
        )

    # --- print -----------------------------------------------------------------------------

    def ask_printer(self) -> QPrintDialog | None:
        if self.produced is None or self.busy:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Печать документа"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.finished.connect(lambda _code: setattr(self, "print_dialog", None))
        self._printer = printer
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # open() of QPrintDialog wants a receiver; the signal is connected
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        produced = self.produced
        if produced is None or self.busy:
            return
        self._printer = printer  # the worker paints on it: keep it alive
        number = produced.rendered.number or ""
        printer.setDocName(self.tr("Документ № {number}").format(number=number))
        printer.setCreator("MigDesk")
        producer = self.producer

        def done(pages: int) -> None:
            self.status_label.setStyleSheet(OK_STYLE)
            self.status_label.setText(
                self.tr("Отправлено на печать: {pages} стр.").format(pages=pages)
            )
            self.printed.emit(pages)

        self._start(
            lambda ctx: print_document(producer, produced, printer, ctx),
            done,
            progress=self.tr("Печать документа…"),
            busy_text=self.tr("Печать…"),
        )

    # --- save ------------------------------------------------------------------------------

    def ask_save_path(self) -> None:
        produced = self.produced
        if produced is None or self.busy:
            return
        path = choose_save_path(
            self, self.tr("Сохранить документ"), self.tr("PDF (*.pdf)"), file_name(produced)
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        produced = self.produced
        if produced is None or self.busy:
            return
        producer = self.producer
        failed = self.tr("Не удалось сохранить файл «{path}»: {reason}.")

        def work(_ctx: TaskContext) -> Path:
            try:
                write_atomic(path, produced.pdf)
            except OSError as exc:
                raise InvalidInput(failed.format(path=path, reason=exc.strerror or exc)) from exc
            producer.record_saved(produced)
            return path

        def done(saved: Path) -> None:
            self.status_label.setStyleSheet(OK_STYLE)
            self.status_label.setText(self.tr("Сохранено: {name}").format(name=saved.name))
            self.saved.emit(saved)

        self._start(work, done, busy_text=self.tr("Сохранение…"))
