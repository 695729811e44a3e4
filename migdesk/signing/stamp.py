"""The visible electronic-signature stamp, drawn with reportlab and imported by pyHanko.

pyHanko's own text stamps embed TrueType fonts with their ``/W`` widths in font units:
for fonts with a 2048-unit em (DejaVu, Liberation) every glyph advances twice as far as it
should and the letters come out spread apart. reportlab scales widths to the 1000-unit
text space, so the stamp is drawn as a one-page PDF here and pyHanko only places it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from pyhanko.pdf_utils import content
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from migdesk.reports.fonts import SERIF, SERIF_BOLD, register_fonts


@dataclass(frozen=True)
class StampText:
    """What the GOST electronic-signature mark says."""

    signer: str
    serial: str  # certificate serial number, hex
    valid_from: datetime
    valid_until: datetime
    signed_at: datetime


def _fitted(text: str, font: str, size: float, width: float) -> float:
    """The largest size ≤ ``size`` (down to 5 pt) at which ``text`` fits ``width``."""
    while size > 5 and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def stamp_pdf(text: StampText, width: float, height: float) -> bytes:
    """A one-page PDF of exactly ``width`` × ``height`` points with the stamp drawn."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), initialFontName=SERIF, pageCompression=1)
    canvas.setStrokeColorRGB(0.1, 0.2, 0.55)
    canvas.setFillColorRGB(0.1, 0.2, 0.55)
    canvas.setLineWidth(1.2)
    canvas.roundRect(1, 1, width - 2, height - 2, 3 * mm, stroke=1, fill=0)
    canvas.setFont(SERIF_BOLD, 7.5)
    top = height - 4.2 * mm
    canvas.drawCentredString(width / 2, top, "ДОКУМЕНТ ПОДПИСАН")
    canvas.drawCentredString(width / 2, top - 9, "ЭЛЕКТРОННОЙ ПОДПИСЬЮ")
    canvas.setLineWidth(0.5)
    canvas.line(3 * mm, top - 12.5, width - 3 * mm, top - 12.5)
    lines = [
        "Сертификат:",
        text.serial,
        f"Владелец: {text.signer}",
        f"Действителен с {text.valid_from:%d.%m.%Y} по {text.valid_until:%d.%m.%Y}",
        f"Подписан: {text.signed_at:%d.%m.%Y %H:%M}",
    ]
    usable = width - 6 * mm
    y = top - 20
    for line in lines:
        canvas.setFont(SERIF, _fitted(line, SERIF, 6.5, usable))
        canvas.drawString(3 * mm, y, line)
        y -= 8
    canvas.showPage()
    canvas.save()
    return out.getvalue()


class ImportedStamp(content.PdfContent):
    """Like pyHanko's ``ImportedPdfPage``, from bytes rather than a file: nothing about the
    signer has to touch the disk."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__()
        self.pdf = pdf

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.pdf)), page_ix=0)
        name = "/MigDeskStamp"
        self.resources.xobject[name] = xobject
        x1, y1, x2, y2 = xobject.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name.encode("ascii") + b" Do"
