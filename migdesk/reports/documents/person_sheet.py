"""Person data sheet: every Article 6 field with its Russian label, and the photo.

Takes the interchange JSON of the record (``PersonService.get``) and, when the record came
from the other side, its handling limits (Art. 11.2, 11.3), which must travel with it.
"""

from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from reportlab.lib.utils import ImageReader

from migdesk.identity.countries import country_name
from migdesk.identity.partial_date import format_partial_date_ru
from migdesk.persons.labels import (
    CITIZENSHIP_ACT_KINDS,
    DOCUMENT_KINDS,
    FIELD_LABELS,
    PERMIT_KINDS,
    PERSONAL_NUMBER_KINDS,
    REGISTRATION_KINDS,
    RESTRICTION_KINDS,
    SEX_LABELS,
)
from migdesk.reports.doc_model import Block, Document, Executor, Fields, Signer, Subtitle, Table
from migdesk.reports.doc_model import Text as TextBlock
from migdesk.reports.doc_settings import Requisites

KIND = "person-sheet"
NONE = "сведений нет"

Row = dict[str, Any]


def _d(value: str | None) -> str:
    return format_partial_date_ru(value) if value else ""


def _k(labels: Mapping[str, str], value: Any) -> str:
    return labels.get(str(value), str(value))


def _c(value: str | None) -> str:
    return country_name(value) if value else ""


def _employer(permit: dict[str, Any]) -> str:
    """A work permit's employer (Art. 3.1(4)): name, BIN/INN, address."""
    parts = [
        _s(permit.get("employer_name")),
        f"БИН/ИНН {permit['employer_number']}" if permit.get("employer_number") else "",
        _s(permit.get("employer_address")),
    ]
    shown = ", ".join(p for p in parts if p)
    return f"; работодатель: {shown}" if shown else ""


