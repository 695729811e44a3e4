"""«Гражданство» on the person card: the list of a person's citizenships (Art. 5), a country
picker that adds one, «Удалить», and the domain's messages about them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.ui.country_combo import CountryCombo
from migdesk.ui.delegates import CODE_ROLE
from migdesk.ui.display import country_label
from migdesk.ui.widgets import error_label


class CitizenshipBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Гражданство"))
        self.list = QListWidget()
        self.list.setMaximumHeight(self.fontMetrics().height() * 5)
        # Starts empty: a preselected «KAZ — Казахстан» read as if the citizenship were set
        # while the list was still empty (issue 13.13). Picking a country adds it.
        self.combo = CountryCombo()
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("страна: название или код"))
        self.combo.activated.connect(self.add_chosen)
        if line is not None:  # «казах» and Enter: the one country that fits (the combo's)
            line.returnPressed.connect(self.add_chosen)
        self.combo.editTextChanged.connect(self._update_add)
        self.add_button = QPushButton(self.tr("Добавить"))
        self.add_button.clicked.connect(self.add_chosen)
        self.add_button.setEnabled(False)
        remove = QPushButton(self.tr("Удалить"))
        remove.clicked.connect(self._remove)
        self.error = error_label()
        picker = QHBoxLayout()
        picker.addWidget(self.combo, 1)
        picker.addWidget(self.add_button)
        picker.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(picker)
        layout.addWidget(self.error)

    def codes(self) -> list[str]:
        return [str(self.list.item(i).data(CODE_ROLE)) for i in range(self.list.count())]

    def add(self, code: str) -> None:
        if code in self.codes():
            return
        item = QListWidgetItem(country_label(code))
        item.setData(CODE_ROLE, code)
        self.list.addItem(item)
        self.changed.emit()

    def retranslate(self) -> None:
        """After a language switch: the listed countries as the catalog names them now (the
        language walk leaves them, as it leaves every text the vault gave)."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setText(country_label(str(item.data(CODE_ROLE))))

    def add_chosen(self) -> None:
        """Adds the country picked in the combo, then empties it."""
        code = self.combo.code()
        if code is not None:
            self.add(code)
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText("")

    def _update_add(self) -> None:
        self.add_button.setEnabled(self.combo.code() is not None)

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()
