"""«История»: every revision of the record — when, who, which fields, old → new."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from migdesk.persons.labels import FIELD_LABELS, field_label
from migdesk.persons.service import HistoryEntry
from migdesk.ui.columns import size_columns
from migdesk.ui.display import local_time, value_text
from migdesk.ui.widgets import hint_label

_ORDER = {name: index for index, name in enumerate(FIELD_LABELS)}


def _form_order(path: str) -> tuple[int, str]:
    top = path.split(".", 1)[0].split("[", 1)[0]
    return _ORDER.get(top, len(_ORDER)), path


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_label = hint_label(self.tr("История появится после первого сохранения."))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Редакция"), self.tr("Когда"), self.tr("Кто"), self.tr("Что изменено")]
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        size_columns(self.tree, "person_history", [8, 16, 20])  # «Что изменено» takes the room
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        self.load([])

    def _action(self, action: str) -> str:
        names = {
            "create": self.tr("создание записи"),
            "update": self.tr("изменение"),
            # A supervisor's merge (persons/duplicates.py): shown «merge» before.
            "merge": self.tr("объединение с другой записью"),
        }
        return names.get(action, action)

    def load(self, entries: list[HistoryEntry], names: dict[str, str] | None = None) -> None:
        """``names``: login → full name of the users (who changed is shown by name)."""
        names = names or {}
        self.tree.clear()
        self.empty_label.setVisible(not entries)
        self.tree.setVisible(bool(entries))
        for entry in reversed(entries):  # newest first
            # In the order of the card, not of the internal keys (issue 13.15).
            changes = {
                name: entry.changes[name]
                for name in sorted(entry.changes, key=_form_order)
                if entry.action != "create" or entry.changes[name][1] not in (None, [], "")
            }
            # A creation lists every field: the summary would only be cut; details are below.
            summary = "" if entry.action == "create" else ", ".join(map(field_label, changes))
            top = QTreeWidgetItem(
                [
                    str(entry.revision),
                    local_time(entry.changed_at),
                    names.get(entry.changed_by, entry.changed_by),
                    f"{self._action(entry.action)}: {summary}"
                    if summary
                    else self._action(entry.action),
                ]
            )
            self.tree.addTopLevelItem(top)
            for name, (old, new) in changes.items():
                if entry.action == "create":
                    line = f"{field_label(name)}: {value_text(name, new)}"
                else:
                    line = f"{field_label(name)}: {value_text(name, old)} → {value_text(name, new)}"
                child = QTreeWidgetItem([line])
                child.setToolTip(0, line)
                top.addChild(child)
                child.setFirstColumnSpanned(True)
            top.setExpanded(entry is entries[-1])

    def _top(self, row: int) -> QTreeWidgetItem:
        item = self.tree.topLevelItem(row)
        assert item is not None
        return item

    def top_level_texts(self) -> list[str]:
        return [self._top(i).text(3) for i in range(self.tree.topLevelItemCount())]

    def child_texts(self, row: int) -> list[str]:
        top = self._top(row)
        return [child.text(0) for i in range(top.childCount()) if (child := top.child(i))]
