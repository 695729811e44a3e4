"""Destroying one record (Art. 11.5): the grounds, and before the keep-until date an explicit
early confirmation; the retention window runs the destruction."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.office.retention import EXPIRY_GROUNDS, DueRecord
from migdesk.ui.widgets import ERROR_STYLE


class DestroyDialog(QDialog):
    """Grounds, and for a record not yet due an explicit «досрочно» confirmation."""

    confirmed = Signal(object, str, bool)  # DueRecord, grounds, early

    def __init__(
        self,
        record: DueRecord,
        today: date,
        parent: QWidget | None = None,
        *,
        proposed_grounds: str | None = None,
    ) -> None:
        """``proposed_grounds``: those of the proposal being approved; the act states them
        unless the approver edits them (an early destruction must not be printed as expired)."""
        super().__init__(parent)
        self.record = record
        self.early = record.keep_until > today
        self.setWindowTitle(self.tr("Уничтожение записи"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)

        warning = QLabel(self._warning(record.record_kind))
        warning.setWordWrap(True)
        warning.setStyleSheet(ERROR_STYLE)
        self.grounds_edit = QPlainTextEdit(self._initial_grounds(proposed_grounds))
        self.grounds_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.grounds_edit.textChanged.connect(self._update)
        self.early_box = QCheckBox(
            self.tr("Уничтожить досрочно: срок хранения истекает {date}").format(
                date=record.keep_until.strftime("%d.%m.%Y")
            )
        )
        self.early_box.setVisible(self.early)
        self.early_box.toggled.connect(self._update)

        form = QFormLayout()
        form.addRow(self.tr("Запись:"), QLabel(record.record_id))
        form.addRow(self.tr("Хранить до:"), QLabel(record.keep_until.strftime("%d.%m.%Y")))
        form.addRow(self.tr("Основание:"), self.grounds_edit)

        self.destroy_button = QPushButton(self.tr("Уничтожить"))
        self.destroy_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Отмена"))
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.destroy_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.early_box)
        layout.addLayout(buttons)
        self._update()

    def _warning(self, kind: str) -> str:
        what = {
            "request": self.tr(
                "Запрос, все действия и письма по нему, их подписанные экземпляры и вложения "
                "будут уничтожены без возможности восстановления; в журнале регистрации "
                "останутся только номера."
            ),
            "attachment": self.tr(
                "Файл будет уничтожен без возможности восстановления; запрос сохранится."
            ),
            "thematic": self.tr(
                "Тематическая информация, её вложения и связи с лицами и запросами будут "
                "уничтожены без возможности восстановления."
            ),
            "consent": self.tr(
                "Запись о запросе согласия и решении по нему будет уничтожена без возможности "
                "восстановления."
            ),
        }.get(kind)
        if what is None:
            what = self.tr(
                "Запись, её история изменений, фотографии и поисковый индекс будут уничтожены "
                "без возможности восстановления."
            )
        rest = self.tr("Останутся только акт об уничтожении и запись журнала аудита.")
        return f"{what} {rest}"

    def _initial_grounds(self, proposed: str | None) -> str:
        # The expiry wording fits only a record that is due: for an early one it is no
        # basis (a proposal made before proposals required early grounds may carry it).
        stated = (proposed or "").strip()
        if stated and not (self.early and stated == EXPIRY_GROUNDS):
            return stated
        return "" if self.early else EXPIRY_GROUNDS

    def grounds(self) -> str:
        return self.grounds_edit.toPlainText().strip()

    def accept(self) -> None:
        if self.destroy_button.isEnabled():
            self.confirmed.emit(self.record, self.grounds(), self.early)
            super().accept()

    def _update(self) -> None:
        ready = bool(self.grounds()) and (not self.early or self.early_box.isChecked())
        self.destroy_button.setEnabled(ready)
