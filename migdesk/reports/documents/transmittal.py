"""Courier transmittal register: the bundles handed over, each with sender, addressee (by
name), sequence number, size and the SHA-256 of its label (what the courier can check on the
stick), the total, then one «Передал» and one «Принял» mark with captioned lines for the
position, signature, name and date (the whole list changes hands at once, as on a paper
register: no signature column per bundle), and the signature of who prepared it. Takes a
plain list (the bundle log is kept elsewhere); the register's number comes from the outgoing
journal."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from migdesk.reports.doc_model import (
    Block,
    Document,
    Executor,
    Handover,
    Signer,
    Table,
    Text,
)
from migdesk.reports.doc_settings import Requisites

KIND = "transmittal"


@dataclass(frozen=True)
class BundleLine:
    sender: str  # authority code or name
    addressee: str
    sequence: int
    sha256: str
    bundle_id: str | None = None
    size: int | None = None  # bytes, as the bundle's label states it; None: not known


def _size(size: int | None) -> str:
    # GOST: digit groups of three parted by a (no-break) space.
    return "—" if size is None else f"{size:,}".replace(",", "\u00a0")


def _hash_lines(value: str) -> str:
    # 64 hex digits in four groups of sixteen: readable aloud, fits a narrow column.
    return "\n".join(value[i : i + 16] for i in range(0, len(value), 16))


def record_key(bundles: Sequence[BundleLine]) -> str:
    """The register's identity: the bundles it lists."""
    ids = ",".join(b.bundle_id or f"{b.sender}/{b.sequence}" for b in bundles)
    return hashlib.sha256(ids.encode("utf-8")).hexdigest()[:32]


def build(
    bundles: Sequence[BundleLine],
    requisites: Requisites,
    day: date,
    number: str | None,
    executor: Executor | None,
    *,
    signer: Signer | None = None,
    name_of: Callable[[str], str] = str,
) -> Document:
    """``name_of`` gives an authority's name for its code (the register is read by people
    who know the authorities by name, not by MigDesk's codes)."""
    rows = tuple(
        (
            str(i),
            name_of(b.sender),
            name_of(b.addressee),
            str(b.sequence),
            _size(b.size),
            _hash_lines(b.sha256.lower()),
        )
        for i, b in enumerate(bundles, 1)
    )
    body: list[Block] = [
        Table(
            columns=(
                "№",
                "Отправитель",
                "Получатель",
                "Номер пакета",
                "Размер, байт",
                # What the courier checks on the stick: ``sha256sum label.json``, or
                # «SHA-256 ярлыка» in ``bundle inspect`` and the courier's window.
                "SHA-256 ярлыка (label.json)",
            ),
            rows=rows,
            widths=(7, 43, 43, 12, 17, 34),
            font_size=9,
        ),
        Text(f"Всего пакетов: {len(bundles)}.", indent=False),
        Handover(("Передал", "Принял")),
    ]
    settings = requisites.settings
    record = number or record_key(bundles)
    return Document(
        kind=KIND,
        record=f"transmittal:{record}",
        requisites=requisites,
        day=day,
        number=number,
        body=tuple(body),
        title="РЕЕСТР\nпередачи пакетов обмена информацией",
        restriction=settings.restriction,
        copy_number=settings.marked_copy,
        signer=signer,
        executor=executor,
    )
