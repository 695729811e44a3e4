"""Collecting input problems by field path and raising them together."""

from __future__ import annotations

from datetime import date

from migdesk.errors import ValidationFailed
from migdesk.messages import _
from migdesk.requests import vocab
from migdesk.requests.dates import today


class Problems:
    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    def add(self, path: str, message: str) -> None:
        self.items.setdefault(path, message)

    def required(self, path: str, value: str | None, why: str | None = None) -> str:
        """``value`` stripped; records a problem when it is empty."""
        cleaned = (value or "").strip()
        if not cleaned:
            # «обязательно» translated now, not once at import (it stayed Russian after a switch)
            reason = _("обязательно") if why is None else why
            self.add(path, _("не указано ({why})").format(why=reason))
        return cleaned

    def not_future(self, path: str, day: date | None) -> None:
        if day is not None and day > today():
            self.add(path, _("дата {date} ещё не наступила").format(date=day.isoformat()))

    def raise_if_any(self) -> None:
        if self.items:
            labels = {path: vocab.label(path) for path in self.items}
            raise ValidationFailed(dict(self.items), labels)


def optional_text(value: str | None) -> str | None:
    cleaned = (value or "").strip()
    return cleaned or None
