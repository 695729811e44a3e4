"""«Выгрузить пакет…»: addressee, the requests and letters waiting for it (Art. 8–10), persons
(Art. 8) with a cover text, acknowledgements due, and the medium — removable drives first
with their free space, then any folder.

What is waiting for the addressee is asked of the domain (``pending_requests``) in the
background whenever the addressee changes; the checked requests go as ``requests=``.

``export_bundle`` runs in the background with progress and «Отмена». How the medium behaved
is its ``ExportStatus`` message (Russian, shown as is); refusals (Art. 11 without consent,
nothing to send, no keys) are the domain's sentences. Once written, «Реестр передачи…»
prints the courier transmittal register for that bundle.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.exchange import ExportResult
from migdesk.exchange.register import RegisterResult
from migdesk.exchange.token_keys import TokenKey
from migdesk.persons.service import PersonService
from migdesk.ui import messages
from migdesk.ui.change_bus import publish
from migdesk.ui.content_fit import fit_later
from migdesk.ui.drives import Target
from migdesk.ui.exchange.export_job import ExportJob
from migdesk.ui.exchange.export_lists import ExportMedium, ExportPersons
from migdesk.ui.exchange.export_requests import ExportRequests, Waiting
from migdesk.ui.exchange.export_setup import ExportSetup, read_setup
from migdesk.ui.exchange.register_action import RegisterPrinter
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import OK_STYLE, error_label, hint_label
from migdesk.vault import Vault


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult, when a bundle was written

    def __init__(
        self,
        vault: Vault,
        person_ids: list[str] | None = None,
        parent: QWidget | None = None,
        *,
        addressee: str | None = None,
        request_ids: list[str] | None = None,
    ) -> None:
        """``addressee`` and ``request_ids`` preselect (from a request window): then only
        those requests are checked; otherwise every pending one is."""
        super().__init__(parent)
        self.vault = vault
        self.service = PersonService(vault)
        self.op: BackgroundOp[ExportResult] | None = None
        self.outcome: ExportResult | None = None
        self.setWindowTitle(self.tr("Выгрузить пакет — MigDesk"))
        self.setMinimumWidth(820)

        # Filled when the setup arrives (read in the background, #17): «Загрузка…» till then.
        self.addressee = QComboBox()
        self.addressee.setPlaceholderText(self.tr("Загрузка…"))
        self.addressee.setEnabled(False)
        self._wanted_addressee = addressee
        preselected = set(request_ids) if request_ids is not None else None
        self.requests_panel = ExportRequests(vault, preselected)
        self.requests_panel.listed.connect(self._requests_listed)
        self.requests_panel.failed.connect(self._requests_failed)
        self.requests = self.requests_panel.list
        self.requests_note = self.requests_panel.note
        self.persons_panel = ExportPersons(self.service)
        self.persons = self.persons_panel.list
        self.cover = QPlainTextEdit()
        self.cover.setPlaceholderText(
            self.tr("Сопроводительный текст: зачем направляются сведения (ст.\u00a08)")
        )
        self.cover.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.include_acks = QCheckBox(
            self.tr("Включить подтверждения получения для ещё не подтверждённых пакетов")
        )
        self.include_acks.setChecked(True)
        # Consent requests and answers, signatory-list changes: shown only when some wait.
        self.include_notices = QCheckBox()
        self.include_notices.setChecked(True)
        self.include_notices.hide()

        # Our signing key may be on a token: then each export needs its PIN (known once the
        # setup has arrived; the PIN row is added then).
        self.token: TokenKey | None = None
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(220)

        self.error = error_label()
        self.pin.textChanged.connect(lambda _t: self.error.hide())
        self.medium = ExportMedium()
        self.targets = self.medium.list
        self.targets.currentItemChanged.connect(lambda *_: self.error.hide())

        self.done_label = QLabel()
        self.done_label.setStyleSheet(OK_STYLE)
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_label.hide()
        self.start_button = QPushButton(self.tr("Выгрузить"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.register_printer = RegisterPrinter(vault, self)
        self.register_button = QPushButton(self.tr("Реестр передачи…"))
        self.register_button.setToolTip(
            self.tr("Реестр передачи курьеру для записанного пакета (PDF)")
        )
        self.register_button.clicked.connect(self.print_register)
        self.register_button.hide()
        close = QPushButton(self.tr("Закрыть"))
        close.clicked.connect(self.reject)

        self.form = form = QFormLayout()
        form.addRow(self.tr("Получатель:"), self.addressee)
        form.addRow(self.tr("Запросы и письма:"), self.requests_panel)
        form.addRow(self.tr("Лица (ст.\u00a08):"), self.persons_panel)
        form.addRow(self.tr("Сопроводительное письмо:"), self.cover)
        form.addRow("", self.include_acks)
        form.addRow("", self.include_notices)
        form.addRow(self.tr("Куда записать:"), self.medium)
        self.pin.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        self.hint = hint_label("")  # says which key signs: set when the setup arrives
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)

        self.add_persons(person_ids or [])
        self.requests_note.setText(self.tr("Загрузка…"))
        self.medium.show_loading(self.tr("Загрузка…"))
        self.start_button.setEnabled(False)
        home = self.tr("Домашняя папка")
        # Over the vault and a label, never the dialog (a cycle through a widget could be
        # collected on the worker thread).
        self.setup_op: BackgroundOp[ExportSetup] | None = (
            BackgroundOp(self, lambda _ctx: read_setup(vault, home))
            .on_success(self._set_up)
            .on_failure(self._setup_failed)
            .run()
        )

    # --- setup -------------------------------------------------------------------------------

    def _set_up(self, setup: ExportSetup) -> None:
        """The addressees, the key and the drives have arrived: what was typed meanwhile (the
        cover, persons, a folder chosen) stays."""
        self.setup_op = None
        self.token = setup.token
        for code, text in setup.addressees:
            self.addressee.addItem(text, code)
        # Its width was taken at the first show, empty: the names' width now, as before #17.
        self.addressee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # With a placeholder a combo chooses nothing by itself: the wanted one, else the first.
        self.addressee.setPlaceholderText("")
        wanted = self._wanted_addressee
        found = -1 if wanted is None else self.addressee.findData(wanted)
        self.addressee.setCurrentIndex(max(found, 0) if self.addressee.count() else -1)
        self.addressee.setEnabled(True)
        self.addressee.currentIndexChanged.connect(lambda _i: self.load_requests())
        if self.token is not None:
            self.form.addRow(
                self.tr("ПИН-код токена «{label}»:").format(label=self.token.token_label),
                self.pin,
            )
            self.pin.show()
        signed_by = (
            self.tr("ключом этого хранилища")
            if self.token is None
            else self.tr("ключом органа на токене «{label}»").format(label=self.token.token_label)
        )
        self.hint.setText(
            self.tr(
                "Пакет шифруется для органа-получателя и подписывается {signed_by}. "
                "Записи, полученные от другого органа, направляются только ему, "
                "если нет его письменного согласия (ст.\u00a011)."
            ).format(signed_by=signed_by)
        )
        self.medium.set_listed(setup.targets)
        if not self.addressee.count():
            self._show_error(
                self.tr(
                    "Нет доверенных органов-партнёров: администратор должен сначала "
                    "импортировать их сертификаты."
                )
            )
        self.load_requests()
        self._update_start()
        fit_later(self)  # sized when shown, for «Загрузка…»: the names may need it wider

    def _setup_failed(self, exc: BaseException) -> None:
        self.setup_op = None
        self.requests_note.setText("")
        self.medium.set_listed([])
        self._show_error(messages.error_text(exc))

    # --- requests ----------------------------------------------------------------------------

    @property
    def requests_op(self) -> BackgroundOp[Waiting] | None:
        return self.requests_panel.op

    def load_requests(self) -> BackgroundOp[Waiting] | None:
        """Lists what is waiting for the chosen addressee (in the background)."""
        self.include_notices.hide()
        code = self.addressee.currentData()
        return self.requests_panel.load(None if code is None else str(code))

    def _requests_listed(self, notices: dict[str, int]) -> None:
        self._show_notices(notices)
        self._update_start()

    def _requests_failed(self, text: str) -> None:
        self._show_error(text)
        self._update_start()

    def request_ids(self) -> list[str]:
        """Ids of the checked requests, in the listed order."""
        return self.requests_panel.request_ids()

    def set_request_checked(self, request_id: str, checked: bool) -> None:
        self.requests_panel.set_request_checked(request_id, checked)

    def _update_start(self) -> None:
        written = self.outcome is not None and self.outcome.ok
        self.start_button.setEnabled(
            self.setup_op is None
            and self.op is None
            and not written
            and self.addressee.currentData() is not None
        )

    # --- persons -----------------------------------------------------------------------------

    def person_ids(self) -> list[str]:
        return self.persons_panel.person_ids()

    def add_persons(self, ids: list[str]) -> None:
        self.persons_panel.add_persons(ids)

    # --- targets -----------------------------------------------------------------------------

    def set_targets(self, targets: list[Target]) -> None:
        self.medium.set_targets(targets)

    def add_target(self, target: Target) -> QListWidgetItem:
        return self.medium.add_target(target)

    def current_target(self) -> Target | None:
        return self.medium.current_target()

    # --- running -----------------------------------------------------------------------------

    def _show_notices(self, counts: dict[str, int]) -> None:
        """Offers what else waits for this addressee (consents, signatory-list changes)."""
        parts = []
        if counts.get("consent_request"):
            parts.append(self.tr("запросов согласия — {n}").format(n=counts["consent_request"]))
        if counts.get("consent_answer"):
            parts.append(self.tr("ответов о согласии — {n}").format(n=counts["consent_answer"]))
        if counts.get("signatory_change"):
            parts.append(
                self.tr("изменений перечня подписантов — {n}").format(n=counts["signatory_change"])
            )
        self.include_notices.setText(
            self.tr("Включить ожидающие отправки (ст.\u00a09, 11): {what}").format(
                what=", ".join(parts)
            )
        )
        self.include_notices.setVisible(bool(parts))

    def _show_error(self, text: str) -> None:
        self.done_label.hide()
        self.error.setText(text)
        self.error.show()

    def start(self) -> BackgroundOp[ExportResult] | None:
        target = self.current_target()
        code = self.addressee.currentData()
        if self.op is not None or self.setup_op is not None or code is None:
            return None
        if target is None:
            self._show_error(self.tr("Выберите носитель или папку."))
            return None
        pin: bytes | None = None
        if self.token is not None:
            if not self.pin.text():
                self._show_error(
                    self.tr(
                        "Ключ подписи органа хранится на токене «{label}»: подключите токен "
                        "и введите его ПИН-код."
                    ).format(label=self.token.token_label)
                )
                self.pin.setFocus()
                return None
            pin = self.pin.text().encode("utf-8")
        # Still listing: the list's defaults, checked by default as it would offer them.
        listing = self.requests_op is not None
        job = ExportJob(
            vault=self.vault,
            to=str(code),
            folder=target.path,
            persons=self.person_ids(),
            requests=None if listing else self.request_ids(),
            preselected=self.requests_panel.preselected,
            note=self.cover.toPlainText().strip() or None,
            include_acks=self.include_acks.isChecked(),
            include_notices=(listing or not self.include_notices.isHidden())
            and self.include_notices.isChecked(),
            token_pin=pin,
        )
        self.pin.clear()  # asked again for each bundle, never kept
        self.error.hide()
        self.done_label.hide()
        self.start_button.setEnabled(False)
        self.addressee.setEnabled(False)  # the listed requests are this addressee's
        self.op = (
            BackgroundOp(self, job.run)
            .with_progress(self.tr("Запись и проверка пакета…"))
            .on_success(self._done)
            .on_failure(self._failed)
            .on_cancelled(self._failed_cancel)
            .run()
        )
        return self.op

    def _done(self, result: ExportResult) -> None:
        self.op = None
        self.outcome = result
        self._update_start()
        if not result.ok:
            self.addressee.setEnabled(True)
            self._show_error(result.message)  # the medium's ExportStatus message (Russian)
            return
        self.done_label.setText(
            self.tr(
                "{message}\nНомер пакета: {sequence}\nПапка: {path}\nSHA-256 ярлыка: {sha}"
            ).format(
                message=result.message,
                sequence=result.sequence,
                path=result.path,
                sha=result.sha256,
            )
        )
        self.done_label.show()
        # one bundle per dialog: the next takes a new number (_update_start keeps it disabled)
        self.register_button.setVisible(result.bundle_id is not None)
        publish(result.changes)
        self.exported.emit(result)

    def print_register(self) -> BackgroundOp[RegisterResult] | None:
        """The courier transmittal register for the bundle this dialog wrote."""
        result = self.outcome
        if result is None or not result.ok or result.bundle_id is None:
            return None
        return self.register_printer.ask_and_print([result.bundle_id])

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.addressee.setEnabled(True)
        self._update_start()
        self._show_error(messages.error_text(exc))
        if self.token is not None:
            self.pin.setFocus()  # a wrong PIN or another token: typed again from here

    def _failed_cancel(self) -> None:
        self.op = None
        self.addressee.setEnabled(True)
        self._update_start()
        self._show_error(self.tr("Выгрузка отменена. Пакет не записан."))

    def done(self, result: int) -> None:
        if self.op is not None:
            self.op.cancel()  # the dialog closes once the writer has removed its partial files
            return
        super().done(result)
