"""The signatures of a PDF attached to a request, checked against the CAs trusted in the
vault (issue 5): one block per signature with its status, signer, certificate serial,
signing time and whether the signer was authorised on that date (Art. 9.3), and the
earlier stored checks of the same attachment.

The checking is the domain's (``SigningService.verify_attachment``, ``list_checks``); this
module only words and shows the result. It imports no PDF stack at load time: the request
window imports it, and the main window imports the request window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.x509.oid import NameOID
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from migdesk.models.signatures import latest_per_attachment
from migdesk.ui.display import certificate_name
from migdesk.ui.geometry import fit_window
from migdesk.ui.kit import fit_columns, read_only_table, set_row
from migdesk.ui.widgets import ERROR_STYLE, OK_STYLE, WARNING_STYLE, hint_label

if TYPE_CHECKING:  # pyHanko loads with the signing package: only when a check is made
    from migdesk.signing.checks import StoredCheck
    from migdesk.signing.service import VerifiedSignature
    from migdesk.vault import Vault

PDF_MIME = "application/pdf"
VALID = "valid"  # the status values of migdesk.signing.verify (a CLI contract)


def is_pdf(name: str, mime: str) -> bool:
    return mime.lower() == PDF_MIME or name.lower().endswith(".pdf")


@dataclass(frozen=True)
class SignatureReport:
    """What one check of an attachment gives back: its signatures (none: unsigned) and every
    stored check of the request the user may see, this one included (oldest first)."""

    attachment_id: int
    name: str
    signatures: list[VerifiedSignature]
    stored: list[StoredCheck]

    def earlier(self) -> list[StoredCheck]:
        return [c for c in self.stored if c.attachment_id == self.attachment_id]


def check_attachment(
    vault: Vault, request_id: str, attachment_id: int, name: str
) -> SignatureReport:
    """Runs in a worker thread: verify (stored and audited by the domain), then read back."""
    from migdesk.signing.checks import list_checks
    from migdesk.signing.service import SigningService

    signatures = SigningService(vault).verify_attachment(request_id, attachment_id)
    stored = list_checks(vault, request_id=request_id)
    return SignatureReport(attachment_id, name, signatures, stored)


def stored_checks(vault: Vault, request_id: str) -> list[StoredCheck]:
    """Runs in a worker thread: the stored checks of the request's attachments."""
    from migdesk.signing.checks import list_checks

    return list_checks(vault, request_id=request_id)


# --- wording ---------------------------------------------------------------------------------


def status_text(status: str) -> str:
    """The full Russian sentence for a status."""
    texts = {
        "valid": QCoreApplication.translate("SignatureView", "Подпись действительна"),
        "broken": QCoreApplication.translate(
            "SignatureView", "Подпись нарушена: документ изменён после подписания"
        ),
        "untrusted": QCoreApplication.translate(
            "SignatureView", "Сертификат подписанта не доверен"
        ),
        "modified": QCoreApplication.translate(
            "SignatureView", "После подписи в документ внесены изменения"
        ),
        "unsigned": QCoreApplication.translate("SignatureView", "Подписей нет"),
    }
    return texts.get(status, status)


def status_short(status: str) -> str:
    """The status as it follows «подпись:» in the attachments list."""
    texts = {
        "valid": QCoreApplication.translate("SignatureView", "действительна"),
        "broken": QCoreApplication.translate("SignatureView", "нарушена"),
        "untrusted": QCoreApplication.translate("SignatureView", "сертификат не доверен"),
        "modified": QCoreApplication.translate("SignatureView", "документ изменён после подписи"),
        "unsigned": QCoreApplication.translate("SignatureView", "отсутствует"),
    }
    return texts.get(status, status)


def status_style(status: str) -> str:
    if status == VALID:
        return OK_STYLE
    return WARNING_STYLE if status == "unsigned" else ERROR_STYLE


def local_text(moment: datetime | None) -> str:
    """ДД.ММ.ГГГГ ЧЧ:ММ in the workstation's time; an instant without zone is UTC."""
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def signer_name(subject: str | None) -> str:
    """The common name of a certificate subject (RFC 4514 text), or the whole text."""
    if not subject:
        return "—"
    try:
        names = x509.Name.from_rfc4514_string(subject).get_attributes_for_oid(NameOID.COMMON_NAME)
    except ValueError:
        return subject
    return certificate_name(str(names[0].value)) if names else subject


