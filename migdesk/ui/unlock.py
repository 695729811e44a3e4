"""The unlock dialog: open a vault with user and password, or create a new one.

The key derivation (Argon2id) and migrations run in a worker thread; the dialog stays
responsive with its buttons disabled. Errors are the domain's Russian sentences, shown in
the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import LoginThrottled, WrongPassword
from migdesk.languages import LANGUAGES, MENU_TITLE, NATIVE_NAMES
from migdesk.ui import i18n, language_switch, messages, settings
from migdesk.ui.content_fit import content_size_hint, fit_later
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.typing_hint import typing_hint
from migdesk.ui.unlock_create import CreatePage
from migdesk.ui.unlock_guard import Clock
from migdesk.ui.unlock_open import OpenPage
from migdesk.ui.vault_access import (
    CreateRequest,
    OpenRequest,
    create_vault,
    open_vault,
)
from migdesk.ui.widgets import hint_label
from migdesk.vault import Vault
from migdesk.vault.login_guard import utc_now

if TYPE_CHECKING:
    # The bundle modules load when the courier opens it, not at start (#17: cold start).
    from migdesk.ui.exchange.courier_dialog import CourierDialog


class UnlockDialog(QDialog):
    """``exec()`` returns Accepted with :attr:`vault` open, or Rejected (user left)."""

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self._op: BackgroundOp[Vault] | None = None
        # The failed-login guard's clock (its waits are UTC moments); tests move it.
        self.clock: Clock = utc_now
        self.setWindowTitle(self.tr("MigDesk — вход"))
        self.setMinimumWidth(640)

        title = QLabel(self.tr("MigDesk"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        subtitle = hint_label(
            self.tr("Рабочее место сотрудника миграционной службы (Казахстан — Армения)")
        )

        # Two pages shown one at a time; plain hiding (not a QStackedWidget) lets the dialog
        # be exactly as tall as the visible page.
        self.pages = (self._build_open_page(vault_path), self._build_create_page())

        # Issue 15: before login the language is the workstation's; it can be changed here,
        # and what is typed stays (the walk in ui/retranslate.py never touches input).
        self.language_combo = QComboBox()
        self.language_combo.setToolTip(MENU_TITLE)
        self.language_combo.setAccessibleName(MENU_TITLE)  # no label: its name is the tip
        for code in LANGUAGES:
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(i18n.current_language()))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.language_combo, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        for page in self.pages:
            layout.addWidget(page)
        self.show_page(0)
        self._update_path_state()
        # Enter is handled in keyPressEvent only: no button may become the default one by
        # taking focus (Enter in a field once opened the «Обзор…» chooser, issue 13.1).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.open_button.setDefault(True)  # drawn as the default; Enter still goes through here
        # Typing starts in the name (or the password, the name remembered): focus left to Qt
        # went to the language combo, and a name typed there switched the language.
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()
        settings.restore_geometry(self, "unlock")

    def _language_chosen(self, index: int) -> None:
        language_switch.switch_language(str(self.language_combo.itemData(index)))
        self._fit()  # another language, other line breaks

    # --- pages ---------------------------------------------------------------------------

    def _build_open_page(self, vault_path: Path) -> QWidget:
        page = OpenPage(vault_path, lambda: self.clock())
        # The dialog's own names for the page's widgets (tests and the controller use them).
        self.path_edit, self.missing_box = page.path_edit, page.missing_box
        self.missing_label, self.create_button = page.missing_label, page.create_button
        self.user_edit, self.password_edit = page.user_edit, page.password_edit
        self.remember_box, self.open_form = page.remember_box, page.open_form
        self.open_error, self.typing_hint = page.open_error, page.typing_hint
        self.countdown, self.login_report = page.countdown, page.login_report
        self.lock_note, self.open_busy = page.lock_note, page.open_busy
        self.open_button, self.courier_button = page.open_button, page.courier_button
        self._tried_hint = ""
        self.path_edit.textChanged.connect(self._update_path_state)
        page.browse_button.clicked.connect(self._browse)
        self.create_button.clicked.connect(self._show_create_page)
        self.user_edit.textChanged.connect(self._update_open_button)
        self.countdown.finished.connect(self._update_open_button)
        self.open_button.clicked.connect(self._open)
        page.quit_button.clicked.connect(self.reject)
        self.courier_button.clicked.connect(self.open_courier)
        return page

    def show_note(self, text: str) -> None:
        """Why the vault was locked (and what happened to unsaved cards), above the fields."""
        self.lock_note.setText(text)
        self.lock_note.show()
        self._fit()

    def _build_create_page(self) -> QWidget:
        page = CreatePage()
        # The dialog's own names for the page's widgets (tests and the start-up script use them).
        self.new_path_label = page.new_path_label
        self.authority_combo = page.authority_combo
        self.admin_edit = page.admin_edit
        self.new_password_edit = page.new_password_edit
        self.repeat_edit = page.repeat_edit
        self.demo_box = page.demo_box
        self.create_error = page.create_error
        self.create_busy = page.create_busy
        self.confirm_create_button = page.confirm_create_button
        self.confirm_create_button.clicked.connect(self._create)
        self.back_button = page.back_button
        self.back_button.clicked.connect(lambda: self.show_page(0))
        return page

    # --- state -----------------------------------------------------------------------------

    def vault_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def show_page(self, index: int) -> None:
        for number, page in enumerate(self.pages):
            page.setVisible(number == index)
        self._fit()

    def current_page(self) -> int:
        return next(i for i, page in enumerate(self.pages) if not page.isHidden())

    def _fit(self) -> None:
        fit_later(self)

    def sizeHint(self) -> QSize:
        return content_size_hint(self, super().sizeHint())

    def _update_path_state(self) -> None:
        text = self.path_edit.text().strip()
        if self._op is None:
            self.open_error.hide()  # an error about another file no longer applies
            self.typing_hint.hide()
        missing = bool(text) and not self.vault_path().exists()
        if missing != self.missing_box.isVisibleTo(self):
            self.open_form.setRowVisible(self.missing_box, missing)
            self._fit()
        self._update_open_button()

    def _update_open_button(self) -> None:
        text = self.path_edit.text().strip()
        missing = bool(text) and not self.vault_path().exists()
        waiting = self.countdown.blocks(self.user_edit.text())  # another name may try
        opened = self.vault is not None  # «Продолжить» after the failures were shown
        self.open_button.setEnabled(
            opened or (bool(text) and not missing and self._op is None and not waiting)
        )

    def _browse(self) -> None:
        start = self.vault_path().parent if self.path_edit.text().strip() else None
        chosen = choose_file(
            self,
            self.tr("Файл хранилища"),
            self.tr("Хранилища MigDesk (*.vault);;Все файлы (*)"),
            start=start,
            must_exist=False,
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def open_courier(self) -> CourierDialog:
        from migdesk.ui.exchange.courier_dialog import CourierDialog

        dialog = CourierDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _show_create_page(self) -> None:
        self.new_path_label.setText(str(self.vault_path()))
        if not self.admin_edit.text():
            self.admin_edit.setText(self.user_edit.text())
        self.create_error.hide()
        self.show_page(1)
        self.admin_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.open_button, self.confirm_create_button, self.back_button):
            widget.setEnabled(not busy)
        for edit in (self.path_edit, self.user_edit, self.password_edit, self.admin_edit):
            edit.setReadOnly(busy)
        if not busy:
            self._update_path_state()

    # --- actions ---------------------------------------------------------------------------

    def _open(self) -> None:
        if self._op is not None or not self.open_button.isEnabled():
            return
        if self.vault is not None:  # the failures since the last unlock were read
            self.accept()
            return
        self.open_error.hide()
        self.typing_hint.hide()
        self.open_busy.setText(self.tr("Проверка пароля…"))
        request = OpenRequest(
            path=self.vault_path(),
            user=self.user_edit.text().strip(),
            password=self.password_edit.text(),
            remember=None if self.remember_box is None else self.remember_box.isChecked(),
        )
        if not request.user:
            self._fail(self.open_error, self.tr("Укажите имя пользователя."))
            return
        self._tried_hint = typing_hint(request.password)
        now = self.clock()
        self._start(
            lambda ctx: open_vault(request, ctx.progress, now),
            self.open_error,
            self.open_busy,
            progress=self._migrating,
        )

    def _migrating(self, done: int, total: int) -> None:
        # A vault of an older MigDesk is being brought up to this one (minutes at 1M persons).
        self.open_busy.setText(
            self.tr("Обновление хранилища для новой версии: шаг {step} из {steps}…").format(
                step=min(done + 1, total), steps=total
            )
        )

    def _create(self) -> None:
        if self._op is not None:
            return
        self.create_error.hide()
        if self.new_password_edit.text() != self.repeat_edit.text():
            self._fail(self.create_error, self.tr("Пароли не совпадают."))
            return
        code = self.authority_combo.currentData()
        request = CreateRequest(
            path=self.vault_path(),
            user=self.admin_edit.text().strip(),
            password=self.new_password_edit.text(),
            authority=str(code),
            demo=self.demo_box.isChecked(),
        )
        self._start(lambda _ctx: create_vault(request), self.create_error, self.create_busy)

    def _start(
        self,
        work: Callable[[TaskContext], Vault],
        error: QLabel,
        busy: QLabel,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self._set_busy(True)
        op = (
            BackgroundOp(self, work)
            .on_success(self._opened)
            .on_failure(lambda exc: self._failed(exc, error))
            .on_busy(busy.setVisible)
        )
        if progress is not None:
            op.on_progress(progress)
        self._op = op.run()
        self._update_path_state()

    def _opened(self, vault: Vault) -> None:
        self._op = None
        self.vault = vault
        for edit in (self.password_edit, self.new_password_edit, self.repeat_edit):
            edit.clear()
        settings.remember_vault_path(vault.path)
        if vault.login_report is None:
            self.accept()
            return
        # Failed logins under this name (or unknown names, for an administrator): read here,
        # before the work starts; «Продолжить» goes on, «Выход» closes the vault again.
        self._set_busy(False)
        for edit in (self.path_edit, self.user_edit, self.password_edit):
            edit.setReadOnly(True)
        self.open_button.setText(self.tr("Продолжить"))
        self.login_report.show_report(vault.login_report)
        self.open_button.setFocus()
        self._fit()

    def _failed(self, exc: BaseException, error: QLabel) -> None:
        self._op = None
        self._set_busy(False)
        self.password_edit.clear()
        if isinstance(exc, LoginThrottled) and error is self.open_error:
            self.countdown.start(self.user_edit.text(), exc.until)
            self._update_open_button()
            self._fit()
            return
        self._fail(error, messages.error_text(exc))
        if isinstance(exc, WrongPassword) and error is self.open_error and self._tried_hint:
            self.typing_hint.setText(self._tried_hint)
            self.typing_hint.show()
            self._fit()

    def _fail(self, error: QLabel, text: str) -> None:
        error.setText(text)
        error.show()
        if error is self.open_error:
            self.password_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens (or creates) the vault, Esc cancels; no other key does anything."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.current_page() == 0:
                self._open()
            else:
                self._create()
            return
        if key == Qt.Key.Key_Escape and self.current_page() == 1:
            event.accept()
            if self._op is None:
                self.show_page(0)
                self.password_edit.setFocus()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        if self._op is not None:
            return  # a running unlock finishes first; the dialog cannot vanish under it
        if result != QDialog.DialogCode.Accepted and self.vault is not None:
            self.vault.close()  # left after the failed logins were shown
            self.vault = None
        settings.save_geometry(self, "unlock")
        super().done(result)
