"""Hand-over marks on a register: «Передал» and «Принял», each a row of blank lines for
the position, the signature, the initials and surname and the date, with a small caption
under every line (what goes where, so nobody signs on the wrong line), and room above and
between them to write by hand. The captions carry no brackets: a register has no
signature column per bundle, and «(подпись)» is left to letters' signature blocks."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from migdesk.reports.doc_model import Handover
from migdesk.reports.fonts import SERIF, with_fallback

# Shares of what the role and the date leave: position, signature, initials and surname.
_SHARES = (0.38, 0.26, 0.36)
ROLE_WIDTH = 24 * mm
_CAPTIONS = ("", "должность", "подпись", "инициалы, фамилия", "дата")
DATE_LINE = "«___» __________ 20___ г."
LINE_SIZE = 11.0
CAPTION_SIZE = 8.0
PADDING = 3.0


def _blank(width: float) -> str:
    """Underscores filling a cell: a line to write on that survives copying as text."""
    count = int((width - 2 * PADDING) / stringWidth("_", SERIF, LINE_SIZE))
    return "_" * max(count, 3)


class HandoverTable(Table):  # type: ignore[misc]
    """The marks as one table: the layout keeps the last of them with the signature."""


def handover(block: Handover, style: Any, width: float) -> list[Flowable]:
    """``style`` is the body's plain style (its font size for the role's name)."""
    date_width = stringWidth(DATE_LINE, SERIF, LINE_SIZE) + 2 * PADDING + 1
    rest = width - ROLE_WIDTH - date_width
    widths = [ROLE_WIDTH, *(rest * share for share in _SHARES), date_width]
    line = style.clone("handover_line", fontSize=LINE_SIZE, leading=LINE_SIZE * 1.2)
    caption = style.clone(
        "handover_caption", fontSize=CAPTION_SIZE, leading=CAPTION_SIZE * 1.2, alignment=1
    )
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]
    for index, role in enumerate(block.roles):
        top = len(rows)
        cells = [Paragraph(with_fallback(f"{role}:"), style)]
        cells += [Paragraph(_blank(w), line) for w in widths[1:-1]]
        cells.append(Paragraph(DATE_LINE, line))
        rows.append(cells)
        rows.append([Paragraph(text, caption) for text in _CAPTIONS])
        commands.append(("TOPPADDING", (0, top + 1), (-1, top + 1), 0))
        if index:  # room to sign between the two marks
            commands.append(("TOPPADDING", (0, top), (-1, top), 8 * mm))
    table = HandoverTable(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return [Spacer(1, 10 * mm), table]
