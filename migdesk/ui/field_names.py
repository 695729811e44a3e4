"""The names a screen reader reads for a form's fields.

Qt names a field after a QLabel only when the label is its buddy *and* a sibling (same
parent). Most of our fields sit in a wrapper (``FieldWithError``, a row of a field and a
button), so the label's buddy is the wrapper and the field itself had no name: a screen reader
read «поле ввода» or, for a combo, only the value chosen. Here the label's text becomes the
field's accessible name; a language switch translates it with the other texts
(:mod:`migdesk.ui.retranslate` walks accessible names too).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# What takes typing or a choice and has no text of its own to be read (a check box or a
# button reads its own text).
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def is_input(widget: QWidget) -> bool:
    """An input a person reaches, not a part of another (a combo's or spin box's own edit)."""
    parent = widget.parentWidget()
    return (
        isinstance(widget, INPUTS)
        and not isinstance(widget, QHeaderView)  # a table's part, named by its columns
        and not isinstance(parent, QComboBox | QAbstractSpinBox)
    )


def first_input(widget: QWidget) -> QWidget | None:
    """``widget`` if it is an input, else the first input inside it (in creation order)."""
    if is_input(widget):
        return widget
    return next((w for w in widget.findChildren(QWidget) if is_input(w)), None)


def _layout_input(layout: QLayout) -> QWidget | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.widget() if item is not None else None
        found = first_input(child) if child is not None else None
        inner = item.layout() if item is not None else None
        if found is None and inner is not None:
            found = _layout_input(inner)
        if found is not None:
            return found
    return None


def name_field(field: QWidget | None, label: QLabel) -> None:
    """The label's text as the name of the input at or in ``field`` (kept if it has one),
    and the label's buddy that input: Alt+its letter goes there, and the label says whom it
    labels (on Linux a combo's name is its value; its label is told by that relation)."""
    target = field if field is None or is_input(field) else first_input(field)
    if target is None:
        return
    if label.buddy() is not target:
        label.setBuddy(target)
    if label.text() and not target.accessibleName():
        target.setAccessibleName(label.text())


def name_form_fields(form: QFormLayout) -> None:
    """Each row's label names the row's input: a wrapped field, or the first input of a row
    laid out beside a button (the vault path beside «Обзор…»)."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = label_item.widget() if label_item is not None else None
        if not isinstance(label, QLabel) or field_item is None:
            continue
        field = field_item.widget()
        inner = field_item.layout()
        target = first_input(field) if field is not None else None
        if target is None and inner is not None:
            target = _layout_input(inner)
        name_field(target, label)
