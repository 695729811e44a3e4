"""Retranslate every open window after a language switch, without rebuilding it.

Windows set their texts once with ``tr()``; they do not keep the source strings. The
:class:`~migdesk.ui.i18n.LanguageHub` does: for every text it handed out it knows the context
and source it came from. So a switch walks the widget tree, reads each text a person sees
(titles, labels, buttons, actions and menus, tab names, table headers and items, combo items,
placeholders, tooltips, spin-box texts, the status bar's message), finds where it came from —
exactly, or as a ``{name}``/``%1`` template filled in by ``.format()`` — and asks again in
the new language.
Whatever is not a text handed out by ``tr()`` (typed input, names, numbers from the vault)
is left alone, which is also why nothing typed is lost.

Texts computed from state (counts, «страница 2 из 5») come out right when the window
recomputes them: a widget or item model with a ``retranslate()`` method is called after the
walk.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
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

from migdesk.languages import LANGUAGES
from migdesk.ui import domain_texts
from migdesk.ui.i18n import _PLACEHOLDER, Origin, hub

_TAG = re.compile(r"(<[^<>]*>)")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
MAX_ITEMS = 5000  # item views beyond this many cells keep their cell texts (data, mostly)


_OWN_CLASSES: dict[str, tuple[str, ...]] = {}


def _own_classes(cls: type) -> tuple[str, ...]:
    """The application's classes in ``cls``'s MRO (``self.tr`` contexts), not Qt's."""
    key = f"{cls.__module__}.{cls.__qualname__}"
    names = _OWN_CLASSES.get(key)
    if names is None:
        names = tuple(
            c.__name__
            for c in cls.__mro__
            if not c.__module__.startswith(("PySide6", "Shiboken", "builtins"))
        )
        _OWN_CLASSES[key] = names
    return names


class _Translator:
    """Maps one text from the language before to the language after."""

    def __init__(self, before: str) -> None:
        # The language the text was shown in first, then the others (a window built while
        # another language was current).
        self.order = [before, *(lang for lang in LANGUAGES if lang != before)]
        self.widget: QObject | None = None
        self._contexts: list[str] | None = None
        self._unknown: set[str] = set()  # texts found nowhere, within this one walk

    def __call__(self, text: str) -> str | None:
        if not text or text.isspace():
            return None
        if text in self._unknown:
            return None  # e.g. the same country in every country combo
        found = self._lookup(text)
        if found is None:
            self._unknown.add(text)
        return found

    def _lookup(self, text: str) -> str | None:
        the_hub = hub()
        for lang in self.order:
            origins = the_hub.origins(text, lang)
            if origins:
                return self._again(text, origins)
        for lang in self.order:
            for template in the_hub.templates(text, lang):
                args = template.arguments(text)
                if args is not None:
                    return self._fill(template.origin, args)
        label = domain_texts.again(text, self.order, the_hub.code)  # the services' labels
        if label is not None:
            return label
        if "<" in text and ">" in text:
            return self._rich(text)
        return None

    def _rich(self, text: str) -> str | None:
        """Rich text built from translated pieces («{text} <a href=…>{link}</a>»): each
        piece between the tags on its own."""
        changed = False
        pieces = _TAG.split(text)
        for index, piece in enumerate(pieces):
            plain = html.unescape(piece).strip()
            if index % 2 or not plain:
                continue  # a tag, or only spaces
            new = self(plain)
            if new is not None and new != plain:
                lead = piece[: len(piece) - len(piece.lstrip())]
                trail = piece[len(piece.rstrip()) :]
                pieces[index] = lead + html.escape(new, quote=False) + trail
                changed = True
        return "".join(pieces) if changed else None

    def _again(self, text: str, origins: list[Origin]) -> str:
        """The same source may be in several contexts with different translations: the
        context nearest the widget first (``self.tr`` uses the class name), and a context
        that translates it before one that does not."""
        ranked = (
            origins
            if len(origins) == 1
            else sorted(
                origins,
                key=lambda o: (
                    self.contexts.index(o.context)
                    if o.context in self.contexts
                    else len(self.contexts)
                ),
            )
        )
        fallback = text
        for origin in ranked:
            new = hub().again(origin)
            if new != origin.source:
                return new
            fallback = new
        return fallback

    def _fill(self, origin: Origin, args: dict[str, str]) -> str:
        n = None
        if "%n" in args:
            digits = "".join(ch for ch in args["%n"] if ch.isdigit())
            n = int(digits) if digits else None
        template = hub().again(origin, n)

        def argument(match: object) -> str:
            token = match.group(0)  # type: ignore[attr-defined]
            if token not in args or token == "%n":
                return str(token)
            value = args[token]
            return self(value) or value  # an argument may itself be a translated word

        return _PLACEHOLDER.sub(argument, template)

    def sentences(self, text: str) -> str | None:
        """A text made of whole translated sentences joined by spaces (a status message:
        the lock's note, then what became of the unsaved cards): each sentence on its own."""
        whole = self(text)
        if whole is not None:
            return whole
        pieces = _SENTENCE_END.split(text)
        if len(pieces) < 2:
            return None
        again = [self(piece) or piece for piece in pieces]
        return " ".join(again) if again != pieces else None

    def set_context(self, widget: QObject) -> None:
        """The widget whose texts come next; its contexts are worked out only when a text
        has several origins (rare), since walking the parents for every widget is slow."""
        self.widget = widget
        self._contexts = None

    @property
    def contexts(self) -> list[str]:
        """The classes of the widget and its parents, nearest first: the contexts its
        texts most likely came from."""
        if self._contexts is None:
            names: list[str] = []
            node: QObject | None = self.widget
            while node is not None:
                for name in _own_classes(type(node)):
                    if name not in names:
                        names.append(name)
                node = node.parent()
            self._contexts = names
        return self._contexts


