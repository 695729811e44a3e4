"""Cell editors of the sub-record tables: code combos and date fields.

Code-valued cells keep the code in ``Qt.UserRole`` and show its label; the table reads
the code back, so a label never reaches the domain.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from migdesk.ui.country_combo import CountryCombo
from migdesk.ui.date_typing import dotted

CODE_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for code, label in self._choices.items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(CODE_ROLE))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        code = editor.currentData()
        model.setData(index, code, CODE_ROLE)
        model.setData(index, self._choices.get(code, ""), Qt.ItemDataRole.DisplayRole)


class CountryDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        return CountryCombo(parent, empty_text="—")

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, CountryCombo)
        editor.set_code(index.data(CODE_ROLE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, CountryCombo)
        code = editor.code()
        text = editor.currentText().strip()
        if code is None and text and text != "—":
            code = text.upper()  # an unknown code goes to the domain, which names the problem
        set_country(model, index, code)


def set_country(model: QAbstractItemModel, index: _Index, code: str | None) -> None:
    model.setData(index, code, CODE_ROLE)
    model.setData(index, code or "", Qt.ItemDataRole.DisplayRole)


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(QCoreApplication.translate("Subrecords", "ДД.ММ.ГГГГ"))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        # «05051990» or «5,5,1990» from the keypad shows with dots as soon as the cell is left.
        assert isinstance(editor, QLineEdit)
        model.setData(index, dotted(editor.text()), Qt.ItemDataRole.EditRole)
