"""The embedded open font: DejaVu covers Russian, Kazakh and Armenian (for names)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(SERIF, str(FONT_DIR / "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont(SERIF_BOLD, str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD)
