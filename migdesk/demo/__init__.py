"""Clearly synthetic person records for demonstrations and benchmarks.

Names are random combinations from short lists; every record says in its notes that it is
synthetic and its documents are issued by «ДЕМО», so demo data can never pass for real.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from typing import Any

from migdesk.demo.varied import (
    FATHERS_MORE,
    GIVEN_F_MORE,
    GIVEN_M_MORE,
    female_varied,
    varied_surname,
)
from migdesk.identity.iin import iin_with_check_digit

DEMO_NOTE = "Синтетическая запись (демонстрационные данные MigDesk)"
DEMO_ISSUER = "ДЕМО"

_SURNAMES_M = [
    "Иванов",
    "Петров",
    "Смирнов",
    "Ахметов",
    "Нурланов",
    "Сейтказиев",
    "Жумабаев",
    "Ким",
    "Оспанов",
    "Касымов",
    "Абенов",
    "Тулегенов",
    "Мусин",
    "Бекмухамбетов",
    "Саргсян",
    "Петросян",
    "Акопян",
    "Григорян",
    "Мартиросян",
    "Геворкян",
    "Арутюнян",
    "Оганесян",
    "Карапетян",
    "Аветисян",
    "Хачатрян",
    "Манукян",
    "Ершов",
    "Щукин",
    "Яковлев",
    "Ёлкин",
    "Жуков",
    "Цой",
    "Құрманов",
    "Әлиев",
    "Өмірзақов",
]
_GIVEN_M = [
    "Алексей",
    "Айдар",
    "Ерлан",
    "Нурсултан",
    "Арман",
    "Данияр",
    "Тигран",
    "Арам",
    "Гурген",
    "Давид",
    "Сергей",
    "Юрий",
    "Ерасыл",
    "Ғалым",
    "Қайрат",
    "Армен",
    "Карен",
]
_GIVEN_F = [
    "Айгерим",
    "Алия",
    "Анна",
    "Ани",
    "Мариам",
    "Гаяне",
    "Сауле",
    "Дина",
    "Юлия",
    "Жанна",
    "Асель",
    "Лилит",
    "Нарине",
    "Әсел",
    "Ольга",
    "Мадина",
]
_FATHERS = ["Алексей", "Ерлан", "Арман", "Тигран", "Сергей", "Давид", "Нурлан", "Карен"]
_PLACES = [
    "г. Алматы",
    "г. Астана",
    "г. Шымкент",
    "г. Караганда",
    "г. Ереван",
    "г. Гюмри",
    "г. Ванадзор",
    "Алматинская область",
    "Ширакская область",
]


def _patronymic(father: str, sex: str) -> str:
    stem = father[:-1] + "е" if father.endswith("й") else father
    return (
        stem + ("вич" if sex == "M" else "вна")
        if stem.endswith("е")
        else father + ("ович" if sex == "M" else "овна")
    )


def _female_surname(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ин")):
        return surname + "а"
    return surname  # Armenian -ян and Korean surnames do not change


def _demo_date(rng: random.Random, first_year: int, last_year: int) -> str:
    return f"{rng.randint(first_year, last_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def synthetic_person(rng: random.Random, *, varied: bool = False) -> dict[str, Any]:
    """One record; ``varied`` draws names from far larger, skewed lists (benchmarks), otherwise
    from the short lists (the same seed gives the same records as ever)."""
    sex = rng.choice("MF")
    surname = varied_surname(rng) if varied else rng.choice(_SURNAMES_M)
    if sex == "F":
        surname = female_varied(surname) if varied else _female_surname(surname)
    if varied:
        given = rng.choice((_GIVEN_M + GIVEN_M_MORE) if sex == "M" else (_GIVEN_F + GIVEN_F_MORE))
    else:
        given = rng.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
    fathers = (_FATHERS + FATHERS_MORE) if varied else _FATHERS
    armenian = surname.endswith(("ян", "янц"))
    year, month, day = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
    record: dict[str, Any] = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "surname_ru": surname,
        "given_name_ru": given,
        "patronymic_ru": None if armenian else _patronymic(rng.choice(fathers), sex),
        "sex": sex,
        "birth_date": f"{year:04d}-{month:02d}-{day:02d}" if rng.random() > 0.05 else f"{year}",
        "birth_place": rng.choice(_PLACES),
        "citizenship": ["ARM" if armenian else "KAZ"],
        "documents": [
            {
                "kind": "passport",
                "series": None,
                "number": f"{'AM' if armenian else 'N'}{rng.randint(10**7, 10**8 - 1)}",
                "issuing_country": "ARM" if armenian else "KAZ",
                "issued_on": _demo_date(rng, 2015, 2024),
                "issued_by": DEMO_ISSUER,
                "valid_until": _demo_date(rng, 2026, 2034),
            }
        ],
        "notes": DEMO_NOTE,
    }
    if not armenian and len(record["birth_date"]) == 10:
        century_sex = (3 if year < 2000 else 5) + (0 if sex == "M" else 1)
        first11 = f"{year % 100:02d}{month:02d}{day:02d}{century_sex}{rng.randint(0, 9999):04d}"
        record["personal_number"] = iin_with_check_digit(first11)
        if record["personal_number"] is not None:
            # What validation would infer: bulk inserts without validation store the same.
            record["personal_number_kind"] = "KZ_IIN"
    return record


def synthetic_persons(
    count: int, seed: int = 1, *, varied: bool = False
) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for _ in range(count):
        yield synthetic_person(rng, varied=varied)
