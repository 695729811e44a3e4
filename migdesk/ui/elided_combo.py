"""A combo box whose chosen text is elided «…» when it cannot fit, the full text its tooltip.

A plain QComboBox clips its text mid-word: a signatory's position and name (the signing
dialog) ran past the edge in Armenian with nothing to tell the officer what was cut. The
dialog widens to show the text whole (``full_width``); only on a narrower screen does the
text give way, and then the tooltip holds it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

from migdesk.ui.elide import elided, is_cut, show_whole_text


class ElidedCombo(QComboBox):
    def _option(self, width: int | None = None) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        if width is not None:
            option.rect = QRect(0, 0, width, option.rect.height())
        return option

    def _room(self, width: int | None = None) -> int:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            self._option(width),
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return max(0, field.width() - 2)  # the style draws the label 1 px in from each side

    def is_elided(self) -> bool:
        return is_cut(self, self.currentText(), self._room())

    def shown_text(self) -> str:
        return elided(self, self.currentText(), self._room())

    def full_width(self) -> int:
        """The width that shows the longest item whole (the box's frame and arrow included)."""
        longest = max(
            (self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())),
            default=0,
        )
        probe = 1000  # any width with room for the text: the frame and arrow take the rest
        return probe - self._room(probe) + longest

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        return show_whole_text(self, event, self.currentText, self._room) or super().event(event)
