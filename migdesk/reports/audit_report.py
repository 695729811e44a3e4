"""The audit trail as a PDF for an inspection (Art. 11.4): entries, chain check, head hash."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from migdesk.atomic import write_atomic
from migdesk.errors import NotFound
from migdesk.messages import in_russian
from migdesk.models import AuditEntry
from migdesk.office.audit_log import AuditFilter, AuditLog
from migdesk.reports.audit_records import entry_record, request_ids
from migdesk.reports.audit_values import audit_details
from migdesk.reports.fonts import SERIF, SERIF_BOLD, register_fonts, with_fallback
from migdesk.reports.typography import NBSP, nbsp
from migdesk.requests.authorities import view_in
from migdesk.security.audit import ChainCheck
from migdesk.security.audit_labels import action_label
from migdesk.vault import Vault

# «шаг 2», «файл 3» of the «Запись» column stay with their number (nbsp binds «№ 4-исх»).
_COUNTED = re.compile(r"(?<!\w)(шаг|файл) +(?=\d)")


def _record_cell(text: str) -> str:
    return _COUNTED.sub(r"\1" + NBSP, text)


def _page_number(canvas: Canvas, doc: Any) -> None:
    # Page numbers centred at the top from the second page on (GOST R 7.0.97).
    if doc.page > 1:
        canvas.setFont(SERIF, 10)
        canvas.drawCentredString(doc.pagesize[0] / 2, doc.pagesize[1] - 12 * mm, str(doc.page))


@in_russian  # the report is Russian whatever the interface language (Article 15)
def render_audit_report(
    entries: Sequence[AuditEntry],
    check: ChainCheck,
    *,
    authority: str | None,
    filters: str,
    printed_by: str,
    printed_at: datetime,
    request_numbers: Mapping[str, str] | None = None,
) -> bytes:
    """The PDF; ``request_numbers`` (by request id) name a request's records by its
    registration number («Запрос № 12-вх»), else records are named by a short id."""
    numbers = request_numbers or {}
    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=9, leading=11)
    head = ParagraphStyle("head", parent=body, fontName=SERIF_BOLD, fontSize=9)
    title = ParagraphStyle("title", fontName=SERIF_BOLD, fontSize=13, leading=16, alignment=1)
    text = ParagraphStyle("text", fontName=SERIF, fontSize=11, leading=14)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=20 * mm,
        rightMargin=10 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Журнал аудита MigDesk",
        author="MigDesk",
        initialFontName=SERIF,
    )
    columns = ["№", "Время (UTC)", "Пользователь", "Действие", "Запись", "Цель", "Подробности"]
    rows: list[list[Any]] = [[Paragraph(c, head) for c in columns]]
    for e in entries:
        record = _record_cell(entry_record(e, numbers))
        cells = [
            str(e.id),
            e.at.strftime("%d.%m.%Y %H:%M:%S"),
            e.user,
            action_label(e.action),
            record,
            e.purpose or "",
            audit_details(e),
        ]
        rows.append([Paragraph(with_fallback(nbsp(escape(c))), body) for c in cells])
    table = LongTable(
        rows,
        repeatRows=1,
        colWidths=[12 * mm, 30 * mm, 32 * mm, 46 * mm, 44 * mm, 36 * mm, 67 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, "#000000"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("BACKGROUND", (0, 0), (-1, 0), "#E6E6E6"),
            ]
        )
    )
    status = (
        f"Цепочка хешей цела, записей: {check.entries}."
        if check.ok
        else f"ЦЕПОЧКА НАРУШЕНА: {check.problem} (первая повреждённая запись № "
        f"{check.first_broken_id})."
    )
    story = [
        Paragraph(escape(authority or ""), text),
        Spacer(1, 4 * mm),
        Paragraph("ЖУРНАЛ АУДИТА", title),
        Paragraph(nbsp("действий с информацией, полученной в рамках Соглашения (ст. 11.4)"), title),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(f"Отбор: {filters or 'все записи'}. Записей в выгрузке: {len(entries)}."), text
        ),
        Paragraph(escape(status), text),
        Paragraph(escape(f"Вершина цепочки: {check.head}"), text),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 6 * mm),
        Paragraph(escape(f"Выгрузил: {printed_by}, {printed_at:%d.%m.%Y %H:%M} UTC"), text),
    ]
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return out.getvalue()


def write_audit_report(path: Path, pdf: bytes) -> None:
    write_atomic(path, pdf)


@dataclass(frozen=True)
class AuditExport:
    path: Path
    entries: int
    check: ChainCheck


def _own_name(vault: Vault) -> str | None:
    """Our authority as the other documents head it, by its name today; the code («KZ-MVD»)
    only when the registry does not know it."""
    code = vault.setting("own_authority")
    if not code:
        return None
    with vault.read_session() as session:
        try:
            return view_in(session, code, date.today()).name.nominative
        except NotFound:
            return code


@in_russian  # the filters and the chain check are written into the Russian PDF
def export_audit_report(
    vault: Vault, selection: AuditFilter, path: Path, *, record: bool = True
) -> AuditExport:
    """The one export for the screen and ``audit export``: every matching entry, the chain
    check and the head into an atomic PDF, then ``audit.export`` in the trail. A screen
    exporting in a worker passes ``record=False`` and records ``AuditLog.exported`` as one
    of its writes run in order (``BackgroundOp.in_order``) once the file is written."""
    log = AuditLog(vault)
    entries, check = log.for_report(selection)
    pdf = render_audit_report(
        entries,
        check,
        authority=_own_name(vault),
        filters=selection.describe(),
        printed_by=vault.user,
        printed_at=datetime.now(UTC),
        request_numbers=log.request_numbers(request_ids(entries)),
    )
    write_audit_report(path, pdf)
    if record:
        log.exported(len(entries), path.name)
    return AuditExport(path, len(entries), check)