def _period(row: Row) -> str:
    start, end = _d(row.get("valid_from")), _d(row.get("valid_until"))
    if start and end:
        return f"{start} – {end}"
    if start:
        return f"с {start}"
    return f"до {end}" if end else ""


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _joined(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _liability(row: Row) -> tuple[str, ...]:
    """A decision of administrative or criminal liability (the two lists read alike)."""
    where = ", ".join(p for p in (_c(row.get("country")), _s(row.get("authority"))) if p)
    decided = _d(row.get("decided_on"))
    return (
        decided,
        where,
        _s(row.get("legal_basis")),
        _s(row.get("description")),
        _s(row.get("penalty")),
    )


LIABILITY = (
    ("Дата", "Государство, орган", "Статья", "Описание", "Мера"),
    (24, 36, 24, 44, 24),
    _liability,
)

# Each Art. 6 list: its label, the columns, relative widths and how a row reads.
Section = tuple[str, tuple[str, ...], tuple[float, ...], Callable[[Row], tuple[str, ...]]]
SECTIONS: tuple[Section, ...] = (
    (
        "documents",
        ("Вид", "Серия, номер", "Дата выдачи", "Кем выдан", "Действует до"),
        (32, 28, 24, 44, 24),
        lambda r: (
            _k(DOCUMENT_KINDS, r["kind"])
            + (f" ({_c(r.get('issuing_country'))})" if r.get("issuing_country") else ""),
            _joined(_s(r.get("series")), _s(r.get("number"))),
            _d(r.get("issued_on")),
            _s(r.get("issued_by")),
            _d(r.get("valid_until")),
        ),
    ),
    ("administrative_liability", *LIABILITY),
    ("criminal_liability", *LIABILITY),
    (
        "registrations",
        ("Вид", "Государство, адрес", "Период", "Орган"),
        (28, 62, 26, 36),
        lambda r: (
            _k(REGISTRATION_KINDS, r["kind"]),
            _joined(_c(r.get("country")) + ("," if r.get("country") else ""), _s(r.get("address"))),
            _period(r),
            _s(r.get("authority")),
        ),
    ),
    (
        "residence_permits",
        ("Вид", "Номер", "Дата выдачи", "Период", "Кем выдано"),
        (40, 24, 24, 26, 38),
        lambda r: (
            _k(PERMIT_KINDS, r["kind"])
            + (f" ({_c(r.get('country'))})" if r.get("country") else "")
            + _employer(r),
            _s(r.get("number")),
            _d(r.get("issued_on")),
            _period(r),
            _s(r.get("issued_by")),
        ),
    ),
    (
        "citizenship_acts",
        ("Вид", "Государство", "Дата решения", "Номер решения", "Орган"),
        (36, 28, 24, 26, 38),
        lambda r: (
            _k(CITIZENSHIP_ACT_KINDS, r["kind"]),
            _c(r.get("country")),
            _d(r.get("decided_on")),
            _s(r.get("decision_number")),
            _s(r.get("authority")),
        ),
    ),
    (
        "restrictions",
        ("Вид", "Государство", "Дата решения", "Срок", "Основания", "Кем принято"),
        (24, 26, 24, 26, 30, 22),
        lambda r: (
            _k(RESTRICTION_KINDS, r["kind"]),
            _c(r.get("country")),
            _d(r.get("imposed_on")),
            _period(r),
            _s(r.get("grounds")),
            _s(r.get("imposed_by")),
        ),
    ),
)


def _photo(person: Row) -> bytes | None:
    """The first photo if it is an image reportlab can place; otherwise none."""
    for photo in person.get("photos") or []:
        try:
            data = base64.b64decode(photo.get("data_base64") or "", validate=True)
            ImageReader(io.BytesIO(data)).getSize()
        except (binascii.Error, OSError, ValueError):
            continue
        return data
    return None


def _identity(person: Row) -> tuple[tuple[str, str], ...]:
    def names(suffix: str) -> str:
        return _joined(
            *(_s(person.get(f"{n}_{suffix}")) for n in ("surname", "given_name", "patronymic"))
        )

    number = _s(person.get("personal_number"))
    kind = person.get("personal_number_kind")
    if number and kind:
        number = f"{number}, {PERSONAL_NUMBER_KINDS.get(kind, kind)}"
    return (
        ("Фамилия, имя, отчество (рус.)", names("ru")),
        ("Фамилия, имя, отчество (лат.)", names("lat")),
        (FIELD_LABELS["sex"], SEX_LABELS.get(person.get("sex") or "", "")),
        (FIELD_LABELS["birth_date"], _d(person.get("birth_date"))),
        (FIELD_LABELS["birth_place"], _s(person.get("birth_place"))),
        (FIELD_LABELS["citizenship"], ", ".join(_c(c) for c in person.get("citizenship") or [])),
        (FIELD_LABELS["personal_number"], number),
        ("Идентификатор записи", _s(person.get("id"))),
    )


def build(
    person: Row,
    requisites: Requisites,
    day: date,
    *,
    limits: str | None,
    signer: Signer | None,
    executor: Executor | None,
) -> Document:
    body: list[Block] = [Fields(_identity(person), _photo(person))]
    for name, columns, widths, row_of in SECTIONS:
        body.append(Subtitle(FIELD_LABELS[name]))
        rows = person.get(name) or []
        if rows:
            body.append(Table(columns, tuple(row_of(r) for r in rows), widths, font_size=9))
        else:
            body.append(TextBlock(NONE, indent=False))
    photos = len(person.get("photos") or [])
    card = person.get("fingerprint_card")
    media = [
        (FIELD_LABELS["photos"], f"{photos} (первая приведена выше)" if photos else NONE),
        (
            FIELD_LABELS["fingerprint_card"],
            # «нет» would assert the person has no card; the vault only holds none.
            f"имеется ({_d(card.get('captured_on')) or 'дата не указана'})" if card else NONE,
        ),
    ]
    body.append(Subtitle("Фотографические изображения и дактилоскопическая карта"))
    body.append(Fields(tuple(media)))
    if limits:
        body.append(Subtitle("Ограничения использования (статья 11 Соглашения)"))
        body.append(TextBlock(limits))
    settings = requisites.settings
    return Document(
        kind=KIND,
        record=_s(person.get("id")),
        requisites=requisites,
        day=day,
        number=None,
        body=tuple(body),
        title="СВЕДЕНИЯ О ЛИЦЕ\n(статья 6 Соглашения)",
        restriction=settings.restriction,
        copy_number=settings.marked_copy,
        signer=signer,
        executor=executor,
    )
