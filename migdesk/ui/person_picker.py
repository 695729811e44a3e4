"""Picking persons from the registry for a request or thematic item, and naming the persons a
request already links to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import MigDeskError
from migdesk.office.registry_reads import person_rows
from migdesk.persons.search import RegistryRow
from migdesk.persons.service import PersonService
from migdesk.ui import messages
from migdesk.ui.display import date_ru
from migdesk.ui.geometry import fit_window
from migdesk.ui.kit import ID_ROLE
from migdesk.ui.widgets import hint_label

SEARCH_LIMIT = 50


def row_label(row: RegistryRow) -> str:
    name = " ".join(p for p in (row.surname_ru, row.given_name_ru, row.patronymic_ru) if p)
    latin = " ".join(p for p in (row.surname_lat, row.given_name_lat) if p)
    parts = [name or latin, date_ru(row.birth_date), row.citizenship, row.document]
    return ", ".join(p for p in parts if p)


def person_labels(service: PersonService, ids: list[str]) -> dict[str, str]:
    """Id → «Фамилия Имя Отчество, дата рождения…» for ids still in the vault; a user who
    may not read person records gets the ids themselves."""
    rows = person_rows(service.vault, ids)
    return {
        person_id: row_label(rows[person_id]) if person_id in rows else person_id
        for person_id in ids
    }


class PersonPicker(QDialog):
    """Search the registry, tick persons, «Добавить»."""

    picked = Signal(list)  # [(person id, label)]

    def __init__(self, service: PersonService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Выбор лиц из реестра"))
        fit_window(self, "person_picker", 640, 460)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Фамилия, имя, номер документа или дата рождения")
        )
        self.search_edit.returnPressed.connect(self.run_search)
        find = QPushButton(self.tr("Найти"))
        find.clicked.connect(self.run_search)
        self.status = QLabel()
        self.results = QListWidget()
        self.results.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.results.itemDoubleClicked.connect(lambda _item: self.add_selected())
        add = QPushButton(self.tr("Добавить выбранных"))
        add.setDefault(True)
        add.clicked.connect(self.add_selected)
        close = QPushButton(self.tr("Закрыть"))
        close.clicked.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(find)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(add)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(
            hint_label(
                self.tr("Показываются первые {limit} совпадений.").format(limit=SEARCH_LIMIT)
            )
        )
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)

    def run_search(self) -> None:
        self.results.clear()
        try:
            rows = self.service.search(self.search_edit.text(), limit=SEARCH_LIMIT)
        except MigDeskError as exc:
            self.status.setText(messages.error_text(exc))
            return
        for found in rows:
            item = QListWidgetItem(row_label(found))
            item.setData(ID_ROLE, found.id)
            self.results.addItem(item)
        self.status.setText(
            self.tr("Найдено: {count}").format(count=len(rows)) if rows else self.tr("Никого.")
        )
        if rows:
            self.results.setCurrentRow(0)

    def add_selected(self) -> None:
        chosen = [
            (str(item.data(ID_ROLE)), item.text())
            for item in self.results.selectedItems()
            if item.data(ID_ROLE)
        ]
        if chosen:
            self.picked.emit(chosen)
            self.accept()


def person_item(person_id: str, label: str) -> QListWidgetItem:
    item = QListWidgetItem(label)
    item.setData(ID_ROLE, person_id)
    item.setToolTip(person_id)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def listed_person_ids(persons: QListWidget) -> list[str]:
    """Ids of the persons in a list filled with ``person_item``, in their order."""
    return [str(item.data(ID_ROLE)) for i in range(persons.count()) if (item := persons.item(i))]


def add_picked(persons: QListWidget, chosen: list[tuple[str, str]]) -> None:
    """Appends the picked (id, label) pairs not yet listed."""
    present = set(listed_person_ids(persons))
    for person_id, label in chosen:
        if person_id not in present:
            persons.addItem(person_item(person_id, label))
            present.add(person_id)


def open_picker(
    service: PersonService,
    parent: QWidget,
    on_picked: Callable[[list[tuple[str, str]]], None],
) -> PersonPicker:
    """A window-modal picker, deleted when closed, that hands what was picked to
    ``on_picked``."""
    picker = PersonPicker(service, parent)
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.picked.connect(on_picked)
    picker.open()
    return picker
