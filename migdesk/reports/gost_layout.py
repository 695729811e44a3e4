"""Places a ``Document`` on A4 pages after GOST R 7.0.97-2025.

First page: the authority's name block with date, registration number and «На № … от …»
at the top left; access-restriction mark and copy number at the top right, the addressee
in the dative below it; then the heading «О …» (letters) or a centred title (forms), the
text, the attachment mark, the signature block (position left, initials and surname
right), and at the bottom of the last page the executor mark (left) and the QR code
(right). Page numbers are centred at the top from page 2. Liberation Serif (Times New Roman
metrics) is embedded, with DejaVu Serif for glyphs it lacks (``fonts.with_fallback``).
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from migdesk.reports.doc_content import content_sha256, qr_payload
from migdesk.reports.doc_flowables import ClosingBlock, StampSlot, closing_tail
from migdesk.reports.doc_model import (
    Attachment,
    Block,
    Document,
    Fields,
    Handover,
    Rendered,
    StampBox,
    Subtitle,
    Text,
)
from migdesk.reports.doc_model import Table as TableBlock
from migdesk.reports.doc_settings import LayoutSettings
from migdesk.reports.fonts import SERIF, SERIF_BOLD, register_fonts, with_fallback
from migdesk.reports.handover_block import HandoverTable, handover
from migdesk.reports.typography import nbsp

# Room for the electronic-signature stamp (GOST: the mark sits in the signature requisite).
STAMP_WIDTH, STAMP_HEIGHT = 64 * mm, 27 * mm
NAME_COLUMN = 45 * mm
WET_SIGNATURE = 40 * mm
PHOTO_WIDTH, PHOTO_HEIGHT = 30 * mm, 40 * mm
HEADING_LIMIT = 150  # characters; see Styles.short_heading
MAX_POSITION_LINES = 2  # the signer's position beside the signature, at most


def requisites_width(width: float) -> float:
    """The letterhead's left column: authority, date, number, and the heading under them."""
    return float(min(85 * mm, width * 0.5))


class Styles:
    def __init__(self, settings: LayoutSettings, width: float | None = None) -> None:
        if width is None:  # the text width of an A4 page with these margins
            width = A4[0] - (settings.left_mm + settings.right_mm) * mm
        size = settings.font_size
        leading = size * settings.line_spacing
        self.body = ParagraphStyle(
            "body",
            fontName=SERIF,
            fontSize=size,
            leading=leading,
            alignment=TA_JUSTIFY,
            firstLineIndent=settings.indent_mm * mm,
        )
        self.plain = ParagraphStyle("plain", parent=self.body, alignment=TA_LEFT, firstLineIndent=0)
        # A paragraph that opens with a bold run-in label is set ragged right: justified,
        # its short lines would open wide gaps between the label's words.
        self.labelled = ParagraphStyle("labelled", parent=self.body, alignment=TA_LEFT)
        self.right = ParagraphStyle("right", parent=self.plain, alignment=TA_RIGHT)
        self.centre = ParagraphStyle("centre", parent=self.plain, alignment=TA_CENTER)
        self.name_block = ParagraphStyle(
            "name", parent=self.centre, fontName=SERIF_BOLD, fontSize=size - 2, leading=size
        )
        small = settings.small_size
        self.small = ParagraphStyle("small", parent=self.plain, fontSize=small, leading=small * 1.2)
        self.small_centre = ParagraphStyle("small_c", parent=self.small, alignment=TA_CENTER)
        self.small_right = ParagraphStyle("small_r", parent=self.small, alignment=TA_RIGHT)
        self.title = ParagraphStyle(
            "title", parent=self.centre, fontName=SERIF_BOLD, spaceBefore=4 * mm, spaceAfter=2 * mm
        )
        self.heading = ParagraphStyle("heading", parent=self.plain, fontName=SERIF_BOLD)
        # A heading of up to 150 characters (5 lines) stays within the width of the
        # letterhead's requisites; only a longer one may run on to the right margin
        # (GOST R 6.30-2003 p. 3.19, kept in office practice under GOST R 7.0.97).
        self.short_heading = ParagraphStyle(
            "short_heading", parent=self.heading, rightIndent=width - requisites_width(width)
        )
        self.subtitle = ParagraphStyle(
            "subtitle",
            parent=self.plain,
            fontName=SERIF_BOLD,
            spaceBefore=3 * mm,
            spaceAfter=1 * mm,
            keepWithNext=1,
        )
        self.attachment = ParagraphStyle(
            "attachment", parent=self.plain, leftIndent=30 * mm, firstLineIndent=-30 * mm
        )

    def cell(self, size: float, bold: bool = False) -> ParagraphStyle:
        return ParagraphStyle(
            f"cell{size}{bold}",
            fontName=SERIF_BOLD if bold else SERIF,
            fontSize=size,
            leading=size * 1.2,
        )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(with_fallback(nbsp(escape(text))).replace("\n", "<br/>"), style)


