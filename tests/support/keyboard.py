"""Walking a window with the keyboard only: typing any script, the Tab stops in order, and
the name a screen reader reads for each field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QWidget

from migdesk.ui.field_names import is_input


def type_text(widget: QWidget, text: str) -> None:
    """Keys carrying ``text``, Cyrillic and Armenian included (``qtbot.keyClicks`` knows
    only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def spoken_name(widget: QWidget) -> str:
    """What Qt gives a screen reader as the field's label: its accessible name, else a
    sibling QLabel whose buddy it is, else the title of the group box it sits in directly
    (Qt's own rule, ``buddyString`` in qaccessiblewidget.cpp)."""
    if widget.accessibleName():
        return widget.accessibleName()
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget and label.text():
            return label.text()
    return parent.title() if isinstance(parent, QGroupBox) else ""


def unnamed_inputs(window: QWidget) -> list[str]:
    """The visible inputs of ``window`` that a screen reader cannot name (class and the
    nearest text around them, for the failure message)."""
    found = []
    for widget in window.findChildren(QWidget):
        if is_input(widget) and widget.isVisibleTo(window) and not spoken_name(widget):
            where = widget.parentWidget()
            found.append(f"{type(widget).__name__} in {type(where).__name__}")
    return found


def tab_stops(start: QWidget, count: int) -> list[QWidget]:
    """The next ``count`` widgets that Tab reaches after ``start`` (visible, enabled,
    taking focus by Tab), in the focus chain's order; fewer when the chain comes round."""
    stops: list[QWidget] = []
    widget = start
    while len(stops) < count:
        following = widget.nextInFocusChain()
        if following is None or following is start:
            break
        widget = following
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
            stops.append(widget)
    return stops


def out_of_reading_order(
    window: QWidget, stops: list[QWidget], regions: list[QWidget]
) -> list[str]:
    """The Tab stops that come before one seen above or to the left of them: regions are
    read one after the other (a form's left column, then its right, then the buttons under
    both), and within a region top to bottom, then left to right."""

    def key(widget: QWidget) -> tuple[int, int, int]:
        region = next((i for i, r in enumerate(regions) if r.isAncestorOf(widget)), len(regions))
        place = widget.mapTo(window, widget.rect().topLeft())
        return region, place.y(), place.x()

    keys = [key(stop) for stop in stops]
    return [
        f"{type(stops[i + 1]).__name__} {stops[i + 1].accessibleName() or ''} after "
        f"{type(stops[i]).__name__} {stops[i].accessibleName() or ''}: {keys[i + 1]} < {keys[i]}"
        for i in range(len(stops) - 1)
        if keys[i + 1] < keys[i]
    ]
