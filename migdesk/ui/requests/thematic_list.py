"""Thematic information (Art. 4): the list by category, with «Новые сведения…» and
«Открыть», which open the form of one item (``thematic_window.ThematicForm``)."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from migdesk.office.access import Access
from migdesk.requests.thematic import ThematicService, ThematicView
from migdesk.requests.vocab import THEMATIC_CATEGORIES
from migdesk.ui import messages
from migdesk.ui.geometry import fit_window
from migdesk.ui.kit import date_text, fit_columns, read_only_table, selected_key, set_row
from migdesk.ui.requests.thematic_origin import origin_text
from migdesk.ui.requests.thematic_window import ThematicForm
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import ERROR_STYLE
from migdesk.vault import Vault


class ThematicWindow(QWidget):
    open_person_requested = Signal(str)
    open_request_requested = Signal(str)
    listed = Signal(bool)  # a list asked for by ``refresh`` is shown (True) or failed
    # An item's form opened: a window of its own, which outlives this list if the officer
    # closes the list first; whoever closes every window at the lock keeps track of it.
    form_opened = Signal(QWidget)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.vault = vault
        self.service = ThematicService(vault)
        self.access = Access(vault)
        self.forms: list[ThematicForm] = []
        self.items: list[ThematicView] = []
        self._asked = 0  # refreshes asked for: only the newest one's list is shown
        self.setWindowTitle(self.tr("Тематическая информация (ст.\u00a04) — MigDesk"))

        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("Все категории"), None)
        for code, label in THEMATIC_CATEGORIES.items():
            self.category_combo.addItem(label, code)
        self.category_combo.currentIndexChanged.connect(self.refresh)
        self.status = QLabel()
        self.new_button = QPushButton(self.tr("Новые сведения…"))
        self.new_button.setEnabled(self.access.working)
        self.new_button.clicked.connect(lambda: self.open_item(None))
        self.open_button = QPushButton(self.tr("Открыть"))
        self.open_button.clicked.connect(self._open_selected)
        top = QHBoxLayout()
        top.addWidget(self.category_combo, 1)
        top.addWidget(self.status)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)

        self.table = read_only_table(
            [
                self.tr("Дата"),
                self.tr("Категория"),
                self.tr("Заголовок"),
                self.tr("Лиц"),
                self.tr("Вложений"),
                self.tr("Внёс"),
            ]
        )
        fit_columns(self.table, [10, 40, 36, 4, 6], "thematic")
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        fit_window(self, "thematic", 1100, 560)
        self.refresh()

    def refresh(self) -> None:
        """Read on a worker, in order: the list is audited («thematic.list», a write that
        waits for the write lock an index upkeep step may hold, #17)."""
        category = self.category_combo.currentData()
        chosen = category if isinstance(category, str) else None
        service = self.service
        self._asked += 1
        (
            BackgroundOp(self, lambda _ctx: service.list(chosen))
            .in_order()
            .on_success(partial(self._show, self._asked))
            .on_failure(partial(self._failed, self._asked))
            .run()
        )

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(messages.error_text(exc))
            self._fill([])
            self.listed.emit(False)

    def _show(self, asked: int, items: list[ThematicView]) -> None:
        if asked == self._asked:  # else a newer refresh's list follows
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Записей: {count}").format(count=len(items)))
            self._fill(items)
            self.listed.emit(True)

    def _fill(self, items: list[ThematicView]) -> None:
        self.items = items
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            origin = item.provenance
            # A received item is the provider's information (Art. 11.2, 11.3): the list says
            # so, and its limits are a hover away, not only inside the item's window.
            entered = (
                item.created_by
                if origin is None
                else self.tr("получено от {provider}").format(provider=origin.provider)
            )
            set_row(
                self.table,
                row,
                [
                    date_text(item.reported_on),
                    item.category_label,
                    item.title,
                    str(len(item.persons)),
                    str(len(item.attachments)),
                    entered,
                ],
                item.id,
            )
            if origin is not None:
                tip = origin_text(origin)
                for column in range(self.table.columnCount()):
                    cell = self.table.item(row, column)
                    if cell is not None:
                        cell.setToolTip(tip)

    def _open_selected(self) -> None:
        key = selected_key(self.table)
        if isinstance(key, str):
            self.open_item(key)

    def open_item(self, item_id: str | None) -> ThematicForm | None:
        form = ThematicForm(self.vault, item_id, background=True)  # its read is audited (#17)
        # Bound methods, not lambdas over self: the form is a window of its own and may
        # answer (its read or save ends on a worker) after this list has closed and deleted
        # itself; Qt disconnects a destroyed receiver's methods, never a lambda.
        form.load_failed.connect(self._load_failed)
        form.saved.connect(self._item_saved)
        form.open_person_requested.connect(self.open_person_requested)
        form.open_request_requested.connect(self.open_request_requested)
        self.forms.append(form)
        form.destroyed.connect(self._forget)
        self.form_opened.emit(form)
        form.show()
        return form

    def _load_failed(self, text: str) -> None:
        messages.show_error(self, text)

    def _item_saved(self, _item_id: str) -> None:
        self.refresh()

    def _forget(self, _gone: QObject) -> None:
        # ``destroyed`` hands over a bare QObject, not the form's wrapper: keep the live ones.
        self.forms = [f for f in self.forms if shiboken6.isValid(f)]
