"""Flowables the GOST layout needs beyond reportlab's own: the QR code, the block that
sits at the bottom of the last page (executor left, QR right) and the reserved room for
the electronic-signature stamp, which records where it landed."""

from __future__ import annotations

from typing import Any

import segno
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from migdesk.reports.doc_model import StampBox

QR_SIZE = 22 * mm
GAP = 4 * mm  # at least this much between the signature block and the bottom marks


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float) -> None:
    """Vector modules (crisp at any printer resolution), quiet zone included in ``size``."""
    code = segno.make(payload, error="m", micro=False)
    matrix = code.matrix
    count = len(matrix) + 8  # four modules of quiet zone on each side
    module = size / count
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 4) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            # One rectangle per run of dark modules keeps the file small.
            canvas.rect(
                x + (start + 4) * module,
                top - module,
                (column - start) * module,
                module,
                stroke=0,
                fill=1,
            )
    canvas.restoreState()


class ClosingBlock(Flowable):  # type: ignore[misc]
    """The end of a document, kept on one page: attachment mark and signature block at the
    top of the remaining room, executor mark (bottom left) and QR code (bottom right) at
    its bottom. When the page has no room for all of it, it goes whole to the next page,
    so the executor and the code are never alone on a sheet of their own."""

    def __init__(
        self, closing: list[Flowable], executor: list[Paragraph], qr_payload: str | None
    ) -> None:
        super().__init__()
        self.closing, self.executor, self.qr_payload = closing, executor, qr_payload
        self._sizes: list[tuple[float, float]] = []

    def _need(self, avail_width: float) -> float:
        self._sizes = [f.wrap(avail_width, 10_000) for f in self.closing]
        text_width = avail_width - QR_SIZE - 6 * mm
        executor = sum(p.wrap(text_width, 10_000)[1] for p in self.executor)
        bottom = max(executor, QR_SIZE if self.qr_payload else 0.0)
        return float(sum(h for _, h in self._sizes) + GAP + bottom)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        need = self._need(avail_width)
        self.width = avail_width
        self.height = avail_height if avail_height >= need else need
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # never split: it goes whole to the next page

    def draw(self) -> None:
        y = self.height
        for flowable, (width, height) in zip(self.closing, self._sizes, strict=True):
            y -= height
            x = 0.0
            if getattr(flowable, "hAlign", "LEFT") == "CENTER":
                x = (self.width - width) / 2
            flowable.drawOn(self.canv, x, y)
        y = 0.0
        for paragraph in reversed(self.executor):
            paragraph.drawOn(self.canv, 0, y)
            y += paragraph.height
        if self.qr_payload:
            draw_qr(self.canv, self.qr_payload, self.width - QR_SIZE, 0, QR_SIZE)


class StampSlot(Flowable):  # type: ignore[misc]
    """Empty room for the signature stamp; remembers its page and absolute position."""

    def __init__(self, width: float, height: float, sink: list[StampBox]) -> None:
        super().__init__()
        self.width, self.height, self.sink = width, height, sink

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber() - 1
        self.sink.append(StampBox(page, x, y, x + self.width, y + self.height))


# A last table this short goes to the next page with the signature rather than leave it alone.
TAIL_TABLE_ROWS = 6


def closing_tail(
    story: list[Flowable], keep: int, whole: tuple[type, ...] = (Paragraph,)
) -> list[Flowable]:
    """Taken off ``story`` to travel with the closing block. GOST: the signature never stands
    on a page without text, so the last paragraph (or flowable of a ``whole`` kind) goes with
    it when the closing block has to move on; a short last table (the person sheet's
    photographs) goes with its subtitle. ``keep``: leading flowables never taken."""
    end = len(story)
    while end > keep and isinstance(story[end - 1], Spacer):
        end -= 1
    start = end - 1
    if start < keep:
        return []
    last = story[start]
    if isinstance(last, whole):
        pass
    elif (
        isinstance(last, Table) and getattr(last, "_nrows", TAIL_TABLE_ROWS + 1) <= TAIL_TABLE_ROWS
    ):
        while start > keep and isinstance(story[start - 1], Spacer):
            start -= 1
        before = story[start - 1] if start > keep else None
        if isinstance(before, Paragraph) and before.style.keepWithNext:
            start -= 1
    else:
        return []
    tail = story[start:]
    del story[start:]
    return tail
