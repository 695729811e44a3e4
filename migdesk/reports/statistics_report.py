"""The statistics report of Art. 3.1 as a PDF: requests per month and partner authority
(tables and bar charts drawn with reportlab graphics) and persons in the store by Art. 5
category and citizenship. Russian, A4, GOST R 7.0.97 margins and page numbers; aggregates
only, so it carries no personal data."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from migdesk.atomic import write_atomic
from migdesk.identity.countries import country_name
from migdesk.messages import in_russian
from migdesk.progress import Cancelled
from migdesk.reports.doc_model import Executor, Signer
from migdesk.reports.documents import sources
from migdesk.reports.documents.sources import BLANK_SIGNER
from migdesk.reports.fonts import SERIF, SERIF_BOLD, register_fonts
from migdesk.reports.typography import nbsp
from migdesk.requests.authorities import view_in
from migdesk.requests.statistics import MonthStats
from migdesk.requests.statistics_figures import Figures, collect
from migdesk.requests.vocab import INFO_CATEGORIES
from migdesk.security import audit
from migdesk.vault import Vault

WIDTH = A4[0] - 30 * mm - 10 * mm  # GOST: left 30 mm, right 10 mm
TEXT_WIDTH = WIDTH - 12  # inside the frame's padding, where the paragraphs run
SERIES = (  # (MonthStats field, legend, colour)
    ("sent", "направлено", colors.HexColor("#1f4e79")),
    ("received", "поступило", colors.HexColor("#2e75b6")),
    ("answered", "исполнено", colors.HexColor("#548235")),
    ("refused", "отказано (полностью и частично)", colors.HexColor("#c55a11")),
    ("overdue", "с нарушением срока", colors.HexColor("#a50021")),
)
CATEGORY_SHORT = {
    "registration": "учёт по месту пребывания (жительства)",
    "residence_status": "статус проживания, право на работу",
    "citizenship": "приём, восстановление в гражданстве",
    "identity_documents": "документы, удостоверяющие личность",
    "restrictions": "ограничения въезда (выезда), выдворение",
}
TOP_COUNTRIES = 10
# What each column counts and by which month: said under the tables, so that the report
# asserts only what was computed (a postponed request past its 30 days is counted late).
COLUMN_NOTE = (
    "Напр. — направлено наших запросов; Пост. — поступило запросов другой Стороны; "
    "Исп., Отказ, Частич. — исполнено нами полностью, отказано, исполнено частично; "
    "Отв. получ. — получено ответов и отказов другой Стороны на наши запросы; Просроч. — "
    "поступившие запросы, результат по которым сообщён позднее 30 календарных дней с даты "
    "поступления (пункт 3 статьи 10 Соглашения) или не сообщён к дате, на которую "
    "составлены сведения, в том числе при отложенном исполнении (пункт 2 статьи 10) и при "
    "ожидании решения запрашивающей Стороны (пункт 1 статьи 11). Поступившие и просроченные "
    "запросы учтены по месяцу поступления, исполненные, отказы и ответы — по месяцу "
    "завершения."
)


@dataclass(frozen=True)
class ReportNames:
    authority: str  # our authority, nominative
    partners: dict[str, str]  # code → name
    signer: Signer = BLANK_SIGNER  # the head signs by hand: nobody is named in advance
    executor: Executor | None = None  # GOST R 7.0.97: who prepared it, when entered


def _month_ru(month: str) -> str:
    year, number = month.split("-")
    return f"{number}.{year}"


def _counts(row: MonthStats | None) -> list[int]:
    """One line of a partner's table, in the order of its columns."""
    r = row or MonthStats("", "")
    received = r.answers_received + r.refusals_received
    return [r.sent, r.received, r.answered, r.refused, r.partially_refused, received, r.overdue]


def _signature(names: ReportNames, text: ParagraphStyle, small: ParagraphStyle) -> list[Any]:
    """The signature requisite (position left, name right) and the executor mark, so that
    the head signs the report as any outgoing document (GOST R 7.0.97)."""
    block = Table(
        [[Paragraph(names.signer.position, text), names.signer.full_name]],
        colWidths=[TEXT_WIDTH * 0.55, TEXT_WIDTH * 0.45],
    )
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("FONTSIZE", (0, 0), (-1, -1), 12),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    closing: list[Any] = [Spacer(1, 12 * mm), block]
    if names.executor is not None:
        lines = [names.executor.name, names.executor.phone or ""]
        closing += [Spacer(1, 10 * mm), Paragraph("<br/>".join(filter(None, lines)), small)]
    return closing


