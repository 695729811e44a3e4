"""The frame the registry tabs share: a small form dialog that shows the domain's refusal next
to its fields, an image picker with preview, and the tab base that offers editing only to the
registry roles and tells the window when a registry changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.changes import Changes, Kind
from migdesk.errors import MigDeskError
from migdesk.office.access import Access
from migdesk.ui import messages
from migdesk.ui.change_bus import publish
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.kit import ProblemForm, read_attachment
from migdesk.ui.tasks import BackgroundOp
from migdesk.vault import Vault

IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp"


Write = Callable[[], object]  # a registry write, run on a worker


class FormDialog(QDialog):
    """A small form whose «Записать» takes the fields (``submit``, on the GUI thread: it
    returns the write) and writes them on a worker, in order (#17: the write waits for the
    write lock an index upkeep step may hold; the window keeps running). «Записать» is
    disabled meanwhile; the domain's refusal is shown next to the fields and the dialog
    stays open.

    A write that lands publishes the change of the registries even when the dialog was
    rejected meanwhile (Esc, or the automatic lock's ``close_dialogs``): the write is owned
    by the dialog's parent (the tab), so every window showing registries still reloads."""

    done_ok = Signal()
    submit_finished = Signal(bool)  # a write started by ``run`` has ended (True: written)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.problems = ProblemForm()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.submit: Callable[[], Write] = lambda: lambda: None
        self.widgets: dict[str, QWidget] = {}
        self.ok_button = QPushButton(self.tr("Записать"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.run)
        cancel = QPushButton(self.tr("Отмена"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def row(self, name: str, label: str, widget: QWidget) -> QWidget:
        self.problems.add_row(self.form, name, label, widget)
        self.widgets[name] = widget
        return widget

    def run(self) -> bool:
        """True when the write has started (``submit_finished`` follows); False when refused
        before it (the fields' own check) or while one is under way."""
        if not self.ok_button.isEnabled():
            return False
        self.problems.clear()
        try:
            write = self.submit()
        except MigDeskError as exc:
            self._refused(exc)
            return False
        # Owned by the tab, which outlives a rejected dialog: its outcome still arrives.
        owner = self.parentWidget() or self
        (
            BackgroundOp(owner, lambda _ctx: write())
            .in_order()
            .disabling(self.ok_button)
            .on_success(self._written)
            .on_failure(self._failed)
            .on_cancelled(self._cancelled)
            .run()
        )
        return True

    def _written(self, _result: object) -> None:
        publish(Changes.of(Kind.REGISTRIES))  # not the dialog's: it may be gone
        if not shiboken6.isValid(self):
            return
        self.done_ok.emit()
        self.submit_finished.emit(True)
        self.accept()

    def _cancelled(self) -> None:
        if shiboken6.isValid(self):
            self.submit_finished.emit(False)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):  # rejected meanwhile: nothing was written
            return
        if isinstance(exc, MigDeskError):
            self._refused(exc)
        else:
            self.problems.banner.setText(messages.error_text(exc))
            self.problems.banner.show()
        self.submit_finished.emit(False)

    def _refused(self, exc: MigDeskError) -> None:
        self.problems.show_error(exc, self.tr("Не записано: исправьте отмеченные поля."))


class ImagePick(QWidget):
    """A file button with a preview of the chosen image (signature or blank sample)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: bytes | None = None
        self.mime: str | None = None
        self.name = ""
        self.preview = QLabel(self.tr("не выбран"))
        self.preview.setMinimumHeight(60)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        button = QPushButton(self.tr("Выбрать изображение…"))
        button.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def _choose(self) -> None:
        path = choose_file(
            self, self.tr("Изображение"), f"{self.tr('Изображения')} ({IMAGE_FILTER})"
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        attachment = read_attachment(path)
        self.data, self.mime, self.name = attachment.data, attachment.mime, attachment.name
        pixmap = QPixmap()
        if pixmap.loadFromData(attachment.data):
            self.preview.setPixmap(
                pixmap.scaled(
                    320,
                    120,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setText(attachment.name)


class RegistryTab(QWidget):
    """One tab of «Справочники»: a dialog that wrote publishes the change of the registries
    (``FormDialog``), so every tab (and any other window showing them) reloads."""

    def __init__(self, vault: Vault, access: Access, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.access = access
        self.dialog: FormDialog | None = None

    def load(self) -> None:
        raise NotImplementedError

    def _show_page(self, page: QWidget) -> None:
        """The tab's one page, edge to edge."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)

    def _editing(self, *buttons: QPushButton) -> None:
        for button in buttons:
            button.setEnabled(self.access.registries)
            if not self.access.registries:
                button.setToolTip(self.tr("Только администратор или руководитель"))

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
