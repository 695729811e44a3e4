"""Act of destruction of information (Art. 11.5 of the Agreement).

The act names the destroyed record by its identifier only: personal data must not outlive
the record in the act either.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from migdesk.atomic import write_atomic
from migdesk.reports.fonts import SERIF, SERIF_BOLD, register_fonts
from migdesk.security.retention import ActInfo

SUMMARY_LABELS = {
    "documents": "документы, удостоверяющие личность",
    "liabilities": "сведения об ответственности",
    "registrations": "сведения об учёте (регистрации)",
    "residence_permits": "разрешения на проживание и право на работу",
    "citizenship_acts": "сведения о гражданстве",
    "restrictions": "ограничения на въезд и выезд",
    "photos": "фотографические изображения",
    "fingerprint_cards": "дактилоскопические карты",
    "revisions": "версии записи в истории изменений",
}


def render_destruction_act(act: ActInfo, authority_name: str | None) -> bytes:
    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=12, leading=16)
    title = ParagraphStyle(
        "title", parent=body, fontName=SERIF_BOLD, fontSize=14, alignment=1, spaceAfter=6
    )
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=10 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"Акт об уничтожении № {act.number}",
        author="MigDesk",
        subject="Статья 11.5 Соглашения",
        # Otherwise the canvas starts in Helvetica: a non-embedded font in the file.
        initialFontName=SERIF,
    )
    rows = [
        ["Вид записи", "сведения о лице (ст. 6 Соглашения)"],
        ["Идентификатор записи", act.record_id],
        ["Срок хранения истёк", act.keep_until.strftime("%d.%m.%Y") if act.keep_until else "—"],
        ["Основание уничтожения", act.grounds],
        ["Уничтожил (пользователь)", act.destroyed_by],
        ["Запись журнала аудита", act.audit_hash],
    ]
    destroyed = [f"{SUMMARY_LABELS.get(k, k)}: {v}" for k, v in act.summary.items() if v]
    rows.append(["Уничтожены также", "; ".join(destroyed) or "—"])
    table = Table(
        [[Paragraph(escape(a), body), Paragraph(escape(b), body)] for a, b in rows],
        colWidths=[55 * mm, 115 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ]
        )
    )
    story = [
        Paragraph(escape(authority_name or "Компетентный орган"), body),
        Spacer(1, 8 * mm),
        Paragraph(f"АКТ № {escape(act.number)}", title),
        Paragraph("об уничтожении информации, полученной в рамках Соглашения", title),
        Paragraph(act.act_date.strftime("%d.%m.%Y"), body),
        Spacer(1, 6 * mm),
        Paragraph(
            "В соответствии с пунктом 5 статьи 11 Соглашения между Правительством Республики "
            "Казахстан и Правительством Республики Армения о сотрудничестве в области миграции "
            "информация, срок хранения которой истёк, уничтожена без возможности "
            "восстановления из хранилища MigDesk:",
            body,
        ),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 12 * mm),
        Table(
            [["Руководитель", "____________________", "/____________________/"]],
            colWidths=[60 * mm, 55 * mm, 55 * mm],
            style=[("FONTNAME", (0, 0), (-1, -1), SERIF), ("FONTSIZE", (0, 0), (-1, -1), 12)],
        ),
        Spacer(1, 12 * mm),
        Paragraph(f"Идентификатор акта: {escape(act.id)}", small),
    ]
    doc.build(story)
    return out.getvalue()


def write_destruction_act(act: ActInfo, authority_name: str | None, path: Path) -> None:
    write_atomic(path, render_destruction_act(act, authority_name))
