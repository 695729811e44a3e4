"""A file button for a signatory's certificate (PEM or DER): shows whose certificate it is
and until when it is valid; ``pem`` is what the domain stores (issue 13.19)."""

from __future__ import annotations

from pathlib import Path

from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from migdesk.pki.errors import PkiError
from migdesk.pki.files import certificate_pem, load_certificate
from migdesk.ui.display import certificate_name, date_text
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.widgets import ERROR_STYLE

CERTIFICATE_FILTER = "*.pem *.crt *.cer *.der"


class CertificatePick(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pem: str | None = None
        self.summary = QLabel(self.tr("не выбран (можно добавить позже)"))
        self.summary.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Выбрать файл…"))
        self.choose_button.clicked.connect(self._choose)
        self.clear_button = QPushButton(self.tr("Убрать"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary, 1)
        row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)

    def _choose(self) -> None:
        path = choose_file(
            self,
            self.tr("Сертификат подписанта"),
            f"{self.tr('Сертификаты')} ({CERTIFICATE_FILTER});;{self.tr('Все файлы')} (*)",
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> bool:
        try:
            certificate = load_certificate(path)
        except PkiError as exc:
            self.pem = None
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(str(exc))
            self.clear_button.hide()
            return False
        self.pem = certificate_pem(certificate).decode("ascii")
        names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        name = (
            certificate_name(str(names[0].value)) if names else certificate.subject.rfc4514_string()
        )
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("{name}; действителен с {start} по {end}").format(
                name=name,
                start=date_text(certificate.not_valid_before_utc.date()),
                end=date_text(certificate.not_valid_after_utc.date()),
            )
        )
        self.clear_button.show()
        return True

    def clear(self) -> None:
        self.pem = None
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("не выбран (можно добавить позже)"))
        self.clear_button.hide()
