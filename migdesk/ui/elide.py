"""One line of text that gives way «…» when its widget is too narrow, the whole text its tooltip.

Shared by ``ElidedButton`` and ``ElidedCombo``: each knows its own text and the room its style
leaves for it; the cutting and the tooltip are the same for both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget


def is_cut(widget: QWidget, text: str, room: int) -> bool:
    return widget.fontMetrics().horizontalAdvance(text) > room


def elided(widget: QWidget, text: str, room: int) -> str:
    return widget.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)


def show_whole_text(
    widget: QWidget, event: QEvent, text: Callable[[], str], room: Callable[[], int]
) -> bool:
    """The whole text as the tooltip when it is cut, unless the widget already explains itself
    (a refusal, a hint). True when ``event`` was that tooltip request and is handled. The text
    and its room are read only then: ``event()`` sees every event the widget gets."""
    if event.type() != QEvent.Type.ToolTip or widget.toolTip():
        return False
    whole = text()
    if not is_cut(widget, whole, room()):
        return False
    assert isinstance(event, QHelpEvent)
    QToolTip.showText(event.globalPos(), whole, widget)
    return True
