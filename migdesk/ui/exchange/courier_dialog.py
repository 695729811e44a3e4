"""«Проверить пакет (курьер)»: reached from the unlock window, with no vault and no password.

Shows what a courier may know — sender, addressee, number, created time, size, whether the
signature and every hash are intact — and never any content (nothing is decrypted: there is
no key here). With the sender's CA certificate the signer is verified too.
"""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.bundles import BundleInfo, SignatureStatus, inspect
from migdesk.errors import MigDeskError
from migdesk.pki.files import load_certificates
from migdesk.pki.fingerprints import format_fingerprint
from migdesk.pki.trust import TrustStore
from migdesk.ui import messages
from migdesk.ui.display import certificate_name
from migdesk.ui.exchange.common import channel_text, kind_text, local_time, size_text
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.save_dialogs import choose_folder
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import ERROR_STYLE, OK_STYLE, WARNING_STYLE, error_label, hint_label


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def check(path: Path, ca: Path | None) -> BundleInfo:
    """``inspect`` with the CA certificates of ``ca`` (a partner's exported file may also
    hold its leaf certificates: only the CA ones are anchors)."""
    trust = None
    if ca is not None:
        anchors = [cert for cert in load_certificates(ca) if _is_ca(cert)]
        if not anchors:
            raise MigDeskError(
                QCoreApplication.translate(
                    "CourierDialog", "В файле {name} нет сертификата УЦ."
                ).format(name=ca.name)
            )
        trust = TrustStore.from_certificates(anchors, [])
    return inspect(path, trust)


def two_lines(fingerprint: str | None) -> str:
    """«AB:CD:…» of 32 bytes in two lines of 16, so it never runs off the dialog."""
    if not fingerprint:
        return "—"
    pairs = format_fingerprint(fingerprint).split(":")
    half = (len(pairs) + 1) // 2
    return ":".join(pairs[:half]) + ":\n" + ":".join(pairs[half:])


def register_hash(sha256: str | None) -> str:
    """The label's SHA-256 in groups of sixteen, two to a line: read the way the
    transmittal register prints it (four groups), matched group by group."""
    if not sha256:
        return "—"
    groups = [sha256[i : i + 16] for i in range(0, len(sha256), 16)]
    return " ".join(groups[:2]) + "\n" + " ".join(groups[2:])


class CourierDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.op: BackgroundOp[BundleInfo] | None = None
        self.info: BundleInfo | None = None
        self.setWindowTitle(self.tr("Проверка пакета (курьер) — MigDesk"))
        self.setMinimumWidth(720)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Папка пакета *.mdbundle"))
        browse = QPushButton(self.tr("Выбрать папку…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.ca_edit = QLineEdit()
        self.ca_edit.setPlaceholderText(self.tr("необязательно: файл УЦ отправителя (PEM)"))
        ca_browse = QPushButton(self.tr("Выбрать файл…"))
        ca_browse.clicked.connect(self.browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(ca_browse)
        self.check_button = QPushButton(self.tr("Проверить"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.run_check)

        self.verdict = QLabel()
        font = QFont(self.verdict.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)
        self.verdict.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        details = QFormLayout()
        for key, title in (
            ("sender", self.tr("Отправитель:")),
            ("addressee", self.tr("Получатель:")),
            ("sequence", self.tr("Номер пакета:")),
            ("created", self.tr("Создан:")),
            ("kind", self.tr("Вид:")),
            ("size", self.tr("Размер:")),
            ("label_sha256", self.tr("SHA-256 ярлыка (как в реестре):")),
            ("signature", self.tr("Подпись:")),
            ("signer", self.tr("Подписант:")),
            ("fingerprint", self.tr("Отпечаток (SHA-256):")),
            ("hashes", self.tr("Контрольные суммы:")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            fixed = key in ("fingerprint", "label_sha256")
            label.setWordWrap(not fixed)  # two fixed lines, never re-wrapped
            if fixed:
                label.setMinimumHeight(label.fontMetrics().lineSpacing() * 2 + 2)
            self.fields[key] = label
            details.addRow(title, label)
        details.setContentsMargins(0, 0, 0, 0)
        self.details = QWidget()
        self.details.setLayout(details)
        self.problems = error_label()
        self.error = error_label()
        close = QPushButton(self.tr("Закрыть"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(close)

        form = QFormLayout()
        form.addRow(self.tr("Пакет:"), path_row)
        form.addRow(self.tr("УЦ отправителя:"), ca_row)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Проверка не требует хранилища и пароля и ничего не расшифровывает: "
                    "показываются только ярлык пакета, подпись и контрольные суммы файлов."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.verdict.hide()
        self.details.hide()

    def browse(self) -> None:
        folder = choose_folder(self, self.tr("Папка пакета (*.mdbundle)"))
        if folder is not None:
            self.path_edit.setText(str(folder))
            self.run_check()

    def browse_ca(self) -> None:
        chosen = choose_file(
            self,
            self.tr("Сертификат УЦ отправителя"),
            self.tr("Сертификаты (*.pem *.crt *.cer);;Все файлы (*)"),
        )
        if chosen is not None:
            self.ca_edit.setText(str(chosen))

    def run_check(self) -> BackgroundOp[BundleInfo] | None:
        text = self.path_edit.text().strip()
        if self.op is not None or not text:
            return None
        path = Path(text).expanduser()
        ca_text = self.ca_edit.text().strip()
        ca = Path(ca_text).expanduser() if ca_text else None
        self.error.hide()
        self.check_button.setEnabled(False)
        self.op = (
            BackgroundOp(self, lambda _ctx: check(path, ca))
            .with_progress(self.tr("Проверка контрольных сумм…"))
            .on_success(self._show)
            .on_failure(self._failed)
            .on_cancelled(self._stopped)
            .run()
        )
        return self.op

    def _stopped(self) -> None:
        self.op = None
        self.check_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        self.verdict.hide()
        self.details.hide()
        self.problems.hide()
        self.error.setText(messages.error_text(exc))
        self.error.show()

    def signature_text(self, status: SignatureStatus) -> str:
        return {
            SignatureStatus.VALID: self.tr("действительна, подписант проверен по УЦ"),
            SignatureStatus.UNVERIFIED: self.tr(
                "цела, но подписант не проверен (укажите УЦ отправителя)"
            ),
            SignatureStatus.UNKNOWN_SIGNER: self.tr("неизвестный подписант"),
            SignatureStatus.EXPIRED: self.tr("сертификат подписанта просрочен"),
            SignatureStatus.REVOKED: self.tr("сертификат подписанта отозван"),
            SignatureStatus.SIGNER_MISMATCH: self.tr("подписал не указанный отправитель"),
            SignatureStatus.BROKEN: self.tr("недействительна"),
        }[status]

    def _show(self, info: BundleInfo) -> None:
        self._stopped()
        self.info = info
        label = info.label
        # Say what was verified and what was not (issue 13.18): without the sender's CA the
        # signature is only intact, and whoever holds any key could have made it.
        if info.intact and info.signature is SignatureStatus.VALID:
            text = self.tr(
                "Пакет цел: контрольные суммы совпадают, подпись действительна, подписант "
                "проверен по сертификату УЦ отправителя."
            )
            style = OK_STYLE
        elif info.intact:
            text = self.tr(
                "Контрольные суммы совпадают и подпись цела, но подписант НЕ проверен: "
                "без сертификата УЦ отправителя нельзя сказать, кто подписал пакет. "
                "Укажите УЦ отправителя и проверьте снова."
            )
            style = WARNING_STYLE
        else:
            text = self.tr("Пакет НЕ прошёл проверку — не передавайте его как исправный.")
            style = ERROR_STYLE
        self.verdict.setText(text)
        self.verdict.setStyleSheet(style)
        self.verdict.show()
        f = self.fields
        if label is not None:
            f["sender"].setText(label.sender)
            f["addressee"].setText(label.addressee)
            f["sequence"].setText(
                self.tr("{sequence} (канал {channel})").format(
                    sequence=label.sequence, channel=channel_text(label.channel)
                )
            )
            f["created"].setText(local_time(label.created))
            f["kind"].setText(kind_text(label.kind.value))
            f["size"].setText(
                self.tr("{size}, файлов: {count}").format(
                    size=size_text(label.total_size), count=len(label.files)
                )
            )
        else:
            for key in ("sender", "addressee", "sequence", "created", "kind", "size"):
                f[key].setText(self.tr("ярлык не читается"))
        f["label_sha256"].setText(register_hash(info.label_sha256))
        f["signature"].setText(self.signature_text(info.signature))
        f["signer"].setText(certificate_name(info.signer_name))
        f["fingerprint"].setText(two_lines(info.signer_fingerprint))
        f["hashes"].setText(self.tr("в порядке") if info.hashes_ok else self.tr("НЕ совпадают"))
        self.details.show()
        problems = [p.message for p in info.problems]
        if label is not None and not info.name_matches:
            problems.append(
                self.tr("Имя папки не соответствует ярлыку (ожидалось {name}).").format(
                    name=label.dir_name
                )
            )
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self._grow()

    def _grow(self) -> None:
        """Rows shown just now must fit: grow to the layout's height (never shrink)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def done(self, result: int) -> None:
        if self.op is not None:
            self.op.cancel()
            return
        super().done(result)