def latest_statuses(stored: Sequence[StoredCheck]) -> dict[int, str]:
    """Per attachment, «подпись: … (ДД.ММ.ГГГГ)» of its latest check: the worst status among
    the signatures found by that check."""
    texts = {}
    for attachment_id, rows in latest_per_attachment(stored).items():
        bad = [r.status for r in rows if r.status != VALID]
        day = local_text(rows[0].checked_at)[:10]
        texts[attachment_id] = QCoreApplication.translate(
            "SignatureView", "подпись: {status} ({day})"
        ).format(status=status_short(bad[0] if bad else VALID), day=day)
    return texts


# --- the dialog ------------------------------------------------------------------------------


class SignatureDialog(QDialog):
    """The result of one check; read-only, closed with «Закрыть»."""

    def __init__(self, report: SignatureReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Проверка подписи: {name}").format(name=report.name))
        self.report = report
        self.status_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("Файл: {name}").format(name=report.name))
        file_label.setWordWrap(True)
        layout.addWidget(file_label)
        if report.signatures:
            for index, signature in enumerate(report.signatures, 1):
                layout.addWidget(self._signature_box(index, signature))
        else:
            label = QLabel(status_text("unsigned"))
            label.setStyleSheet(status_style("unsigned") + " font-weight: bold;")
            self.status_labels.append(label)
            layout.addWidget(label)
        layout.addWidget(self._earlier_box(report.earlier()), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Закрыть"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, "signature_check", 760, 480)

    def _signature_box(self, index: int, signature: VerifiedSignature) -> QGroupBox:
        check, who = signature.check, signature.authorised
        box = QGroupBox(self.tr("Подпись {index}").format(index=index))
        column = QVBoxLayout(box)
        status = QLabel(status_text(check.status))
        status.setWordWrap(True)
        status.setStyleSheet(status_style(check.status) + " font-weight: bold;")
        self.status_labels.append(status)
        column.addWidget(status)
        if check.status == "untrusted" and check.problem:
            problem = QLabel(check.problem)
            problem.setWordWrap(True)
            problem.setStyleSheet(ERROR_STYLE)
            column.addWidget(problem)
        lines = [
            self.tr("Подписант: {signer}").format(signer=check.signer or "—"),
            self.tr("Серийный номер сертификата: {serial}").format(serial=check.serial or "—"),
            self.tr("Время подписания: {time}").format(time=local_text(check.signing_time)),
        ]
        for line in lines:
            label = QLabel(line)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        if who.authorised:
            text = self.tr(
                "Уполномочен на дату подписания (п.\u00a03 ст.\u00a09): да — {who}"
            ).format(who=who.signatory or "—")
        else:
            text = self.tr("Уполномочен на дату подписания (п.\u00a03 ст.\u00a09): нет")
        authorised = QLabel(text)
        authorised.setWordWrap(True)
        # Green only when the signature itself holds: an authorised name under a broken
        # signature must not read as reassurance.
        if not who.authorised:
            authorised.setStyleSheet(ERROR_STYLE)
        elif check.status == "valid":
            authorised.setStyleSheet(OK_STYLE)
        self.authorised_label = authorised
        column.addWidget(authorised)
        return box

    def _earlier_box(self, checks: list[StoredCheck]) -> QGroupBox:
        box = QGroupBox(self.tr("Проверки этого вложения"))
        column = QVBoxLayout(box)
        self.earlier: QTableWidget = read_only_table(
            [
                self.tr("Проверено"),
                self.tr("Кто"),
                self.tr("Результат"),
                self.tr("Уполномочен"),
                self.tr("Подписант"),
            ]
        )
        self.earlier.setFrameShape(QFrame.Shape.StyledPanel)
        fit_columns(self.earlier, [19, 10, 22, 10], "signature_checks")
        newest_first = list(reversed(checks))
        self.earlier.setRowCount(len(newest_first))
        for row, check in enumerate(newest_first):
            set_row(
                self.earlier,
                row,
                [
                    local_text(check.checked_at),
                    check.checked_by,
                    status_short(check.status),
                    self.tr("да") if check.authorised else self.tr("нет"),
                    signer_name(check.signer),
                ],
                check.id,
            )
        column.addWidget(self.earlier)
        if not checks:
            column.addWidget(hint_label(self.tr("Сохранённых проверок нет.")))
        return box
