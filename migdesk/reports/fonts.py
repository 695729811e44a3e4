"""The embedded open fonts: DejaVu covers Russian, Kazakh and Armenian (for names).

The font files are package data in ``migdesk/resources/fonts``. Adding a font is a file in
that folder and a line in ``FACES`` (and ``FAMILIES`` for a bold pair); nothing else.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from migdesk.resources import resource

SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"

# reportlab face name → file in migdesk/resources/fonts.
FACES: dict[str, str] = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}
# Family → (normal face, bold face): lets <b> inside a paragraph pick the bold file.
FAMILIES: dict[str, tuple[str, str]] = {SERIF: (SERIF, SERIF_BOLD)}


def font_bytes(file_name: str) -> bytes:
    return resource("fonts", file_name).read_bytes()


@cache
def register_fonts() -> None:
    for face, file_name in FACES.items():
        with resource("fonts", file_name).open("rb") as handle:
            pdfmetrics.registerFont(TTFont(face, handle))
    for family, (normal, bold) in FAMILIES.items():
        pdfmetrics.registerFontFamily(family, normal=normal, bold=bold)
