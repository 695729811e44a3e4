"""Retranslate every open window after a language switch, without rebuilding it.

Windows set their texts once with ``tr()``; they do not keep the source strings. So a switch
walks the widget tree, reads each text a person sees (titles, labels, buttons, actions and
menus, tab names, table headers and items, combo items, placeholders, tooltips, spin-box
texts, the status bar's message) and asks :class:`~migdesk.ui.retranslate_lookup.Translator`
for it in the new language. Whatever is not a text handed out by ``tr()`` (typed input, names,
numbers from the vault) is left alone, which is also why nothing typed is lost.

Texts computed from state (counts, «страница 2 из 5») come out right when the window
recomputes them: a widget or item model with a ``retranslate()`` method is called after the
walk.

The work is cut into small steps, window by window (the window in front first, hidden ones
last): :class:`Retranslation` runs them all at once, or a few milliseconds' worth per turn of
the event loop, so that switching with many windows open does not freeze the program.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QStatusBar,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from migdesk.ui.retranslate_lookup import Translator

MAX_ITEMS = 5000  # item views beyond this many cells keep their cell texts (data, mostly)


def _apply(get: Callable[[], str], put: Callable[[str], None], translate: Translator) -> None:
    text = get()
    new = translate(text)
    if new is not None and new != text:
        put(new)


def _widget(widget: QWidget, tr: Translator) -> None:
    tr.set_context(widget)
    _apply(widget.windowTitle, widget.setWindowTitle, tr)
    _apply(widget.toolTip, widget.setToolTip, tr)
    _apply(widget.statusTip, widget.setStatusTip, tr)
    _apply(widget.whatsThis, widget.setWhatsThis, tr)
    _apply(widget.accessibleName, widget.setAccessibleName, tr)  # a label's text (field_names)
    _apply(widget.accessibleDescription, widget.setAccessibleDescription, tr)
    if isinstance(widget, QLabel | QAbstractButton):
        _apply(widget.text, widget.setText, tr)
    elif isinstance(widget, QGroupBox):
        _apply(widget.title, widget.setTitle, tr)
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        _apply(widget.placeholderText, widget.setPlaceholderText, tr)  # never the typed text
    elif isinstance(widget, QComboBox):
        _combo(widget, tr)
    elif isinstance(widget, QTabBar):
        _tabs(widget, tr)
    elif isinstance(widget, QStatusBar):
        _status_message(widget, tr)
    if isinstance(widget, QAbstractSpinBox):
        _apply(widget.specialValueText, widget.setSpecialValueText, tr)
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            _apply(widget.prefix, widget.setPrefix, tr)
            _apply(widget.suffix, widget.setSuffix, tr)
    if isinstance(widget, QAbstractItemView):
        _item_view(widget, tr)


def _status_message(bar: QStatusBar, tr: Translator) -> None:
    """The temporary message is no widget text: shown again in the new language, for the
    time it had left (QStatusBar times it with a child QTimer; none running: it stays)."""
    text = bar.currentMessage()
    new = tr.sentences(text) if text else None
    if new is None or new == text:
        return
    timers = [t for t in bar.findChildren(QTimer) if t.parent() is bar and t.isActive()]
    bar.showMessage(new, max(1, timers[0].remainingTime()) if timers else 0)


def _tabs(bar: QTabBar, tr: Translator) -> None:
    for index in range(bar.count()):
        new = tr(bar.tabText(index))
        if new is not None:
            bar.setTabText(index, new)
        tip = tr(bar.tabToolTip(index))
        if tip is not None:
            bar.setTabToolTip(index, tip)


def _combo(combo: QComboBox, tr: Translator) -> None:
    # An editable combo's typed text is input: it changes only if it was the item's text.
    typed = combo.currentText() if combo.isEditable() else None
    current = combo.currentIndex()
    shown_item = typed is not None and current >= 0 and combo.itemText(current) == typed
    tip_role = Qt.ItemDataRole.ToolTipRole
    for index in range(combo.count()):
        new = tr(combo.itemText(index))
        if new is not None:
            combo.setItemText(index, new)
        tip = combo.itemData(index, tip_role)
        if isinstance(tip, str) and (new_tip := tr(tip)) is not None:
            combo.setItemData(index, new_tip, tip_role)
    if typed is not None and not shown_item and combo.currentText() != typed:
        combo.setEditText(typed)


def _item(item: QTableWidgetItem | QListWidgetItem | QStandardItem, tr: Translator) -> None:
    _apply(item.text, item.setText, tr)
    _apply(item.toolTip, item.setToolTip, tr)


def _item_view(view: QAbstractItemView, tr: Translator) -> None:
    if isinstance(view, QTableWidget):
        for column in range(view.columnCount()):
            header = view.horizontalHeaderItem(column)
            if header is not None:
                _item(header, tr)
        if view.rowCount() * view.columnCount() <= MAX_ITEMS:
            for row in range(view.rowCount()):
                for column in range(view.columnCount()):
                    cell = view.item(row, column)
                    if cell is not None:
                        _item(cell, tr)
    elif isinstance(view, QTreeWidget):
        _tree(view, tr)
    elif isinstance(view, QListWidget):
        if view.count() <= MAX_ITEMS:
            for row in range(view.count()):
                _item(view.item(row), tr)
    else:
        model = view.model()
        # A combo's list is its model: ``_combo`` did its items (twice the work for every
        # country picker, ~250 items each, when walked again here).
        if isinstance(model, QStandardItemModel) and not _combo_popup(view):
            _standard_model(model, tr)


def _combo_popup(view: QAbstractItemView) -> bool:
    container = view.parentWidget()
    combo = container.parentWidget() if container is not None else None
    return isinstance(combo, QComboBox) and combo.model() is view.model()


def _tree_item(node: QTreeWidgetItem, columns: int, tr: Translator) -> None:
    for column in range(columns):
        new = tr(node.text(column))
        if new is not None:
            node.setText(column, new)


def _tree(view: QTreeWidget, tr: Translator) -> None:
    columns = view.columnCount()
    _tree_item(view.headerItem(), columns, tr)
    stack = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    seen = 0
    while stack and seen < MAX_ITEMS:
        node = stack.pop()
        if node is None:
            continue
        seen += 1
        _tree_item(node, columns, tr)
        stack.extend(node.child(i) for i in range(node.childCount()))


def _standard_model(model: QStandardItemModel, tr: Translator) -> None:
    for column in range(model.columnCount()):
        header = model.horizontalHeaderItem(column)
        if header is not None:
            _item(header, tr)
    if model.rowCount() * max(1, model.columnCount()) <= MAX_ITEMS:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                cell = model.item(row, column)
                if cell is not None:
                    _item(cell, tr)


def _hooks(widgets: list[QWidget]) -> None:
    """Windows and models whose texts are computed: they recompute them now."""
    models: list[QAbstractItemModel] = []
    for widget in widgets:
        hook = getattr(widget, "retranslate", None)
        if callable(hook):
            hook()
        if isinstance(widget, QAbstractItemView):
            model = widget.model()
            if model is not None and model not in models:
                models.append(model)
    for model in models:
        hook = getattr(model, "retranslate", None)
        if callable(hook):
            hook()
        if isinstance(model, QAbstractListModel | QStandardItemModel):
            # A list model has no header (and a private columnCount); item models changed
            # their items above, and a combo's would overwrite what was typed in it.
            continue
        columns = model.columnCount(QModelIndex())
        rows = model.rowCount(QModelIndex())
        if columns:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if columns and rows:  # cells whose data() translates (labels) are asked again
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


CHUNK = 60  # widgets walked in one step (~2–4 ms)


def _windows() -> list[tuple[QWidget, list[QWidget]]]:
    """Every widget of the application, by its window: the active window first, then the
    other visible ones, hidden ones (menus, combo lists, closed dialogs) last."""
    by_window: dict[QWidget, list[QWidget]] = {}
    for widget in QApplication.allWidgets():
        by_window.setdefault(widget.window(), []).append(widget)
    active = QApplication.activeWindow()
    return sorted(
        by_window.items(),
        key=lambda pair: (pair[0] is not active, not pair[0].isVisible()),
    )


class Retranslation:
    """One switch's work as small steps: per window its locale, its widgets (in chunks), its
    actions, then its ``retranslate()`` hooks. A widget gone meanwhile is skipped; one made
    meanwhile was made in the new language."""

    def __init__(self, before: str, *, language_change: bool = True) -> None:
        """``language_change``: send each window ``QEvent.LanguageChange`` (Qt's own widgets
        retranslate their texts on it) — unless the catalogs' install sent it already."""
        self.translate = Translator(before)
        self._language_change = language_change
        self._steps: deque[Callable[[], None]] = deque([self._plan])
        self._actions_done: set[QAction] = set()

    def _plan(self) -> None:
        """The first step: the windows and their widgets as they are now (a walk over every
        widget, 8–20 ms at 1M with every window open: a step of its own, not in the turn
        that asked for the switch)."""
        for window, widgets in _windows():
            self._steps.append(partial(self._locale, window))
            for start in range(0, len(widgets), CHUNK):
                self._steps.append(partial(self._widgets, widgets[start : start + CHUNK]))
            self._steps.append(partial(self._actions, window))
            self._steps.append(partial(self._hooks, window, widgets))

    @property
    def done(self) -> bool:
        return not self._steps

    def run(self, budget_s: float | None = None) -> bool:
        """Steps until all are done, or (with a budget) until the budget is spent — at least
        one. Returns whether all are done."""
        started = time.perf_counter()
        while self._steps:
            self._steps.popleft()()
            if budget_s is not None and time.perf_counter() - started >= budget_s:
                break
        return self.done

    def _locale(self, window: QWidget) -> None:
        if not shiboken6.isValid(window):
            return
        # Widgets keep the locale they were made with: calendars' month names, spin boxes'
        # numbers follow the new default only when told (children inherit from the window).
        window.setLocale(QLocale())
        if self._language_change:  # a widget passes it on to its children
            QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))

    def _widgets(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            if shiboken6.isValid(widget):
                _widget(widget, self.translate)

    def _actions(self, window: QWidget) -> None:
        if not shiboken6.isValid(window):
            return
        found = [*window.actions(), *window.findChildren(QAction)]
        if isinstance(window, QMenu):
            found.append(window.menuAction())
        translate = self.translate
        for action in found:
            if action in self._actions_done:
                continue  # a menu's actions are its window's too
            self._actions_done.add(action)
            translate.set_context(action)
            _apply(action.text, action.setText, translate)
            if action.toolTip() != action.text().replace("&", ""):  # Qt's default: the text
                _apply(action.toolTip, action.setToolTip, translate)
            _apply(action.statusTip, action.setStatusTip, translate)

    @staticmethod
    def _hooks(window: QWidget, widgets: list[QWidget]) -> None:
        if shiboken6.isValid(window):
            _hooks([widget for widget in widgets if shiboken6.isValid(widget)])
