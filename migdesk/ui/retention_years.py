"""The retention window's periods row (Art. 11.5): how many years a record is kept, the
default or one kind's own, set by administrators and shown to everyone else.

Its texts keep the context «RetentionWindow» (``QCoreApplication.translate``): they were
the window's before this row had a module of its own, and the catalogs are keyed by it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from migdesk.office.retention import KINDS, RetentionService
from migdesk.ui import messages
from migdesk.ui.retention_labels import kind_label
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import hint_label


class RetentionYears(QWidget):
    saved = Signal(str)  # a save ended well: what to say in the window's status
    failed = Signal()  # a save ended in an error, already shown in a box

    def __init__(
        self, service: RetentionService, can_configure: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.spin = QSpinBox()
        self.spin.setRange(1, 100)
        self.spin.setValue(service.default_years())
        self.spin.setEnabled(can_configure)
        # Which period the spin box shows: the default, or one kind's own (Art. 11.5).
        self.kind = QComboBox()
        self.kind.addItem(QCoreApplication.translate("RetentionWindow", "по умолчанию"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.button = QPushButton(QCoreApplication.translate("RetentionWindow", "Сохранить"))
        self.button.setEnabled(can_configure)
        self.button.clicked.connect(self.save)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(QCoreApplication.translate("RetentionWindow", "Срок хранения, лет:")))
        row.addWidget(self.kind)
        row.addWidget(self.spin)
        row.addWidget(self.button)
        if not can_configure:
            hint = hint_label(
                QCoreApplication.translate("RetentionWindow", "(изменяет администратор)")
            )
            hint.setWordWrap(False)
            row.addWidget(hint)
        row.addStretch(1)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.spin.setValue(
            self.service.default_years() if kind is None else self.service.years(kind)
        )

    def save(self) -> bool:
        """Saved on a worker: the write waits for the write lock an index upkeep step may
        hold (#17). True when started (``saved`` or ``failed`` follows); False while one
        runs."""
        if not self.button.isEnabled():
            return False
        service, kind, years = self.service, self.kind.currentData(), self.spin.value()
        op = BackgroundOp(self, lambda _ctx: service.set_default_years(years, kind)).in_order()
        op.disabling(self.button).on_success(lambda _none: self._saved(years))
        op.on_failure(self._failed).run()
        return True

    def _failed(self, exc: BaseException) -> None:
        messages.show_error(self, messages.error_text(exc))
        self.failed.emit()

    def _saved(self, years: int) -> None:
        if self.kind.currentData() is None:
            text = QCoreApplication.translate(
                "RetentionWindow", "Срок хранения по умолчанию сохранён (лет: {years})."
            )
        else:
            text = QCoreApplication.translate(
                "RetentionWindow", "Срок хранения ({kind}) сохранён (лет: {years})."
            )
        self.saved.emit(text.format(years=years, kind=self.kind.currentText()))