def _value(row: MonthStats, name: str) -> int:
    if name == "refused":
        return row.refused + row.partially_refused + row.refusals_received
    if name == "answered":
        return row.answered + row.answers_received
    return int(getattr(row, name))


def _months(start: str, end: str) -> list[str]:
    year, month = int(start[:4]), int(start[5:])
    months = []
    while f"{year:04d}-{month:02d}" <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _legend(x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = SERIF, 8
    legend.alignment = "right"  # text to the right of its swatch
    legend.columnMaximum = 3
    legend.deltax = 75 * mm
    legend.dx, legend.dy = 8, 8
    legend.colorNamePairs = [(colour, label) for _, label, colour in SERIES]
    return legend


def _integer_axis(axis: Any, top: int) -> None:
    """Whole numbers only: counts have no fractions."""
    axis.valueMin = 0
    axis.valueStep = max(1, -(-top // 5))
    axis.valueMax = axis.valueStep * max(1, -(-top // axis.valueStep))


def _partner_chart(title: str, months: list[str], rows: dict[str, MonthStats]) -> Drawing:
    drawing = Drawing(WIDTH, 88 * mm, initialFontName=SERIF)
    drawing.add(String(0, 84 * mm, title, fontName=SERIF_BOLD, fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 32 * mm
    chart.width, chart.height = WIDTH - 16 * mm, 46 * mm
    empty = MonthStats("", "")
    chart.data = [[_value(rows.get(m, empty), name) for m in months] for name, _, _ in SERIES]
    for index, (_, _, colour) in enumerate(SERIES):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    chart.categoryAxis.categoryNames = [_month_ru(m) for m in months]
    chart.categoryAxis.labels.fontName = SERIF
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(months) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(months) > 8 else "n"
    chart.valueAxis.labels.fontName = SERIF
    chart.valueAxis.labels.fontSize = 7
    _integer_axis(chart.valueAxis, max([max(series) for series in chart.data] + [1]))
    chart.groupSpacing = 4
    drawing.add(chart)
    drawing.add(_legend(0, 14 * mm))
    return drawing


def _bars(title: str, labels: list[str], values: list[int]) -> Drawing:
    height = max(len(labels), 1) * 7 * mm + 16 * mm
    drawing = Drawing(WIDTH, height, initialFontName=SERIF)
    drawing.add(String(0, height - 5 * mm, title, fontName=SERIF_BOLD, fontSize=10))
    chart = HorizontalBarChart()
    chart.x, chart.y = 70 * mm, 6 * mm
    chart.width, chart.height = WIDTH - 80 * mm, height - 16 * mm
    chart.data = [values or [0]]
    chart.bars[0].fillColor = colors.HexColor("#2e75b6")
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = labels or ["—"]
    chart.categoryAxis.labels.fontName = SERIF
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.labels.fontName = SERIF
    chart.valueAxis.labels.fontSize = 7
    _integer_axis(chart.valueAxis, max([*values, 1]))
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SERIF
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _page_number(canvas: Canvas, doc: Any) -> None:
    if doc.page > 1:  # GOST R 7.0.97: centred at the top from the second page on
        canvas.setFont(SERIF, 10)
        canvas.drawCentredString(30 * mm + WIDTH / 2, doc.pagesize[1] - 12 * mm, str(doc.page))


def _table(rows: list[list[Any]], widths: Sequence[float]) -> LongTable:
    table = LongTable(rows, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return table


@in_russian  # the report is Russian whatever the interface language (Article 15)
def render_statistics(figures: Figures, names: ReportNames, printed_on: date) -> bytes:
    register_fonts()
    text = ParagraphStyle("text", fontName=SERIF, fontSize=12, leading=15)
    small = ParagraphStyle("small", fontName=SERIF, fontSize=9, leading=11)
    head = ParagraphStyle("head", parent=small, fontName=SERIF_BOLD)
    title = ParagraphStyle(
        "title", fontName=SERIF_BOLD, fontSize=13, leading=16, alignment=1, spaceAfter=6
    )
    period = f"{_month_ru(figures.period_from)} — {_month_ru(figures.period_to)}"
    story: list[Any] = [
        Paragraph(names.authority.upper(), title),
        Spacer(1, 4 * mm),
        Paragraph("СТАТИСТИЧЕСКИЕ СВЕДЕНИЯ", title),
        Paragraph(
            nbsp(
                "о сотрудничестве в сфере миграции (подпункт 1 пункта 1 статьи 3 Соглашения) "
                f"за период {period}"
            ),
            ParagraphStyle("sub", parent=text, alignment=1),
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            f"По состоянию на {figures.as_of:%d.%m.%Y}. Составлено {printed_on:%d.%m.%Y}.", text
        ),
        Spacer(1, 4 * mm),
    ]
    by_partner: dict[str, dict[str, MonthStats]] = defaultdict(dict)
    for row in figures.months:
        by_partner[row.authority][row.month] = row
    months = _months(figures.period_from, figures.period_to)
    columns = ["Месяц", "Напр.", "Пост.", "Исп.", "Отказ", "Частич.", "Отв. получ.", "Просроч."]
    story.append(Paragraph("1. Запросы по месяцам и компетентным органам другой Стороны", head))
    story.append(Spacer(1, 2 * mm))
    if not by_partner:
        story.append(Paragraph("За период запросов не было.", text))
    for code in sorted(by_partner):
        partner = names.partners.get(code, code)
        rows: list[list[Any]] = [[Paragraph(c, head) for c in columns]]
        for month in months:
            rows.append([_month_ru(month), *_counts(by_partner[code].get(month))])
        total = [sum(row[i] for row in rows[1:]) for i in range(1, len(columns))]
        rows.append([Paragraph("Итого", head), *total])
        widths = [28 * mm] + [(WIDTH - 28 * mm) / (len(columns) - 1)] * (len(columns) - 1)
        story.append(
            KeepTogether(
                [Paragraph(f"{partner} ({code})", head), Spacer(1, 1 * mm), _table(rows, widths)]
            )
        )
        story.append(Spacer(1, 3 * mm))
        story.append(_partner_chart(f"Запросы по месяцам: {code}", months, by_partner[code]))
        story.append(Spacer(1, 4 * mm))
    if by_partner:
        story.append(Paragraph(nbsp(COLUMN_NOTE), small))
        story.append(Spacer(1, 4 * mm))
    persons = figures.persons
    story.append(Paragraph(nbsp("2. Сведения о лицах в хранилище (статья 5 Соглашения)"), head))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(f"Всего записей о лицах: {persons.total}.", text))
    if persons.received:  # said, so that nobody adds them back by hand
        story.append(
            Paragraph(
                "Записи, полученные от компетентных органов другой Стороны, в сведениях "
                f"не учтены: {persons.received}.",
                text,
            )
        )
    categories = list(INFO_CATEGORIES)
    story.append(
        _bars(
            "Лица по категориям сведений",
            [CATEGORY_SHORT[c] for c in categories],
            [persons.by_category.get(c, 0) for c in categories],
        )
    )
    top = list(persons.by_citizenship.items())[:TOP_COUNTRIES]
    rest = sum(list(persons.by_citizenship.values())[TOP_COUNTRIES:])
    labels = [country_name(code) for code, _ in top] + (["прочие"] if rest else [])
    # The signature never stands alone on a page: the last chart and note go with it.
    last = [
        _bars("Лица по гражданству", labels, [n for _, n in top] + ([rest] if rest else [])),
        Paragraph(
            "Лицо с несколькими гражданствами или сведениями нескольких категорий учтено в "
            "каждой из них.",
            small,
        ),
    ]
    story.append(KeepTogether(last + _signature(names, text, small)))
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=10 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Статистические сведения",
        author="MigDesk",
        initialFontName=SERIF,
    )
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return out.getvalue()


def _names(vault: Vault, figures: Figures) -> ReportNames:
    with vault.read_session() as session:
        own = view_in(session, figures.authority, figures.as_of).name.nominative
        partners = {}
        for code in {row.authority for row in figures.months}:
            partners[code] = view_in(session, code, figures.as_of).name.nominative
        ours = sources.requisites(session, figures.authority, figures.as_of)
        executor = sources.executor(session, vault.user, ours)
    return ReportNames(own, partners, executor=executor)


def write_statistics_report(
    vault: Vault,
    path: Path,
    period_from: str,
    period_to: str,
    as_of: date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Figures:
    """Collects the figures, renders, writes the PDF atomically and audits it. A cancel asked
    for meanwhile (``cancelled``) is honoured before the file is written: nothing is left."""
    figures = collect(vault, period_from, period_to, as_of)
    _stop_if(cancelled)
    pdf = render_statistics(figures, _names(vault, figures), date.today())
    _stop_if(cancelled)
    write_atomic(path, pdf)
    with vault.session() as session:
        audit.append(
            session,
            vault.user,
            "statistics.report",
            details={"from": period_from, "to": period_to, "file": path.name},
        )
    return figures


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled
