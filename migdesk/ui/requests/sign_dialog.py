"""«Подписать…» in the request window (issue 13, item 4): the one act of signing — the
signatory's digital signature on the rendered message, which records the «sign» step and
keeps the signed PDF with the message. The officer picks the signatory and the key (PKCS#12
file or token); the key is opened and the message rendered and signed off the GUI thread,
with progress and «Отмена». Who may sign (Art. 9.3, four eyes) is the domain's answer,
shown as it comes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from migdesk.requests.records import RequestView, StepResult
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryService
from migdesk.signing.message_signing import sign_message
from migdesk.ui import messages
from migdesk.ui.documents.keys import KeyChooser, KeySource
from migdesk.ui.elided_combo import ElidedCombo
from migdesk.ui.geometry import available_size
from migdesk.ui.kit import date_text
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import error_label, hint_label
from migdesk.vault import Vault


def signed(
    ctx: TaskContext, vault: Vault, request_id: str, source: KeySource, signatory: int | None
) -> StepResult:
    """Worker: opens the key (a token may take a while), then — unless cancelled meanwhile —
    signs the message, which records the sign step; the key is closed either way."""
    with source.load() as credentials:
        ctx.raise_if_cancelled()
        return sign_message(vault, request_id, credentials, signatory)


class SignDialog(QDialog):
    recorded = Signal(object)  # StepResult

    def __init__(
        self, service: RequestService, view: RequestView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.view = view
        self.op: BackgroundOp[StepResult] | None = None
        self.result_: StepResult | None = None
        self.setWindowTitle(self.tr("Подписание — запрос № {number}").format(number=view.number))
        self.setMinimumWidth(600)

        intro = QLabel(
            self.tr(
                "Запрос № {number} подписывается электронной подписью подписанта. Подпись "
                "записывает шаг «Подписан», подписанный PDF хранится с запросом; без него "
                "запрос не направляется."
            ).format(number=view.number)
        )
        intro.setWordWrap(True)
        self.signatory_combo = ElidedCombo()
        # A signatory's position and name run long: sized by them, the combo took the whole
        # row and squeezed its label to nothing (Kazakh, Armenian); beside the label it cut
        # them. Under its label it has the dialog's width, and the dialog widens to them.
        self.signatory_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.signatory_combo.setMinimumContentsLength(30)  # the list opens as wide as needed
        self._fill_signatories(date.today())
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Подписант (п.\u00a03 ст.\u00a09)"), self.signatory_combo)
        self.chooser = KeyChooser()
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Подписать"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.chooser)
        layout.addWidget(
            hint_label(
                self.tr("Запрос подписывается датой {day}.").format(day=date_text(date.today()))
            )
        )
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _code: self.chooser.clear_secrets())
        self.resize(self._width(), self.sizeHint().height())

    def _width(self) -> int:
        """Room for a position and name in full, up to what the screen allows (then the combo
        elides them and its tooltip holds them whole)."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        wanted = self.signatory_combo.full_width() + margins.left() + margins.right()
        return min(max(860, wanted), available_size(self).width())

    def _fill_signatories(self, day: date) -> None:
        """Signatories of the requesting authority valid on the signing date (Art. 9.3)."""
        views = SignatoryService(self.service.vault).list(authority=self.view.from_code)
        for row in views:
            if row.valid_on(day):
                period = (date_text(row.valid_from) + " – " + date_text(row.valid_until)).rstrip(
                    " –"
                )
                self.signatory_combo.addItem(f"{row.position} {row.full_name} ({period})", row.id)
        if self.signatory_combo.count() == 0:
            self.signatory_combo.addItem(self.tr("нет подписантов, действующих на эту дату"), None)

    def submit(self) -> bool:
        """Starts signing with the chosen key; False (nothing started) when a field is
        missing or signing is already under way."""
        if self.op is not None:
            return False
        self.error.hide()
        source = self.chooser.source()
        if source is None:
            return False
        data = self.signatory_combo.currentData()
        signatory = data if isinstance(data, int) else None
        vault, request_id = self.service.vault, self.view.id

        def work(ctx: TaskContext) -> StepResult:
            return signed(ctx, vault, request_id, source, signatory)

        self.ok_button.setEnabled(False)
        self.op = (
            BackgroundOp(self, work)
            .with_progress(self.tr("Подписание запроса № {n}…").format(n=self.view.number))
            .on_success(self._signed)
            .on_failure(self._failed)
            .on_cancelled(self._cancelled)
            .run()
        )
        return True

    def _signed(self, result: StepResult) -> None:
        self.op = None
        self.result_ = result
        self.recorded.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.ok_button.setEnabled(True)
        self.error.setText(messages.error_text(exc))
        self.error.show()

    def _cancelled(self) -> None:
        self.op = None
        self.ok_button.setEnabled(True)
