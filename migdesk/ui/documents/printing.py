"""Printing PDFs held in memory: each page rendered by QtPdf at the printer's resolution
(at most PRINT_DPI) and painted on the printer. Runs in a worker (QPainter on a QPrinter
is allowed off the GUI thread); nothing is spooled by us to a file.

Copies: when the printer (CUPS) makes copies itself, one pass is painted and the count is
left to it; otherwise (PDF file output) the pages are painted ``copies`` times, collated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from migdesk.errors import MigDeskError
from migdesk.ui.documents.preview import load_pdf

PRINT_DPI = 300  # enough for text on paper; an A4 page is then 35 MB as an image


class PrintFailed(MigDeskError):
    pass


def passes(printer: QPrinter) -> int:
    """How many times we paint the pages ourselves."""
    return 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())


class PrintJob:
    """One job on ``printer``; documents are added one after another (``add``), then
    ``finish`` sends it. Use from one thread only."""

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.painter = QPainter()
        self.pages = 0
        self._started = False

    def add(self, pdf: bytes, cancelled: Callable[[], bool] = lambda: False) -> int:
        """Paints every page of ``pdf`` (``passes(printer)`` times); the pages painted."""
        document = QPdfDocument()
        buffer = load_pdf(document, pdf)
        try:
            if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
                raise PrintFailed(
                    QCoreApplication.translate(
                        "Printing", "Документ не удалось подготовить к печати."
                    )
                )
            painted = 0
            for _copy in range(passes(self.printer)):
                for page in range(document.pageCount()):
                    if cancelled():
                        return painted
                    self._new_page()
                    self._paint(document, page)
                    painted += 1
            return painted
        finally:
            document.close()
            buffer.close()

    def _new_page(self) -> None:
        if not self._started:
            self.printer.setFullPage(True)  # PDF pages carry their own GOST margins
            if not self.painter.begin(self.printer):
                raise PrintFailed(
                    QCoreApplication.translate(
                        "Printing", "Не удалось начать печать: принтер недоступен."
                    )
                )
            self._started = True
        elif not self.printer.newPage():
            raise PrintFailed(QCoreApplication.translate("Printing", "Принтер прервал печать."))
        self.pages += 1

    def _paint(self, document: QPdfDocument, page: int) -> None:
        size = document.pagePointSize(page)  # points, 1/72 inch
        dpi = min(self.printer.resolution(), PRINT_DPI)
        image = document.render(
            page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
        )
        paper = QRectF(self.painter.viewport())
        scale = min(paper.width() / size.width(), paper.height() / size.height())
        width, height = size.width() * scale, size.height() * scale
        target = QRectF(paper.x(), paper.y(), width, height)
        self.painter.drawImage(target, image)

    def finish(self) -> None:
        if self._started:
            self.painter.end()
            self._started = False

    def abort(self) -> None:
        if self._started:
            self.printer.abort()
            self.painter.end()
            self._started = False
