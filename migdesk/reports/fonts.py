"""The embedded open fonts. Letters are set in Liberation Serif, metric-compatible with
Times New Roman (GOST R 7.0.97 expects Times New Roman or similar; SIL OFL 1.1). Glyphs it
lacks — Armenian letters in names — fall back to DejaVu Serif, run by run (``with_fallback``),
so a name renders whatever its script.

The font files are package data in ``migdesk/resources/fonts``. Adding a font is a file in
that folder and a line in ``FACES`` (and ``FAMILIES`` for a bold pair); nothing else.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from migdesk.resources import resource

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
FALLBACK = "DejaVuSerif"
FALLBACK_BOLD = "DejaVuSerif-Bold"

# reportlab face name → file in migdesk/resources/fonts.
FACES: dict[str, str] = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    FALLBACK: "DejaVuSerif.ttf",
    FALLBACK_BOLD: "DejaVuSerif-Bold.ttf",
}
# Family → (normal face, bold face): lets <b> inside a paragraph pick the bold file.
FAMILIES: dict[str, tuple[str, str]] = {
    SERIF: (SERIF, SERIF_BOLD),
    FALLBACK: (FALLBACK, FALLBACK_BOLD),
}


def font_bytes(file_name: str) -> bytes:
    return resource("fonts", file_name).read_bytes()


@cache
def register_fonts() -> None:
    for face, file_name in FACES.items():
        with resource("fonts", file_name).open("rb") as handle:
            pdfmetrics.registerFont(TTFont(face, handle))
    for family, (normal, bold) in FAMILIES.items():
        pdfmetrics.registerFontFamily(family, normal=normal, bold=bold)


@cache
def _covered() -> frozenset[int]:
    """Code points both main faces have (regular and bold)."""
    register_fonts()
    regular = pdfmetrics.getFont(SERIF).face.charToGlyph
    bold = pdfmetrics.getFont(SERIF_BOLD).face.charToGlyph
    return frozenset(set(regular) & set(bold))


def with_fallback(markup: str) -> str:
    """Paragraph markup with every run of characters the main font lacks set in DejaVu
    (``<font face>`` keeps bold: the family maps it). Tags and entities are left alone."""
    covered = _covered()
    out: list[str] = []
    run: list[str] = []
    depth = 0  # inside <…> or &…;

    def flush() -> None:
        if run:
            out.append(f'<font face="{FALLBACK}">{"".join(run)}</font>')
            run.clear()

    for ch in markup:
        if ch in "<&":
            flush()
            depth = 1 if ch == "<" else 2
            out.append(ch)
            continue
        if depth:
            out.append(ch)
            if (depth == 1 and ch == ">") or (depth == 2 and ch == ";"):
                depth = 0
            continue
        if ord(ch) in covered or ch in "\n\t ":
            flush()
            out.append(ch)
        else:
            run.append(ch)
    flush()
    return "".join(out)
