"""Columns of the sub-record tables: JSON keys as in ``person.v1.json``, titles for the GUI.

``required`` only marks a header with «*»; the domain decides what is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from migdesk.persons import labels

# lupdate finds literal translate("Context", "text") calls.
translate = QCoreApplication.translate


class Kind(Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    COUNTRY = "country"
    CHOICE = "choice"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: Kind = Kind.TEXT
    choices: Mapping[str, str] | None = None
    required: bool = False
    chars: int = 14  # initial width in average characters
    stretch: bool = False  # takes the width left over (the longest free text of the table)


@dataclass(frozen=True)
class TableSpec:
    list_name: str
    title: str
    columns: tuple[Column, ...]


def _liability(list_name: str, title: str) -> TableSpec:
    return TableSpec(
        list_name,
        title,
        (
            Column("country", translate("Subrecords", "Государство"), Kind.COUNTRY, chars=8),
            Column("decided_on", translate("Subrecords", "Дата решения"), Kind.DATE, chars=12),
            Column("authority", translate("Subrecords", "Орган"), chars=20),
            Column("legal_basis", translate("Subrecords", "Статья (основание)"), chars=18),
            Column(
                "description",
                translate("Subrecords", "Описание"),
                Kind.LONG_TEXT,
                chars=30,
                stretch=True,
            ),
            Column("penalty", translate("Subrecords", "Мера"), chars=16),
        ),
    )


def documents() -> TableSpec:
    return TableSpec(
        "documents",
        translate("Subrecords", "Документы, удостоверяющие личность"),
        (
            Column(
                "kind",
                translate("Subrecords", "Вид"),
                Kind.CHOICE,
                labels.DOCUMENT_KINDS,
                True,
                chars=30,
            ),
            Column("series", translate("Subrecords", "Серия"), chars=7),
            Column("number", translate("Subrecords", "Номер"), required=True, chars=12),
            Column(
                "issuing_country",
                translate("Subrecords", "Государство выдачи"),
                Kind.COUNTRY,
                chars=10,
            ),
            Column("issued_on", translate("Subrecords", "Дата выдачи"), Kind.DATE, chars=12),
            Column("issued_by", translate("Subrecords", "Кем выдан"), chars=20, stretch=True),
            Column("valid_until", translate("Subrecords", "Действителен до"), Kind.DATE, chars=12),
        ),
    )


def administrative_liability() -> TableSpec:
    return _liability(
        "administrative_liability", translate("Subrecords", "Административная ответственность")
    )


def criminal_liability() -> TableSpec:
    return _liability("criminal_liability", translate("Subrecords", "Уголовная ответственность"))


def registrations() -> TableSpec:
    return TableSpec(
        "registrations",
        translate("Subrecords", "Учёт по месту пребывания и по месту жительства"),
        (
            Column(
                "kind",
                translate("Subrecords", "Вид"),
                Kind.CHOICE,
                labels.REGISTRATION_KINDS,
                True,
                chars=18,
            ),
            Column("country", translate("Subrecords", "Государство"), Kind.COUNTRY, chars=8),
            Column(
                "address", translate("Subrecords", "Адрес"), required=True, chars=34, stretch=True
            ),
            Column("valid_from", translate("Subrecords", "Действует с"), Kind.DATE, chars=12),
            Column("valid_until", translate("Subrecords", "Действует до"), Kind.DATE, chars=12),
            Column("authority", translate("Subrecords", "Орган"), chars=18),
        ),
    )


def residence_permits() -> TableSpec:
    return TableSpec(
        "residence_permits",
        translate("Subrecords", "Разрешения на проживание и право на работу"),
        (
            Column(
                "kind",
                translate("Subrecords", "Вид"),
                Kind.CHOICE,
                labels.PERMIT_KINDS,
                True,
                chars=28,
            ),
            Column("country", translate("Subrecords", "Государство"), Kind.COUNTRY, chars=8),
            Column("number", translate("Subrecords", "Номер"), chars=12),
            Column("issued_on", translate("Subrecords", "Дата выдачи"), Kind.DATE, chars=12),
            Column("valid_from", translate("Subrecords", "Действует с"), Kind.DATE, chars=12),
            Column("valid_until", translate("Subrecords", "Действует до"), Kind.DATE, chars=12),
            Column("issued_by", translate("Subrecords", "Кем выдано"), chars=18),
            # A work permit's employer (Art. 3.1(4)).
            Column("employer_name", translate("Subrecords", "Работодатель"), chars=18),
            Column("employer_number", translate("Subrecords", "БИН/ИНН"), chars=14),
            Column(
                "employer_address",
                translate("Subrecords", "Адрес работодателя"),
                chars=18,
                stretch=True,
            ),
        ),
    )


def citizenship_acts() -> TableSpec:
    return TableSpec(
        "citizenship_acts",
        translate(
            "Subrecords", "Приём и восстановление в гражданстве, принадлежность к гражданству"
        ),
        (
            Column(
                "kind",
                translate("Subrecords", "Вид"),
                Kind.CHOICE,
                labels.CITIZENSHIP_ACT_KINDS,
                True,
                chars=30,
            ),
            Column(
                "country",
                translate("Subrecords", "Государство"),
                Kind.COUNTRY,
                required=True,
                chars=8,
            ),
            Column("decided_on", translate("Subrecords", "Дата решения"), Kind.DATE, chars=12),
            Column("decision_number", translate("Subrecords", "Номер решения"), chars=14),
            Column("authority", translate("Subrecords", "Орган"), chars=24, stretch=True),
        ),
    )


def restrictions() -> TableSpec:
    return TableSpec(
        "restrictions",
        translate("Subrecords", "Неразрешение въезда, ограничение выезда, выдворение"),
        (
            Column(
                "kind",
                translate("Subrecords", "Вид"),
                Kind.CHOICE,
                labels.RESTRICTION_KINDS,
                True,
                chars=20,
            ),
            Column("country", translate("Subrecords", "Государство"), Kind.COUNTRY, chars=8),
            Column("imposed_on", translate("Subrecords", "Дата решения"), Kind.DATE, chars=12),
            Column("valid_from", translate("Subrecords", "Действует с"), Kind.DATE, chars=12),
            Column("valid_until", translate("Subrecords", "Действует до"), Kind.DATE, chars=12),
            Column(
                "grounds",
                translate("Subrecords", "Основания"),
                Kind.LONG_TEXT,
                required=True,
                chars=28,
                stretch=True,
            ),
            Column("imposed_by", translate("Subrecords", "Кем принято решение"), chars=18),
        ),
    )