def _day(doc: Document) -> str:
    return doc.day.strftime("%d.%m.%Y")


def _header(doc: Document, styles: Styles, width: float) -> Flowable:
    left: list[Flowable] = [_p(line, styles.name_block) for line in doc.requisites.name_block()]
    left += [_p(line, styles.small_centre) for line in doc.requisites.reference_lines()]
    left.append(Spacer(1, 3 * mm))
    number = f" № {doc.number}" if doc.number else (" № —" if doc.heading else "")
    left.append(_p(_day(doc) + number, styles.centre))
    reply = _reply_line(doc.reply_to)
    if reply:
        left.append(_p(reply, styles.centre))
    right: list[Flowable] = []
    if doc.restriction:
        right.append(_p(doc.restriction, styles.small_right))
        if doc.copy_number is not None:
            right.append(_p(f"Экз. № {doc.copy_number}", styles.small_right))
        right.append(Spacer(1, 6 * mm))
    right += [_p(line, styles.plain) for line in doc.addressee]
    if doc.approval is not None:
        # GOST R 7.0.97 approval stamp: word, position, signature and name, date.
        right += [
            _p("УТВЕРЖДАЮ", styles.plain),
            _p(doc.approval.position, styles.plain),
            Paragraph(
                with_fallback(
                    "________ " + escape(doc.approval.short_name()).replace(" ", "&nbsp;")
                ),
                styles.plain,
            ),
            _p("«___» __________ 20___ г.", styles.plain),
        ]
    left_width = requisites_width(width)
    table = Table([[left, right]], colWidths=[left_width, width - left_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 10 * mm),
            ]
        )
    )
    return table


def _reply_line(reply_to: tuple[str | None, date | None] | None) -> str | None:
    """«На № … от …» with what is known; nothing when neither is (no dashes in place of a
    requisite: the line is left out)."""
    if reply_to is None:
        return None
    theirs, day = reply_to
    parts = []
    if theirs:
        parts.append(f"№ {theirs}")
    if day:
        parts.append(f"от {day:%d.%m.%Y}")
    return "На " + " ".join(parts) if parts else None


def _text(block: Text, styles: Styles) -> list[Flowable]:
    paragraphs = [p.strip() for p in block.text.splitlines() if p.strip()] or [""]
    out: list[Flowable] = []
    for index, paragraph in enumerate(paragraphs):
        markup = nbsp(escape(paragraph))
        style = styles.body if block.indent else styles.plain
        if index == 0 and block.label:
            markup = f"<b>{nbsp(escape(block.label))}:</b> {markup}"
            style = styles.labelled if block.indent else styles.plain
        out.append(Paragraph(with_fallback(markup), style))
    return out


def _grid(rows: list[list[Any]], widths: list[float], header: bool) -> LongTable:
    table = LongTable(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, "#000000"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), "#E6E6E6"))
    table.setStyle(TableStyle(commands))
    return table


def _fields(block: Fields, styles: Styles, width: float) -> Flowable:
    label, value = styles.cell(10, bold=True), styles.cell(11)
    rows = [[_p(a, label), _p(b or "—", value)] for a, b in block.rows]
    if block.photo is None:
        return _grid(rows, [55 * mm, width - 55 * mm], header=False)
    inner_width = width - PHOTO_WIDTH - 4 * mm
    inner = _grid(rows, [50 * mm, inner_width - 50 * mm], header=False)
    image = Image(io.BytesIO(block.photo), PHOTO_WIDTH, PHOTO_HEIGHT, kind="proportional")
    outer = Table([[inner, image]], colWidths=[inner_width + 4 * mm, PHOTO_WIDTH])
    outer.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return outer


def _table(block: TableBlock, styles: Styles, width: float) -> Flowable:
    head, cell = styles.cell(block.font_size, bold=True), styles.cell(block.font_size)
    total = sum(block.widths)
    widths = [width * w / total for w in block.widths]
    rows = [[_p(c, head) for c in block.columns]]
    rows += [[_p(c, cell) for c in row] for row in block.rows]
    return _grid(rows, widths, header=True)


def _block(block: Block, styles: Styles, width: float) -> list[Flowable]:
    if isinstance(block, Text):
        return _text(block, styles)
    if isinstance(block, Subtitle):
        return [_p(block.text, styles.subtitle)]
    if isinstance(block, Handover):
        return handover(block, styles.plain, width)
    if isinstance(block, Fields):
        return [Spacer(1, 2 * mm), _fields(block, styles, width), Spacer(1, 2 * mm)]
    return [Spacer(1, 2 * mm), _table(block, styles, width), Spacer(1, 2 * mm)]


def _attachments(doc: Document, styles: Styles) -> list[Flowable]:
    def mark(a: Attachment) -> str:
        sheets = f" на {a.sheets} л." if a.sheets else ""
        return f"{a.name}{sheets} в {a.copies} экз."

    if not doc.attachments:
        return []
    if len(doc.attachments) == 1:
        return [_p(f"Приложение: {mark(doc.attachments[0])}", styles.attachment)]
    lines = [f"{i}. {mark(a)}" for i, a in enumerate(doc.attachments, 1)]
    return [_p("Приложение: " + "\n".join(lines), styles.attachment)]


