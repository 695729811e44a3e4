"""«Семья» on the person card (Art. 1, Art. 3.1(4)): the person's spouse, children, parents
and other family members with their residence rights; a double click opens the relative's
card. Links are saved at once (``FamilyService``), not with the card's other fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migdesk.errors import MigDeskError
from migdesk.persons.family import FamilyService, Relative
from migdesk.persons.service import PersonService
from migdesk.ui import messages
from migdesk.ui.columns import TitleHeader
from migdesk.ui.display import date_ru
from migdesk.ui.person_picker import PersonPicker, open_picker
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import ERROR_STYLE, hint_label


class FamilyTab(QWidget):
    open_requested = Signal(str)  # the relative's person id
    write_finished = Signal(bool)  # a link added or removed on a worker: written or not

    def __init__(self, service: PersonService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.family = FamilyService(service.vault)
        self.person_id: str | None = None
        self.relatives: list[Relative] = []
        self.picker: PersonPicker | None = None
        self.write_op: BackgroundOp[list[Relative]] | None = None  # a link being written

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Кем приходится"),
                self.tr("Член семьи"),
                self.tr("Право на проживание и работу"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeader(TitleHeader(Qt.Orientation.Horizontal, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(QCoreApplication.translate("PersonForm", "Семья"))  # the tab
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))

        self.relation = QComboBox()
        for code, label in self.relation_labels().items():
            self.relation.addItem(label, code)
        self.add_button = QPushButton(self.tr("Добавить члена семьи…"))
        self.add_button.clicked.connect(self.pick)
        self.remove_button = QPushButton(self.tr("Удалить связь"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button = QPushButton(self.tr("Открыть карточку"))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.status = QLabel()
        self.status.setWordWrap(True)

        row = QHBoxLayout()
        relation_label = QLabel(self.tr("Кем приходится:"))
        relation_label.setBuddy(self.relation)  # its name for a screen reader
        self.relation.setAccessibleName(relation_label.text())
        row.addWidget(relation_label)
        row.addWidget(self.relation)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Права членов семьи на проживание и работу видны здесь; связь сохраняется "
                    "сразу и передаётся в пакете вместе с обоими лицами."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.set_person(None)

    def relation_labels(self) -> dict[str, str]:
        return {
            "spouse": self.tr("супруг (супруга)"),
            "child": self.tr("ребёнок"),
            "parent": self.tr("родитель"),
            "other": self.tr("иной член семьи"),
        }

    def permit_labels(self) -> dict[str, str]:
        return {
            "special_status": self.tr("специальный статус проживания"),
            "temporary_residence": self.tr("разрешение на временное проживание"),
            "permanent_residence": self.tr("разрешение на постоянное проживание"),
            "work_permit": self.tr("право на работу"),
        }

    def set_person(
        self, person_id: str | None, relatives: list[Relative] | MigDeskError | None = None
    ) -> None:
        """Links exist between saved persons only. ``relatives``: already read (off the GUI
        thread, when a card opens); without them they are read now."""
        self.person_id = person_id
        for button in (self.add_button, self.remove_button, self.open_button):
            button.setEnabled(person_id is not None)
        if person_id is None:
            self.status.setText(self.tr("Членов семьи можно указать после сохранения записи."))
            self.relatives = []
            self.table.setRowCount(0)
            return
        if relatives is None:
            self.reload()
        elif isinstance(relatives, MigDeskError):
            self._error(relatives)
        else:
            self._show(relatives)

    def reload(self) -> None:
        if self.person_id is None:
            return
        try:
            relatives = self.family.relatives(self.person_id)
        except MigDeskError as exc:
            self._error(exc)
            return
        self._show(relatives)

    def _show(self, relatives: list[Relative]) -> None:
        self.relatives = relatives
        labels, permits = self.relation_labels(), self.permit_labels()
        self.table.setRowCount(len(self.relatives))
        for row, relative in enumerate(self.relatives):
            rights = "; ".join(
                permits.get(right.kind, right.label)
                + (f" ({right.country})" if right.country else "")
                + (
                    self.tr(" до {date}").format(date=date_ru(right.valid_until))
                    if right.valid_until
                    else ""
                )
                for right in relative.rights
            )
            cells = (labels[relative.relation], relative.name, rights or self.tr("не указано"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(relative.relative_id if column == 1 else text)
                self.table.setItem(row, column, item)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Членов семьи: {count}").format(count=len(self.relatives))
            if self.relatives
            else self.tr("Члены семьи не указаны.")
        )

    def pick(self) -> None:
        if self.person_id is None:
            return
        self.picker = open_picker(self.service, self, self.add_picked)

    def add_picked(self, chosen: list[tuple[str, str]]) -> None:
        assert self.person_id is not None
        person_id, relation = self.person_id, str(self.relation.currentData())

        def change(family: FamilyService) -> None:
            for relative_id, _label in chosen:
                family.add(person_id, relative_id, relation)

        self._write(change)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if self.person_id is None or not 0 <= row < len(self.relatives):
            return
        person_id, relative_id = self.person_id, self.relatives[row].relative_id
        self._write(lambda family: family.remove(person_id, relative_id))

    def _write(self, change: Callable[[FamilyService], object]) -> None:
        """The link's write and the list read back (an audited read) run on a worker, in
        order: they wait for the vault's write lock, which an index upkeep step holds up to
        ~0.5 s at 1M (#17: no frozen window). The buttons wait meanwhile."""
        if self.write_op is not None or self.person_id is None:
            return
        family, person_id = self.family, self.person_id

        def work(_ctx: TaskContext) -> list[Relative]:
            change(family)
            return family.relatives(person_id)

        self.write_op = (
            BackgroundOp(self, work)
            .in_order()
            .disabling(self.add_button, self.remove_button)
            .on_success(self._written)
            .on_failure(self._write_failed)
            .on_cancelled(lambda: self._write_ended(written=False))
            .run()
        )

    def _written(self, relatives: list[Relative]) -> None:
        self._show(relatives)
        self._write_ended(written=True)

    def _write_failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(messages.error_text(exc))
        self._write_ended(written=False)

    def _write_ended(self, *, written: bool) -> None:
        self.write_op = None
        if self.person_id is None:  # the tab was emptied meanwhile
            self.add_button.setEnabled(False)
            self.remove_button.setEnabled(False)
        self.write_finished.emit(written)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.relatives):
            self.open_requested.emit(self.relatives[row].relative_id)

    def _error(self, exc: MigDeskError) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(messages.error_text(exc))
