"""The persons a message concerns, picked from the registry, and the categories of
information a request asks for (Art. 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.persons.service import PersonService
from migdesk.requests import vocab
from migdesk.requests.records import RequestView
from migdesk.ui.kit import ID_ROLE, ProblemForm
from migdesk.ui.person_picker import (
    PersonPicker,
    add_picked,
    listed_person_ids,
    open_picker,
    person_item,
    person_labels,
)


class PersonsPanel(QGroupBox):
    def __init__(
        self, persons: PersonService, problems: ProblemForm, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Лица и категории сведений (ст.\u00a05)"))
        self.persons_service = persons
        self.problems = problems
        self.picker: PersonPicker | None = None
        form = QFormLayout(self)
        self.persons_list = QListWidget()
        self.persons_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.add_person_button = QPushButton(self.tr("Добавить из реестра…"))
        self.add_person_button.clicked.connect(self.open_picker)
        self.remove_person_button = QPushButton(self.tr("Убрать"))
        self.remove_person_button.clicked.connect(self._remove_person)
        persons_widget = QWidget()
        column = QVBoxLayout(persons_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.persons_list)
        row = QHBoxLayout()
        row.addWidget(self.add_person_button)
        row.addWidget(self.remove_person_button)
        row.addStretch(1)
        column.addLayout(row)
        self.problems.add_row(form, "persons", self.tr("Лица"), persons_widget)
        self.categories_list = QListWidget()
        self.categories_list.setWordWrap(True)
        self.category_items: dict[str, QListWidgetItem] = {}
        for code, label in vocab.INFO_CATEGORIES.items():
            item = QListWidgetItem(label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, code)
            self.category_items[code] = item
            self.categories_list.addItem(item)
        self.categories_list.setFixedHeight(self.fontMetrics().lineSpacing() * 8 + 12)
        self.problems.add_row(
            form, "categories", self.tr("Запрашиваемые сведения"), self.categories_list
        )
        self.persons_form = form

    def show_view(self, view: RequestView) -> None:
        self.persons_list.clear()
        for person_id, label in person_labels(self.persons_service, view.persons).items():
            self.persons_list.addItem(person_item(person_id, label))
        for code in self.category_items:
            self.set_category(code, code in view.categories)

    def show_categories(self, visible: bool) -> None:
        """Only a request asks for categories of information."""
        self.persons_form.setRowVisible(self.problems.fields["categories"], visible)

    def set_editable(self, editable: bool) -> None:
        for button in (self.add_person_button, self.remove_person_button):
            button.setEnabled(editable)
        self.categories_list.setEnabled(editable)

    def open_picker(self) -> PersonPicker:
        self.picker = open_picker(self.persons_service, self, self.add_persons)
        return self.picker

    def add_persons(self, chosen: list[tuple[str, str]]) -> None:
        add_picked(self.persons_list, chosen)

    def set_category(self, code: str, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.category_items[code].setCheckState(state)

    def categories(self) -> list[str]:
        return [
            code
            for code, item in self.category_items.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def person_ids(self) -> list[str]:
        return listed_person_ids(self.persons_list)

    def labels(self) -> dict[str, str]:
        """Person id → the label shown, for the step dialogs."""
        return {
            str(item.data(ID_ROLE)): item.text()
            for i in range(self.persons_list.count())
            if (item := self.persons_list.item(i))
        }

    def _remove_person(self) -> None:
        for item in self.persons_list.selectedItems():
            self.persons_list.takeItem(self.persons_list.row(item))
