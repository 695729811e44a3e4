"""A push button that gives up width gracefully: its label is elided, the full text is its tooltip.

Action grids (the request window's steps) hold labels of 60 characters and more; plain
buttons made their pane so wide that the request's own fields were cut off at 1366 px.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from migdesk.ui.elide import elided, is_cut, show_whole_text

_MIN_CHARS = 16  # below this a label stops being readable at all


class ElidedButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # A plain button's policy is Minimum: its full label would be the least it takes.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        floor = self.fontMetrics().averageCharWidth() * _MIN_CHARS
        return QSize(min(hint.width(), floor), hint.height())

    def _room(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        content = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, self)
        return max(0, content.width() - margin)

    def is_elided(self) -> bool:
        return is_cut(self, self.text(), self._room())

    def shown_text(self) -> str:
        return elided(self, self.text(), self._room())

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)

    def event(self, event: QEvent) -> bool:
        return show_whole_text(self, event, self.text, self._room) or super().event(event)