def _apply(get: Callable[[], str], put: Callable[[str], None], translate: _Translator) -> None:
    text = get()
    new = translate(text)
    if new is not None and new != text:
        put(new)


def _widget(widget: QWidget, tr: _Translator) -> None:
    tr.set_context(widget)
    _apply(widget.windowTitle, widget.setWindowTitle, tr)
    _apply(widget.toolTip, widget.setToolTip, tr)
    _apply(widget.statusTip, widget.setStatusTip, tr)
    _apply(widget.whatsThis, widget.setWhatsThis, tr)
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


def _status_message(bar: QStatusBar, tr: _Translator) -> None:
    """The temporary message is no widget text: shown again in the new language, for the
    time it had left (QStatusBar times it with a child QTimer; none running: it stays)."""
    text = bar.currentMessage()
    new = tr.sentences(text) if text else None
    if new is None or new == text:
        return
    timers = [t for t in bar.findChildren(QTimer) if t.parent() is bar and t.isActive()]
    bar.showMessage(new, max(1, timers[0].remainingTime()) if timers else 0)


def _tabs(bar: QTabBar, tr: _Translator) -> None:
    for index in range(bar.count()):
        new = tr(bar.tabText(index))
        if new is not None:
            bar.setTabText(index, new)
        tip = tr(bar.tabToolTip(index))
        if tip is not None:
            bar.setTabToolTip(index, tip)


def _combo(combo: QComboBox, tr: _Translator) -> None:
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


def _item(item: QTableWidgetItem | QListWidgetItem | QStandardItem, tr: _Translator) -> None:
    _apply(item.text, item.setText, tr)
    _apply(item.toolTip, item.setToolTip, tr)


def _item_view(view: QAbstractItemView, tr: _Translator) -> None:
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


def _tree_item(node: QTreeWidgetItem, columns: int, tr: _Translator) -> None:
    for column in range(columns):
        new = tr(node.text(column))
        if new is not None:
            node.setText(column, new)


def _tree(view: QTreeWidget, tr: _Translator) -> None:
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


def _standard_model(model: QStandardItemModel, tr: _Translator) -> None:
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


def _actions(objects: Iterable[QObject]) -> set[QAction]:
    found: set[QAction] = set()
    for obj in objects:
        if isinstance(obj, QWidget):
            found.update(obj.actions())
            if isinstance(obj, QMenu):
                found.add(obj.menuAction())
        found.update(obj.findChildren(QAction))
    return found


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


def retranslate_all(before: str, after: str) -> None:
    """Every widget of the application, from ``before``'s texts to ``after``'s."""
    if before == after:
        return
    translate = _Translator(before)
    # Widgets keep the locale they were made with: calendars' month names, spin boxes'
    # numbers follow the new default only when told (children inherit from the window).
    for window in QApplication.topLevelWidgets():
        window.setLocale(QLocale())
    widgets = list(QApplication.allWidgets())
    for widget in widgets:
        _widget(widget, translate)
    for action in _actions(QApplication.topLevelWidgets()):
        translate.set_context(action)
        _apply(action.text, action.setText, translate)
        if action.toolTip() != action.text().replace("&", ""):  # Qt's default: the text
            _apply(action.toolTip, action.setToolTip, translate)
        _apply(action.statusTip, action.setStatusTip, translate)
    _hooks(widgets)
