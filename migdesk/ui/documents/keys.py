"""Choosing the signatory's key: a PKCS#12 file with its password, or a PKCS#11 token with
its PIN. The chooser only gathers what was typed; the key is opened in a worker
(``KeySource.load``) by ``migdesk.signing``, which also says, in Russian, what is wrong.

Secrets stay in memory only: the password fields are cleared when the dialog closes.
The OS secret store is not offered: ``migdesk.vault.remember`` keeps vault keys only and
there is no helper for key passwords yet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import InvalidInput
from migdesk.signing.credentials import Credentials, load_p12_apart
from migdesk.ui import messages
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import error_label, hint_label


class KeySource(Protocol):
    def load(self) -> Credentials: ...

    def describe(self) -> str: ...


@dataclass(frozen=True)
class P12Source:
    path: Path
    password: bytes = field(repr=False)

    def load(self) -> Credentials:
        # In a child process: the key derivation holds the GIL (~0.2 s), which froze the
        # window even from the signing worker.
        return load_p12_apart(self.path, self.password)

    def describe(self) -> str:
        return self.path.name


# --- PKCS#11 ---------------------------------------------------------------------------------
# THE ONE PLACE where token support plugs in. ``migdesk.signing`` is getting
# ``load_pkcs11(library, token_label, pin, key_label=None) -> Credentials`` and
# ``list_pkcs11_tokens(library) -> list[str]`` (in ``credentials`` or ``token``); while
# neither module has them, the token option is shown disabled.


@dataclass(frozen=True)
class Pkcs11Api:
    load: Callable[..., Credentials]
    list_tokens: Callable[[Path], list[str]]


def pkcs11_api() -> Pkcs11Api | None:
    for name in ("migdesk.signing.credentials", "migdesk.signing.token"):
        try:
            module: Any = importlib.import_module(name)
        except ImportError:
            continue
        load = getattr(module, "load_pkcs11", None)
        list_tokens = getattr(module, "list_pkcs11_tokens", None)
        if callable(load) and callable(list_tokens):
            return Pkcs11Api(load, list_tokens)
    return None


@dataclass(frozen=True)
class TokenSource:
    library: Path
    token: str
    pin: bytes = field(repr=False)
    key_label: str | None = None

    def load(self) -> Credentials:
        api = pkcs11_api()
        if api is None:
            raise InvalidInput("Подпись ключом на токене PKCS#11 в этой версии недоступна.")
        return api.load(self.library, self.token, self.pin, key_label=self.key_label)

    def describe(self) -> str:
        return self.token


# --- widgets ---------------------------------------------------------------------------------


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class KeyChooser(QWidget):
    """PKCS#12 file and password, or PKCS#11 library, token, key label and PIN."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = pkcs11_api()
        self._tokens_op: BackgroundOp[list[str]] | None = None
        self.file_radio = QRadioButton(self.tr("Файл ключа PKCS#12"))
        self.token_radio = QRadioButton(self.tr("Токен PKCS#11"))
        self.file_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.token_radio)
        if self.api is None:
            self.token_radio.setEnabled(False)
            self.token_radio.setToolTip(self.tr("Поддержка токенов PKCS#11 ещё не подключена."))

        self.p12_edit = QLineEdit()
        self.p12_edit.setPlaceholderText(self.tr("файл .p12 или .pfx"))
        browse = QPushButton(self.tr("Выбрать…"))
        browse.clicked.connect(self._choose_p12)
        p12_row = QHBoxLayout()
        p12_row.setContentsMargins(0, 0, 0, 0)
        p12_row.addWidget(self.p12_edit, 1)
        p12_row.addWidget(browse)
        self.password_edit = _password_edit()
        file_page = QWidget()
        file_form = QFormLayout(file_page)
        file_form.setContentsMargins(0, 0, 0, 0)
        file_form.addRow(self.tr("Файл"), p12_row)
        file_form.addRow(self.tr("Пароль"), self.password_edit)

        self.library_edit = QLineEdit()
        self.library_edit.setPlaceholderText(self.tr("библиотека PKCS#11 (.so, .dll)"))
        library_button = QPushButton(self.tr("Выбрать…"))
        library_button.clicked.connect(self._choose_library)
        library_row = QHBoxLayout()
        library_row.setContentsMargins(0, 0, 0, 0)
        library_row.addWidget(self.library_edit, 1)
        library_row.addWidget(library_button)
        self.token_combo = QComboBox()
        self.token_combo.setEditable(True)
        self.find_button = QPushButton(self.tr("Найти токены"))
        self.find_button.clicked.connect(self.find_tokens)
        token_row = QHBoxLayout()
        token_row.setContentsMargins(0, 0, 0, 0)
        token_row.addWidget(self.token_combo, 1)
        token_row.addWidget(self.find_button)
        self.key_label_edit = QLineEdit()
        self.key_label_edit.setPlaceholderText(self.tr("необязательно: единственный ключ токена"))
        self.pin_edit = _password_edit()
        token_page = QWidget()
        token_form = QFormLayout(token_page)
        token_form.setContentsMargins(0, 0, 0, 0)
        token_form.addRow(self.tr("Библиотека"), library_row)
        token_form.addRow(self.tr("Токен"), token_row)
        token_form.addRow(self.tr("Метка ключа"), self.key_label_edit)
        token_form.addRow(self.tr("PIN-код"), self.pin_edit)

        self.pages = QStackedWidget()
        self.pages.addWidget(file_page)
        self.pages.addWidget(token_page)
        self.file_radio.toggled.connect(self._show_page)
        self._show_page(True)
        self.problem = error_label()

        choice = QHBoxLayout()
        choice.addWidget(self.file_radio)
        choice.addWidget(self.token_radio)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choice)
        layout.addWidget(self.pages)
        layout.addWidget(self.problem)

    def _show_page(self, file_chosen: bool) -> None:
        """Only the shown page counts for the height (no empty rows under the file fields)."""
        current = 0 if file_chosen else 1
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page is None:
                continue
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.pages.setCurrentIndex(current)
        self.pages.adjustSize()

    def _choose_p12(self) -> None:
        path = choose_file(
            self, self.tr("Файл ключа подписанта"), self.tr("Ключи PKCS#12 (*.p12 *.pfx)")
        )
        if path is not None:
            self.p12_edit.setText(str(path))

    def _choose_library(self) -> None:
        path = choose_file(
            self, self.tr("Библиотека PKCS#11"), self.tr("Библиотеки (*.so *.dll *.dylib)")
        )
        if path is not None:
            self.library_edit.setText(str(path))

    def find_tokens(self) -> None:
        api, library = self.api, self.library_edit.text().strip()
        if api is None or not library or self._tokens_op is not None:
            return
        self.find_button.setEnabled(False)

        def done(tokens: list[str]) -> None:
            self._tokens_op = None
            self.find_button.setEnabled(True)
            self.token_combo.clear()
            self.token_combo.addItems(tokens)
            # A token inserted since the last search: the old «not found» goes.
            self.problem.setText("" if tokens else self.tr("Токены не найдены."))
            self.problem.setVisible(not tokens)

        def failed(exc: BaseException) -> None:
            self._tokens_op = None
            self.find_button.setEnabled(True)
            messages.show_error(self, messages.error_text(exc))

        self._tokens_op = (
            BackgroundOp(self, lambda _ctx: api.list_tokens(Path(library)))
            .on_success(done)
            .on_failure(failed)
            .run()
        )

    def source(self) -> KeySource | None:
        """What was chosen, or None with the problem shown under the fields."""
        problem = ""
        result: KeySource | None = None
        if self.file_radio.isChecked():
            path = self.p12_edit.text().strip()
            if not path:
                problem = self.tr("Укажите файл ключа.")
            else:
                result = P12Source(Path(path), self.password_edit.text().encode("utf-8"))
        else:
            library, token = self.library_edit.text().strip(), self.token_combo.currentText()
            if not library or not token.strip():
                problem = self.tr("Укажите библиотеку PKCS#11 и токен.")
            elif not self.pin_edit.text():
                problem = self.tr("Введите PIN-код токена.")
            else:
                label = self.key_label_edit.text().strip() or None
                result = TokenSource(
                    Path(library), token.strip(), self.pin_edit.text().encode("utf-8"), label
                )
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        return result

    def clear_secrets(self) -> None:
        self.password_edit.clear()
        self.pin_edit.clear()


class KeyDialog(QDialog):
    """«Подписать»: asks for the key once; ``chosen`` carries the KeySource."""

    chosen = Signal(object)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Подписание — MigDesk"))
        self.chooser = KeyChooser()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Подписать"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(what)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Подписывает лицо из перечня уполномоченных, действующего на дату "
                    "документа (п.\u00a03 ст.\u00a09 Соглашения)."
                )
            )
        )
        layout.addWidget(self.chooser)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.finished.connect(lambda _code: self.chooser.clear_secrets())

    def _accept(self) -> None:
        source = self.chooser.source()
        if source is None:
            return
        self.chosen.emit(source)
        self.accept()