def _signature(
    doc: Document, styles: Styles, width: float, stamp: bool, sink: list[StampBox]
) -> list[Flowable]:
    if doc.signer is None:
        return []
    middle_width = STAMP_WIDTH + 4 * mm if stamp else WET_SIGNATURE
    style = styles.right
    # The name column grows to hold «И.О. Фамилия» on one line.
    name_width = max(
        NAME_COLUMN, stringWidth(doc.signer.short_name(), style.fontName, style.fontSize) + 8
    )
    position_width = width - middle_width - name_width
    position = _p(doc.signer.position, styles.plain)
    middle: Flowable = StampSlot(STAMP_WIDTH, STAMP_HEIGHT, sink) if stamp else Spacer(1, 14 * mm)
    name = _name(doc.signer.short_name(), styles)
    lines = len(position.breakLines(position_width).lines) if position_width > 0 else 99
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("ALIGN", (1, 0), (1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ]
    if lines <= MAX_POSITION_LINES:
        rows: list[list[Any]] = [[position, middle, name]]
    else:
        # A long position beside the stamp would wrap into a narrow column of three or
        # more lines: it takes the full line above, the stamp and the name stay in a row.
        rows = [[position, "", ""], ["", middle, name]]
        commands += [("SPAN", (0, 0), (-1, 0)), ("TOPPADDING", (0, 1), (-1, 1), 0)]
    table = Table(rows, colWidths=[position_width, middle_width, name_width])
    table.setStyle(TableStyle(commands))
    return [Spacer(1, 8 * mm), table]


def _name(text: str, styles: Styles) -> Paragraph:
    # Initials and surname never part across lines (a no-break space between them).
    return Paragraph(with_fallback(escape(text).replace(" ", "&nbsp;")), styles.right)


def _executor(doc: Document, styles: Styles) -> list[Paragraph]:
    if doc.executor is None:
        return []
    lines = [doc.executor.name]
    if doc.executor.phone:
        lines.append(doc.executor.phone)
    return [_p(line, styles.small) for line in lines]


def render(doc: Document, *, stamp: bool = False, author: str = "MigDesk") -> Rendered:
    """The PDF of ``doc``; with ``stamp``, room for the signature stamp is left and reported."""
    register_fonts()
    settings = doc.requisites.settings
    sha256 = content_sha256(doc.content())
    payload = qr_payload(doc.requisites.code, doc.number, doc.day, sha256, doc.record)
    out = io.BytesIO()
    template = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=settings.left_mm * mm,
        rightMargin=settings.right_mm * mm,
        topMargin=settings.top_mm * mm,
        bottomMargin=settings.bottom_mm * mm,
        title=(doc.title or doc.heading or doc.kind).replace("\n", " "),
        author=author,
        subject=f"{doc.requisites.name}, № {doc.number or '—'} от {_day(doc)}",
        # Otherwise the canvas starts in Helvetica: a non-embedded font in the file.
        initialFontName=SERIF,
    )
    width = template.width
    styles = Styles(settings, width)
    story: list[Flowable] = [_header(doc, styles, width), Spacer(1, 8 * mm)]
    if doc.title:
        story += [_p(line, styles.title) for line in doc.title.split("\n")]
    if doc.heading:
        short = len(doc.heading) <= HEADING_LIMIT
        story += [_p(doc.heading, styles.short_heading if short else styles.heading)]
        story.append(Spacer(1, 6 * mm))
    for block in doc.body:
        story += _block(block, styles, width)
    boxes: list[StampBox] = []
    # The letterhead and its spacer stay; the register's «Передал / Принял» block goes whole.
    last = closing_tail(story, keep=2, whole=(Paragraph, HandoverTable))
    closing = [*last, Spacer(1, 4 * mm), *_attachments(doc, styles)]
    closing += _signature(doc, styles, width, stamp, boxes)
    story.append(ClosingBlock(closing, _executor(doc, styles), payload))

    def page_number(canvas: Canvas, template_doc: Any) -> None:
        # Centred at the top from the second page on (GOST R 7.0.97).
        if template_doc.page > 1:
            canvas.setFont(SERIF, settings.small_size)
            top = template_doc.pagesize[1] - settings.top_mm * mm / 2
            canvas.drawCentredString(template_doc.pagesize[0] / 2, top, str(template_doc.page))

    # No frame padding: the margins are exactly the ones the settings give.
    frame = Frame(
        template.leftMargin,
        template.bottomMargin,
        template.width,
        template.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate("page", [frame], onPage=page_number)])
    template.build(story)
    return Rendered(
        pdf=out.getvalue(),
        content_sha256=sha256,
        number=doc.number,
        day=doc.day,
        pages=template.page,
        stamp_box=boxes[-1] if boxes else None,
        qr_payload=payload,
    )
