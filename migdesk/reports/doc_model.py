"""A document as data: the GOST R 7.0.97-2025 requisites and the body blocks.

Each document kind builds one of these from the vault's records; ``gost_layout`` places it
on the page. ``content()`` is exactly what is rendered (see ``doc_content`` for the hash).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from migdesk.reports.doc_content import FORMAT
from migdesk.reports.doc_settings import Requisites


def _day(value: date | None) -> str | None:
    return value.strftime("%d.%m.%Y") if value else None


@dataclass(frozen=True)
class Signer:
    """The signature requisite: position at the left, initials and surname at the right."""

    position: str
    full_name: str  # «Фамилия Имя Отчество»
    signatory_id: int | None = None

    def short_name(self) -> str:
        """«Подписантов Тест Тестович» → «Т.Т. Подписантов» (GOST: initials before)."""
        parts = self.full_name.split()
        if len(parts) < 2:
            return self.full_name
        surname, rest = parts[0], parts[1:]
        initials = "".join(f"{p[0]}." for p in rest if p)
        return f"{initials} {surname}"


@dataclass(frozen=True)
class Executor:
    name: str
    phone: str | None = None


@dataclass(frozen=True)
class Attachment:
    name: str
    sheets: int | None = None
    copies: int = 1


@dataclass(frozen=True)
class Text:
    """Paragraphs (split on blank lines and line breaks), optionally under a label."""

    text: str
    label: str | None = None
    indent: bool = True  # layout only: a first-line indent (GOST for running text)

    def content(self) -> dict[str, Any]:
        return {"label": self.label, "text": self.text}


@dataclass(frozen=True)
class Subtitle:
    text: str

    def content(self) -> dict[str, Any]:
        return {"subtitle": self.text}


@dataclass(frozen=True)
class Fields:
    """Label–value rows; a photo, when given, stands at the right of them."""

    rows: tuple[tuple[str, str], ...]
    photo: bytes | None = None

    def content(self) -> dict[str, Any]:
        photo = hashlib.sha256(self.photo).hexdigest() if self.photo else None
        return {"fields": [list(r) for r in self.rows], "photo_sha256": photo}


@dataclass(frozen=True)
class Table:
    """A table that flows over pages with its header repeated."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative; scaled to the text width
    font_size: float = 10.0

    def content(self) -> dict[str, Any]:
        return {"columns": list(self.columns), "rows": [list(r) for r in self.rows]}


@dataclass(frozen=True)
class Handover:
    """Hand-over marks («Передал», «Принял»): for each, lines for the position, the
    signature, the initials and surname and the date, each captioned underneath."""

    roles: tuple[str, ...]

    def content(self) -> dict[str, Any]:
        return {"handover": list(self.roles)}


Block = Text | Subtitle | Fields | Table | Handover


@dataclass(frozen=True)
class Document:
    kind: str
    record: str  # id of the record it was made from (request, step, person…)
    requisites: Requisites
    day: date
    number: str | None
    body: tuple[Block, ...]
    heading: str | None = None  # «О …» under the requisites (letters)
    title: str | None = None  # centred title (forms, sheets, registers)
    addressee: tuple[str, ...] = ()  # in the dative, at the right
    reply_to: tuple[str | None, date | None] | None = None  # «На № … от …»
    restriction: str | None = None
    copy_number: int | None = None
    attachments: tuple[Attachment, ...] = ()
    signer: Signer | None = None
    executor: Executor | None = None
    approval: Signer | None = None  # «УТВЕРЖДАЮ» at the top right (acts)

    def content(self) -> dict[str, Any]:
        reply = None
        if self.reply_to is not None:
            reply = {"number": self.reply_to[0], "date": _day(self.reply_to[1])}
        return {
            "format": FORMAT,
            "kind": self.kind,
            "record": self.record,
            "authority": {"code": self.requisites.code, "name": self.requisites.name},
            "number": self.number,
            "date": _day(self.day),
            "reply_to": reply,
            "restriction": self.restriction,
            "copy": self.copy_number,
            "addressee": list(self.addressee),
            "title": self.title,
            "heading": self.heading,
            "body": [block.content() for block in self.body],
            "attachments": [
                {"name": a.name, "sheets": a.sheets, "copies": a.copies} for a in self.attachments
            ],
            "signer": None
            if self.signer is None
            else {"position": self.signer.position, "name": self.signer.full_name},
            "executor": None
            if self.executor is None
            else {"name": self.executor.name, "phone": self.executor.phone},
            **(
                {}
                if self.approval is None
                else {
                    "approval": {
                        "position": self.approval.position,
                        "name": self.approval.full_name,
                    }
                }
            ),
        }


@dataclass(frozen=True)
class StampBox:
    """Where the layout left room for the electronic-signature stamp (PDF points)."""

    page: int  # 0-based
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    content_sha256: str
    number: str | None
    day: date
    pages: int
    stamp_box: StampBox | None = None
    qr_payload: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
