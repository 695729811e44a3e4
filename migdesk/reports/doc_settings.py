"""Per-authority layout settings for letters (GOST R 7.0.97-2025 requisites).

Kazakhstan and Armenia keep their own office-work rules, so font size, margins, the name
block and the default access-restriction mark are set per authority: a country default
here, overridden by the vault setting ``documents.layout.<CODE>`` (a JSON object with any
of the field names below). The limits of the standard are enforced on every value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from typing import Any

from migdesk.errors import InvalidInput

SETTING_PREFIX = "documents.layout."
# Art. 11.1: the fact and content of a request are confidential, so letters carry the
# mark unless the authority's settings say otherwise.
DEFAULT_RESTRICTION = "Для служебного пользования"


@dataclass(frozen=True)
class LayoutSettings:
    font_size: float = 14.0  # GOST: 12–14 pt for the text
    line_spacing: float = 1.15  # leading as a multiple of the font size
    left_mm: float = 30.0  # GOST minimums: 20 left, 10 right, 20 top and bottom
    right_mm: float = 10.0
    top_mm: float = 20.0
    bottom_mm: float = 20.0
    indent_mm: float = 12.5  # first-line indent of paragraphs
    name_lines: tuple[str, ...] = ()  # the authority name block; empty: country + name
    address_lines: tuple[str, ...] = ()  # postal address, phone, e-mail under the name
    restriction: str | None = DEFAULT_RESTRICTION
    copy_number: int | None = 1
    executor_phone: str | None = None
    small_size: float = 10.0  # executor mark, page numbers, the QR caption

    @property
    def marked_copy(self) -> int | None:
        """The copy number as printed: only beside a restriction mark («Экз. №» under «ДСП»)."""
        return self.copy_number if self.restriction else None

    def checked(self) -> LayoutSettings:
        problems = []
        if not 12 <= self.font_size <= 14:
            problems.append("кегль текста 12–14 пт")
        if self.left_mm < 20 or self.right_mm < 10 or self.top_mm < 20 or self.bottom_mm < 20:
            problems.append("поля не менее 20 мм слева, 10 мм справа, 20 мм сверху и снизу")
        if not 1.0 <= self.line_spacing <= 1.5:
            problems.append("межстрочный интервал 1–1,5")
        if problems:
            raise InvalidInput(
                "Настройки оформления нарушают ГОСТ Р 7.0.97-2025: " + "; ".join(problems) + "."
            )
        return self


COUNTRY_DEFAULTS: dict[str, LayoutSettings] = {
    # Kazakh practice: 14 pt, left margin 30 mm.
    "KZ": LayoutSettings(font_size=14.0, left_mm=30.0, right_mm=10.0),
    "AM": LayoutSettings(font_size=12.0, left_mm=25.0, right_mm=10.0),
}


def settings_for(country: str, override_json: str | None) -> LayoutSettings:
    """The country default with the authority's stored overrides applied."""
    base = COUNTRY_DEFAULTS.get(country, LayoutSettings())
    if not override_json:
        return base.checked()
    try:
        raw: Any = json.loads(override_json)
    except json.JSONDecodeError as exc:
        raise InvalidInput("Настройки оформления документов: неверный JSON.") from exc
    known = {f.name for f in fields(LayoutSettings)}
    if not isinstance(raw, dict) or set(raw) - known:
        raise InvalidInput(
            "Настройки оформления документов: допустимы ключи " + ", ".join(sorted(known)) + "."
        )
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
    return replace(base, **values).checked()


@dataclass(frozen=True)
class Requisites:
    """Who writes: the authority as named on the document's date."""

    code: str
    name: str  # nominative, as valid on the date
    settings: LayoutSettings = field(default_factory=LayoutSettings)
    letterhead_names: tuple[str, ...] = ()  # the administrator's name block (letterhead)
    reference: tuple[str, ...] = ()  # address, phone, e-mail, site under the name block
    short_name: str | None = None

    def name_block(self) -> tuple[str, ...]:
        if self.settings.name_lines:
            return self.settings.name_lines
        if self.letterhead_names:
            return tuple(line.upper() for line in self.letterhead_names)
        return (self.name.upper(),)

    def reference_lines(self) -> tuple[str, ...]:
        return self.settings.address_lines or self.reference
