"""The PDF preview shows the PDF it was last given, even when the previous one was still
being rendered (QtPdf renders on its own thread).

QPdfView's page renderer drops a request that reaches its thread after the document was
closed, yet keeps it as "pending" and ignores any later request for the same page and size;
and a render of the old document that finishes late is put in the new document's cache.
Either way an officer saw a blank (or the previous) letter."""

from __future__ import annotations

import random

from PySide6.QtCore import QBuffer, QIODevice, QPointF
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPainterPath, QPdfWriter, QPen
from pytestqt.qtbot import QtBot

from migdesk.ui.documents.preview import PdfPreview


def _pdf(pages: list[str], heavy_first: bool = False) -> bytes:
    """A4 pages with black text; with ``heavy_first`` page 1 is thousands of red strokes,
    so that rendering it keeps QtPdf's render thread busy for a while."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    font = QFont()
    font.setPointSize(40)
    for number, text in enumerate(pages):
        if number:
            writer.newPage()
        if number == 0 and heavy_first:
            strokes = QPainterPath()
            rng = random.Random(1)
            for _ in range(8000):
                strokes.moveTo(QPointF(rng.uniform(0, 595), rng.uniform(0, 842)))
                strokes.lineTo(QPointF(rng.uniform(0, 595), rng.uniform(0, 842)))
            painter.setPen(QPen(QColor(255, 0, 0), 2))
            painter.drawPath(strokes)
            continue
        painter.setPen(QPen(QColor(0, 0, 0)))
        painter.setFont(font)
        for line in range(14):
            painter.drawText(40, 80 + line * 52, text)
    painter.end()
    return bytes(buffer.data().data())


def _counts(image: QImage) -> tuple[int, int]:
    """(dark, red) opaque pixels, sampled."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    dark = red = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            color = QColor.fromRgba(image.pixel(x, y))
            if color.alpha() < 128:
                continue
            if color.red() > 180 and color.green() < 90 and color.blue() < 90:
                red += 1
            elif color.red() + color.green() + color.blue() < 250:
                dark += 1
    return dark, red


def _pages(preview: PdfPreview) -> tuple[QImage, QImage]:
    """The viewport's upper and lower halves (page 1 and page 2 in this layout)."""
    image = preview.area.viewport().grab().toImage()
    half = image.height() // 2
    return image.copy(0, 0, image.width(), half), image.copy(0, half, image.width(), half)


def _both_pages_show_the_new_letter(preview: PdfPreview) -> bool:
    first, second = (_counts(page) for page in _pages(preview))
    return first[0] > 150 and second[0] > 150 and first[1] == 0 and second[1] == 0


def test_a_letter_shown_while_the_previous_one_renders_is_painted(qtbot: QtBot) -> None:
    old = _pdf(["", "ПРЕЖНЕЕ"], heavy_first=True)
    new = _pdf(["ПИСЬМО", "ПИСЬМО"])
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(320, 960)  # fit to width: both pages in view
    preview.show()
    qtbot.waitExposed(preview)
    for _ in range(3):
        assert preview.show_pdf(old)
        # Paint now: QPdfView asks its render thread for both pages; the first (heavy) one
        # keeps that thread busy while the next letter replaces this one.
        preview.area.viewport().repaint()
        assert preview.show_pdf(new)
        qtbot.waitUntil(lambda: _both_pages_show_the_new_letter(preview), timeout=10_000)
