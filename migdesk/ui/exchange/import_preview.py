"""The import dialog's preview: what the bundle would change (a summary, a tree of persons,
requests, letters, signatories, family links and acknowledgements), the probable matches the
officer may link, and the conflicts to decide — keep ours, or take the bundle's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migdesk.exchange import ImportResult, Resolution
from migdesk.exchange.preview import (
    ImportPreview,
    PersonChange,
    PersonMatch,
    describe_family_change,
    describe_request_change,
    format_ranges,
)
from migdesk.persons.labels import field_label
from migdesk.ui.exchange.common import channel_text, kind_text
from migdesk.ui.widgets import WARNING_STYLE

UNDECIDED, KEEP_LOCAL, TAKE_BUNDLE = 0, 1, 2


def request_counts(preview: ImportPreview) -> tuple[int, int]:
    """(messages registered, letters recorded) by the import."""
    messages_new = sum(1 for r in preview.requests if r.change == "new")
    letters = sum(1 for r in preview.requests if r.change == "step")
    return messages_new, letters


class ImportPreviewPanel(QWidget):
    decided = Signal()  # a conflict's choice changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link_items: dict[str, QTreeWidgetItem] = {}  # incoming person id → its row
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Что изменится"), self.tr("Подробности")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 360)
        self.conflicts_label = QLabel(
            self.tr("Конфликты — решите для каждой записи, какую версию оставить:")
        )
        self.conflicts_label.setStyleSheet(WARNING_STYLE)
        self.conflicts = QTableWidget(0, 3)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Лицо"), self.tr("Различаются поля"), self.tr("Решение")]
        )
        self.conflicts.verticalHeader().hide()
        self.conflicts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.conflicts.setColumnWidth(0, 240)
        self.warnings = QLabel()
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 2)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.warnings)
        self.clear()

    def clear(self) -> None:
        self.summary.hide()
        self.tree.clear()  # stays visible (empty): it holds the dialog's spare height
        self.conflicts.setRowCount(0)
        self.conflicts.hide()
        self.conflicts_label.hide()
        self.warnings.hide()

    def _new_person_text(self, match: PersonMatch | None) -> str:
        if match is None:
            return self.tr("новое лицо")
        lead = (
            self.tr("вероятно то же лицо, что {name}")
            if match.level == "probable"
            else self.tr("возможно то же лицо, что {name}")
        )
        return lead.format(name=match.local_name)

    def _person_item(
        self,
        parent: QTreeWidgetItem,
        change: PersonChange,
        detail: str,
        match: PersonMatch | None = None,
    ) -> None:
        item = QTreeWidgetItem(parent, [change.name or change.id, detail])
        item.setToolTip(0, change.id)
        if match is not None:
            # Ticked: the received record is linked to ours on import (never merged).
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(1, Qt.CheckState.Unchecked)
            item.setToolTip(
                1,
                self.tr("Отметьте, чтобы связать с записью {id}: {reasons}").format(
                    id=match.local_id, reasons="; ".join(match.reasons)
                ),
            )
            self.link_items[change.id] = item

    def links(self) -> list[str]:
        """Incoming persons the officer chose to link to their local match."""
        return [
            person_id
            for person_id, item in self.link_items.items()
            if item.checkState(1) == Qt.CheckState.Checked
        ]

    def show_result(self, result: ImportResult) -> None:
        p = result.preview
        lines = [
            self.tr(
                "Отправитель: {sender}; пакет № {sequence} (канал {channel}); вид: {kind}."
            ).format(
                sender=result.sender,
                sequence=result.sequence,
                channel=channel_text(result.channel),
                kind=kind_text(result.kind),
            )
        ]
        # A preview exists only for a bundle that passed every check: say so (issue 13.20).
        lines.append(
            self.tr(
                "Проверено: подпись отправителя действительна (сертификат {sender}, которому "
                "доверяет это хранилище), пакет не изменён и адресован нашему органу."
            ).format(sender=result.sender)
        )
        if p.purpose:
            lines.append(self.tr("Цель: {purpose}").format(purpose=p.purpose))
        if p.cover_text:
            lines.append(self.tr("Сопроводительное письмо: {text}").format(text=p.cover_text))
        if result.status == "already_imported":
            lines.append(self.tr("Этот пакет уже был загружен ранее; ничего не изменится."))
        elif result.status == "preview":
            registered, letters = request_counts(p)
            lines.append(
                self.tr(
                    "При загрузке будет записано: новых лиц — {new}, обновлений — {updated}, "
                    "запросов и сообщений — {requests}, писем по запросам — {letters}."
                ).format(
                    new=len(p.new_persons),
                    updated=len(p.updated_persons),
                    requests=registered,
                    letters=letters,
                )
            )
        if p.matches and result.status == "preview":
            lines.append(
                self.tr(
                    "Похожи на лиц из нашего реестра: {n}. Отметьте тех, кого нужно связать с "
                    "нашей записью; полученная запись останется отдельной, с ограничениями "
                    "отправителя."
                ).format(n=len(p.matches))
            )
        self.summary.setText("\n".join(lines))
        self.summary.show()

        self.tree.clear()
        self.link_items = {}
        matched = {m.id: m for m in p.matches}
        sections: list[tuple[str, list[tuple[PersonChange, str]]]] = [
            (
                self.tr("Новые лица: {n}"),
                [(c, self._new_person_text(matched.get(c.id))) for c in p.new_persons],
            ),
            (
                self.tr("Обновления: {n}"),
                [
                    (
                        c,
                        self.tr("изменятся поля: {fields}").format(
                            fields=", ".join(map(field_label, c.fields))
                        ),
                    )
                    for c in p.updated_persons
                ],
            ),
            (
                self.tr("Без изменений: {n}"),
                [(c, self.tr("совпадает с записью в хранилище")) for c in p.unchanged_persons],
            ),
        ]
        for title, entries in sections:
            if not entries:
                continue
            top = QTreeWidgetItem(self.tree, [title.format(n=len(entries)), ""])
            for change, detail in entries:
                self._person_item(top, change, detail, matched.get(change.id))
            top.setExpanded(True)
        if p.requests:
            top = QTreeWidgetItem(
                self.tree,
                [self.tr("Запросы и письма: {n}").format(n=len(p.requests)), ""],
            )
            for request in p.requests:
                item = QTreeWidgetItem(top, [describe_request_change(request), ""])
                item.setFirstColumnSpanned(True)
                item.setToolTip(0, request.id)
            top.setExpanded(True)
        if p.signatories:
            top = QTreeWidgetItem(
                self.tree,
                [
                    self.tr("Перечень подписантов (п.\u00a04 ст.\u00a09): {n}").format(
                        n=len(p.signatories)
                    ),
                    "",
                ],
            )
            for line in p.signatories:
                QTreeWidgetItem(top, [line, ""]).setFirstColumnSpanned(True)
            top.setExpanded(True)
        if p.family:
            top = QTreeWidgetItem(
                self.tree,
                [self.tr("Связи с членами семьи: {n}").format(n=len(p.family)), ""],
            )
            for link in p.family:
                item = QTreeWidgetItem(top, [describe_family_change(link), ""])
                item.setFirstColumnSpanned(True)
                item.setToolTip(0, f"{link.relative} → {link.person}")
            top.setExpanded(True)
        if p.acknowledged:
            top = QTreeWidgetItem(
                self.tree,
                [
                    self.tr("Подтверждает получение наших пакетов: {n}").format(
                        n=len(p.acknowledged)
                    ),
                    "",
                ],
            )
            for bundle_id in p.acknowledged:
                QTreeWidgetItem(top, [bundle_id, ""])
        if p.missing:
            QTreeWidgetItem(
                self.tree,
                [
                    self.tr("Пропущены пакеты № {numbers}").format(
                        numbers=format_ranges(p.missing)
                    ),
                    self.tr("запросите их у отправителя повторно"),
                ],
            )

        self.conflicts.setRowCount(len(p.conflicts))
        for row, conflict in enumerate(p.conflicts):
            name = QTableWidgetItem(conflict.name or conflict.id)
            name.setToolTip(conflict.id)
            name.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.conflicts.setItem(row, 0, name)
            self.conflicts.setItem(
                row, 1, QTableWidgetItem(", ".join(map(field_label, conflict.fields)))
            )
            choice = QComboBox()
            choice.addItem(self.tr("— выберите —"))
            choice.addItem(self.tr("Оставить свою запись"))
            choice.addItem(self.tr("Принять из пакета"))
            choice.currentIndexChanged.connect(lambda _i: self.decided.emit())
            self.conflicts.setCellWidget(row, 2, choice)
            self.conflicts.setColumnWidth(2, choice.sizeHint().width() + 8)
        self.conflicts.setVisible(bool(p.conflicts))
        self.conflicts_label.setVisible(bool(p.conflicts))
        self.warnings.setText("\n".join(p.warnings))
        self.warnings.setVisible(bool(p.warnings))

    def _choice(self, row: int) -> QComboBox:
        widget = self.conflicts.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def set_resolution(self, row: int, choice: int) -> None:
        self._choice(row).setCurrentIndex(choice)

    def resolutions(self) -> dict[str, Resolution] | None:
        """Per conflicting person id, or None while one is undecided."""
        chosen: dict[str, Resolution] = {}
        for row in range(self.conflicts.rowCount()):
            index = self._choice(row).currentIndex()
            if index == UNDECIDED:
                return None
            item = self.conflicts.item(row, 0)
            person_id = str(item.data(Qt.ItemDataRole.UserRole)) if item else ""
            chosen[person_id] = Resolution.LOCAL if index == KEEP_LOCAL else Resolution.BUNDLE
        return chosen
