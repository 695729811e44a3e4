"""Courier transmittal register: the bundles handed over, each with sender, addressee,
sequence number and SHA-256, with lines for the signatures of handing over and receiving.
Takes a plain list (the bundle log is kept elsewhere)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from migdesk.reports.doc_model import Block, Document, Executor, Table, Text
from migdesk.reports.doc_settings import Requisites

KIND = "transmittal"
SIGN_LINE = "__________ /________________/ «___» __________ 20___ г."


@dataclass(frozen=True)
class BundleLine:
    sender: str  # authority code or name
    addressee: str
    sequence: int
    sha256: str
    bundle_id: str | None = None


def _hash_lines(value: str) -> str:
    # 64 hex digits in four groups of sixteen: readable aloud, fits a narrow column.
    return "\n".join(value[i : i + 16] for i in range(0, len(value), 16))


def build(
    bundles: Sequence[BundleLine],
    requisites: Requisites,
    day: date,
    number: str | None,
    executor: Executor | None,
    *,
    audit_head: str | None = None,
) -> Document:
    rows = tuple(
        (
            str(i),
            b.sender,
            b.addressee,
            str(b.sequence),
            _hash_lines(b.sha256.lower()),
            "",
            "",
        )
        for i, b in enumerate(bundles, 1)
    )
    body: list[Block] = [
        Text(f"Всего пакетов: {len(bundles)}.", indent=False),
        Table(
            columns=(
                "№",
                "Отправитель",
                "Получатель",
                "Номер пакета",
                "SHA-256 пакета",
                "Передал (подпись)",
                "Принял (подпись)",
            ),
            rows=rows,
            # Wide enough for codes such as AM-MIGRATION on one line at 9 pt.
            widths=(7, 29, 29, 16, 36, 21, 21),
            font_size=9,
        ),
        Text(f"Передал: {SIGN_LINE}", indent=False),
        Text(f"Принял:   {SIGN_LINE}", indent=False),
    ]
    if audit_head:
        body.append(
            Text(f"Вершина журнала аудита при составлении реестра: {audit_head}", indent=False)
        )
    settings = requisites.settings
    ids = ",".join(b.bundle_id or f"{b.sender}/{b.sequence}" for b in bundles)
    record = number or hashlib.sha256(ids.encode("utf-8")).hexdigest()[:16]
    return Document(
        kind=KIND,
        record=f"transmittal:{record}",
        requisites=requisites,
        day=day,
        number=number,
        body=tuple(body),
        title="РЕЕСТР\nпередачи пакетов обмена информацией",
        restriction=settings.restriction,
        copy_number=settings.copy_number if settings.restriction else None,
        executor=executor,
    )
