"""The export dialog's two lists: the persons sent under the cover letter (Art. 8), picked
from the registry, and the medium the bundle is written to — removable drives first with
their free space, then any folder.
"""

from __future__ import annotations

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from migdesk.persons.service import PersonService
from migdesk.ui.drives import Target
from migdesk.ui.exchange.common import size_text
from migdesk.ui.kit import ID_ROLE
from migdesk.ui.person_picker import (
    PersonPicker,
    add_picked,
    listed_person_ids,
    open_picker,
    person_item,
    person_labels,
)
from migdesk.ui.save_dialogs import choose_folder
from migdesk.ui.tasks import BackgroundOp


class ExportPersons(QWidget):
    """The persons to send, with «Добавить из реестра…» and «Убрать»."""

    def __init__(self, service: PersonService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.labels_op: BackgroundOp[dict[str, str]] | None = None
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setFixedHeight(self.fontMetrics().height() * 5 + 12)
        pick = QPushButton(self.tr("Добавить из реестра…"))
        pick.clicked.connect(self.pick_persons)
        remove = QPushButton(self.tr("Убрать"))
        remove.clicked.connect(self.remove_selected)
        person_buttons = QVBoxLayout()
        person_buttons.addWidget(pick)
        person_buttons.addWidget(remove)
        person_buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(person_buttons)
        # As tall as its list: a taller dialog gives its room to the other rows.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def person_ids(self) -> list[str]:
        return listed_person_ids(self.list)

    def add_persons(self, ids: list[str]) -> BackgroundOp[dict[str, str]] | None:
        """Listed at once (``person_ids`` has them); their names are read in the background
        and replace «Загрузка…» when they arrive."""
        listed = set(self.person_ids())
        new = [i for i in dict.fromkeys(ids) if i not in listed]
        if not new:
            return None
        for person_id in new:
            self.list.addItem(person_item(person_id, self.tr("Загрузка…")))
        service = self.service
        self.labels_op = (
            BackgroundOp(self, lambda _ctx: person_labels(service, new))
            .on_success(self._show_labels)
            .on_failure(lambda _exc: self._show_labels({i: i for i in new}))
            .run()
        )
        return self.labels_op

    def _show_labels(self, labels: dict[str, str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            label = labels.get(str(item.data(ID_ROLE)))
            if label is not None:
                item.setText(label)

    def _add_picked(self, picked: list[tuple[str, str]]) -> None:
        add_picked(self.list, picked)

    def pick_persons(self) -> PersonPicker:
        return open_picker(self.service, self, self._add_picked)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))


class ExportMedium(QWidget):
    """Where the bundle goes: the drives found, and «Другая папка…»."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        other = QPushButton(self.tr("Другая папка…"))
        other.clicked.connect(self.choose_other)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addWidget(other, 0, Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _item_text(self, target: Target) -> str:
        kind = self.tr("Съёмный носитель") if target.removable else self.tr("Папка")
        if target.free >= 0:
            space = self.tr("свободно {free}").format(free=size_text(target.free))
        else:
            space = self.tr("свободное место неизвестно")
        return f"{kind}: {target.label} ({space}) — {target.path}"

    def set_targets(self, targets: list[Target]) -> None:
        self.list.clear()
        for target in targets:
            self.add_target(target)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * 3 + 6)

    def show_loading(self, text: str) -> None:
        """«Загрузка…» until the drives are listed (in the background, #17): an item with no
        target, so nothing is chosen by it."""
        self.list.clear()
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * 3 + 6)

    def set_listed(self, targets: list[Target]) -> None:
        """The drives found, first; a folder the officer chose meanwhile stays (and chosen)."""
        chosen = self.current_target()
        kept = [
            item.data(Qt.ItemDataRole.UserRole)
            for item in (self.list.item(row) for row in range(self.list.count()))
            if isinstance(item.data(Qt.ItemDataRole.UserRole), Target)
        ]
        self.set_targets(targets + kept)
        if chosen is not None:
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == chosen:
                    self.list.setCurrentRow(row)

    def add_target(self, target: Target) -> QListWidgetItem:
        item = QListWidgetItem(self._item_text(target))
        item.setData(Qt.ItemDataRole.UserRole, target)
        item.setToolTip(str(target.path))
        self.list.addItem(item)
        return item

    def current_target(self) -> Target | None:
        item = self.list.currentItem()
        target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return target if isinstance(target, Target) else None

    def choose_other(self) -> None:
        folder = choose_folder(self, self.tr("Папка для пакета"))
        if folder is not None:
            info = QStorageInfo(str(folder))
            target = Target(folder, folder.name or str(folder), False, info.bytesAvailable(), -1)
            self.list.setCurrentItem(self.add_target(target))
