"""A dialog as tall as its content at its current width, for dialogs whose rows come and go
and whose wrapped lines make the height depend on the width (the unlock dialog: a note, a
missing-file row, another page, another language)."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QWidget


def fit_later(window: QWidget) -> None:
    """:func:`fit_now` after the pending layout request: rows shown or hidden just now count."""
    QTimer.singleShot(0, window, lambda: fit_now(window))


def fit_now(window: QWidget) -> None:
    """Height to content at the current width; wider when the content needs it (a check
    box's text does not wrap), never wider than the screen."""
    layout = window.layout()
    if window.isVisible() and layout is not None:
        layout.activate()  # updates the minimum size, which would otherwise block shrinking
        width = max(window.width(), min(layout.sizeHint().width(), _screen_width(window)))
        window.resize(width, height_for(window, width))


def height_for(window: QWidget, width: int) -> int:
    height = window.heightForWidth(width) if window.hasHeightForWidth() else -1
    return max(height, window.minimumSizeHint().height())


def content_size_hint(window: QWidget, hint: QSize) -> QSize:
    """``hint`` (the window's own) at its full height: Qt sizes a new dialog for its narrow
    hint width, where wrapped lines make it taller."""
    width = max(hint.width(), window.minimumWidth())
    return QSize(width, height_for(window, width))


def _screen_width(window: QWidget) -> int:
    screen = window.screen()
    return screen.availableGeometry().width() if screen is not None else window.width()
