"""A small grouped bar chart drawn with QPainter (no QtCharts: it ships only in the 150 MB
PySide6-Addons wheel). Groups along the x axis, one bar per series, a legend on top."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Series:
    name: str
    color: QColor


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 5 × 10ⁿ) so that ``ticks`` steps cover ``maximum``."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(1.0, float(factor * power))
    return float(10 * power)


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.groups: list[str] = []
        self.values: list[list[float]] = []  # per group, per series
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)

    def sizeHint(self) -> QSize:
        return QSize(720, 300)

    def set_data(self, series: list[Series], groups: list[str], values: list[list[float]]) -> None:
        self.series, self.groups, self.values = series, groups, values
        self.update()

    def bar_count(self) -> int:
        return sum(1 for row in self.values for value in row if value > 0)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = self.fontMetrics()
        line = metrics.height()
        text_color = self.palette().text().color()
        if not self.groups:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return

        # legend
        x = 12
        for item in self.series:
            painter.fillRect(QRectF(x, 10, line * 0.9, line * 0.9), item.color)
            painter.setPen(text_color)
            painter.drawText(int(x + line * 1.2), 10 + metrics.ascent(), item.name)
            x += int(line * 1.2) + metrics.horizontalAdvance(item.name) + 18

        maximum = max((v for row in self.values for v in row), default=0.0)
        step = nice_step(maximum)
        top_value = step * max(1, math.ceil(maximum / step))
        left = 12 + metrics.horizontalAdvance(f"{int(top_value)}") + 8
        top = 18 + line * 1.5
        bottom = self.height() - line - 14
        right = self.width() - 12
        height = max(1.0, bottom - top)

        grid = QPen(QColor("#d0d0d0"))
        value = 0.0
        while value <= top_value + 1e-9:
            y = bottom - height * value / top_value
            painter.setPen(grid)
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(text_color)
            label = f"{int(value)}"
            painter.drawText(
                int(left - 6 - metrics.horizontalAdvance(label)),
                int(y + metrics.ascent() / 2),
                label,
            )
            value += step

        slot = (right - left) / len(self.groups)
        count = max(1, len(self.series))
        bar = max(2.0, min(28.0, slot * 0.8 / count))
        for index, group in enumerate(self.groups):
            start = left + slot * index + (slot - bar * count) / 2
            for number, item in enumerate(self.series):
                amount = self.values[index][number] if number < len(self.values[index]) else 0.0
                if amount <= 0:
                    continue
                bar_height = height * amount / top_value
                painter.fillRect(
                    QRectF(start + number * bar, bottom - bar_height, bar - 1, bar_height),
                    item.color,
                )
            painter.setPen(text_color)
            width = metrics.horizontalAdvance(group)
            painter.drawText(
                int(left + slot * index + (slot - width) / 2), int(bottom + line), group
            )
        painter.setPen(QPen(text_color))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        painter.end()
