"""Clearly synthetic person records for demonstrations and benchmarks.

Names are random combinations from short lists; every record says in its notes that it is
synthetic and its documents are issued by «ДЕМО», so demo data can never pass for real.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from typing import Any

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


# --- varied names (benchmarks): a registry of a million holds tens of thousands of surnames ---

_RU_ROOTS = [
    "Иван",
    "Петр",
    "Смирн",
    "Кузнец",
    "Поп",
    "Васил",
    "Сокол",
    "Михайл",
    "Новик",
    "Федор",
    "Мороз",
    "Волк",
    "Лебед",
    "Семен",
    "Егор",
    "Павл",
    "Козл",
    "Степан",
    "Никол",
    "Орл",
    "Андре",
    "Макар",
    "Захар",
    "Заяц",
    "Соловь",
    "Борис",
    "Григор",
    "Роман",
    "Воробь",
    "Серге",
    "Кузьм",
    "Фрол",
    "Дмитри",
    "Корол",
    "Гус",
    "Кисел",
    "Ильин",
    "Максим",
    "Поляк",
    "Сорок",
    "Виноград",
    "Ковал",
    "Белоус",
    "Медвед",
    "Антон",
    "Тарас",
    "Жук",
    "Баран",
    "Комар",
    "Кулик",
    "Гончар",
    "Шевчук",
    "Бондар",
    "Ткач",
    "Мельник",
    "Кравч",
    "Кирилл",
    "Тимофе",
    "Гаврил",
    "Данил",
    "Ефим",
    "Игнат",
    "Лаврент",
    "Матве",
    "Назар",
    "Осип",
    "Прохор",
    "Родион",
    "Савел",
    "Трофим",
    "Устин",
    "Филипп",
    "Харитон",
    "Юди",
    "Якуш",
    "Ерем",
    "Богдан",
    "Голуб",
    "Дроз",
    "Ёж",
    "Журавл",
    "Зимин",
    "Калин",
    "Лапин",
    "Мух",
    "Нестер",
    "Овчинник",
    "Пастух",
    "Рыб",
    "Сидор",
    "Титов",
    "Уткин",
    "Фомич",
    "Хомяк",
    "Цвет",
    "Чайк",
    "Шишк",
    "Щеглов",
    "Яблонск",
    "Белк",
    "Грач",
    "Дуб",
]
_RU_PREFIXES = ("", "", "", "", "Ново", "Старо", "Бело", "Черно", "Верхо", "Криво", "Добро")
_RU_SUFFIXES = ("ов", "ов", "ев", "ин", "ский", "енко", "ук", "ович", "ых")
_KZ_ROOTS = [
    "Ахмет",
    "Нурлан",
    "Сейт",
    "Жума",
    "Оспан",
    "Касым",
    "Абен",
    "Тулеген",
    "Есен",
    "Серик",
    "Кайрат",
    "Ерж",
    "Болат",
    "Даулет",
    "Мукан",
    "Сапар",
    "Кенже",
    "Турсын",
    "Омар",
    "Искак",
    "Жаксылык",
    "Сагын",
    "Куаныш",
    "Амангел",
    "Ермек",
    "Канат",
    "Мырза",
    "Байтур",
    "Құрман",
    "Әли",
    "Өмірзақ",
    "Нұр",
    "Қасым",
    "Ғали",
    "Ұлан",
    "Жұма",
    "Төле",
    "Әбіл",
    "Сәрсен",
    "Бақыт",
    "Дәулет",
    "Қуан",
    "Айт",
    "Бер",
    "Шал",
    "Әмір",
    "Сұлтан",
    "Тоқ",
    "Жан",
    "Ораз",
    "Қали",
    "Мұса",
    "Есім",
    "Тайыр",
    "Әлім",
    "Шәкен",
    "Дос",
    "Бек",
]
_KZ_MIDDLES = ("", "", "бай", "бек", "жан", "тай", "хан", "ғали", "мұрат", "болат", "тұр", "әлі")
_KZ_SUFFIXES = ("ов", "ев", "ұлы", "ов")
_AM_ROOTS = [
    "Саргс",
    "Петрос",
    "Акоп",
    "Григор",
    "Мартирос",
    "Геворк",
    "Арутюн",
    "Оганес",
    "Карапет",
    "Аветис",
    "Хачатр",
    "Манук",
    "Варда",
    "Ованнис",
    "Тигран",
    "Ашот",
    "Гаспар",
    "Мкртч",
    "Баблой",
    "Сукиас",
    "Самвел",
    "Симон",
    "Ованес",
    "Погос",
    "Галуст",
    "Левон",
    "Мушег",
    "Арам",
    "Гурген",
    "Нерсес",
    "Вазген",
    "Ашхар",
    "Давт",
    "Егиаз",
    "Бабаджан",
    "Торос",
    "Седрак",
    "Амбарцум",
    "Арзум",
    "Мелкон",
    "Ншан",
    "Кочар",
    "Казар",
    "Андраник",
    "Гарегин",
    "Мамикон",
    "Рубен",
    "Сирак",
    "Асатр",
    "Минас",
    "Овсеп",
    "Сетрак",
]
_KOREAN = ("Ким", "Ли", "Пак", "Цой", "Тен", "Хан", "Шин", "Югай", "Нам", "Огай", "Тян", "Хегай")
_GIVEN_M_MORE = [
    "Иван",
    "Дмитрий",
    "Максим",
    "Андрей",
    "Николай",
    "Михаил",
    "Владимир",
    "Олег",
    "Павел",
    "Роман",
    "Виктор",
    "Игорь",
    "Антон",
    "Кирилл",
    "Степан",
    "Борис",
    "Бауыржан",
    "Асхат",
    "Жандос",
    "Ержан",
    "Серик",
    "Мурат",
    "Дамир",
    "Тимур",
    "Берик",
    "Азамат",
    "Алмас",
    "Нуржан",
    "Олжас",
    "Санжар",
    "Арсен",
    "Ашот",
    "Ваге",
    "Гагик",
    "Левон",
    "Нарек",
    "Самвел",
    "Сурен",
    "Айк",
    "Геворг",
]
_GIVEN_F_MORE = [
    "Мария",
    "Елена",
    "Наталья",
    "Ирина",
    "Татьяна",
    "Светлана",
    "Екатерина",
    "Ксения",
    "Дарья",
    "Виктория",
    "Галина",
    "Людмила",
    "Айнур",
    "Гульнара",
    "Динара",
    "Жанар",
    "Камила",
    "Меруерт",
    "Назерке",
    "Томирис",
    "Айдана",
    "Балжан",
    "Ақбота",
    "Арев",
    "Астгик",
    "Ануш",
    "Карине",
    "Сирануш",
    "Шушан",
    "Ангелина",
    "Эрмине",
]
_FATHERS_MORE = [
    "Иван",
    "Петр",
    "Николай",
    "Михаил",
    "Андрей",
    "Виктор",
    "Борис",
    "Серик",
    "Бауыржан",
    "Мурат",
    "Ержан",
    "Болат",
    "Самвел",
    "Ашот",
]


def _zipf_index(rng: random.Random, size: int) -> int:
    """An index in ``range(size)`` with the long tail of real name frequencies (about 1/rank)."""
    return min(size - 1, int(size ** rng.random()) - 1)


def _varied_surname(rng: random.Random) -> str:
    """A male surname from roots and suffixes (tens of thousands of distinct ones, skewed)."""
    kind = rng.random()
    if kind < 0.45:
        root = _RU_ROOTS[_zipf_index(rng, len(_RU_ROOTS))]
        prefix = rng.choice(_RU_PREFIXES)
        word = (prefix + root.lower()) if prefix else root
        return word + _RU_SUFFIXES[_zipf_index(rng, len(_RU_SUFFIXES))]
    if kind < 0.80:
        root = _KZ_ROOTS[_zipf_index(rng, len(_KZ_ROOTS))]
        return root + rng.choice(_KZ_MIDDLES) + rng.choice(_KZ_SUFFIXES)
    if kind < 0.97:
        root = _AM_ROOTS[_zipf_index(rng, len(_AM_ROOTS))]
        return ("Тер-" if rng.random() < 0.03 else "") + root + rng.choice(("ян", "ян", "янц"))
    return rng.choice(_KOREAN)


def _female_varied(surname: str) -> str:
    for male, female in (("ский", "ская"), ("ов", "ова"), ("ев", "ева"), ("ин", "ина")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    if surname.endswith("ұлы"):
        return surname[:-3] + "қызы"
    return surname


def synthetic_person(rng: random.Random, *, varied: bool = False) -> dict[str, Any]:
    """One record; ``varied`` draws names from far larger, skewed lists (benchmarks), otherwise
    from the short lists (the same seed gives the same records as ever)."""
    sex = rng.choice("MF")
    surname = _varied_surname(rng) if varied else rng.choice(_SURNAMES_M)
    if sex == "F":
        surname = _female_varied(surname) if varied else _female_surname(surname)
    if varied:
        given = rng.choice((_GIVEN_M + _GIVEN_M_MORE) if sex == "M" else (_GIVEN_F + _GIVEN_F_MORE))
    else:
        given = rng.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
    fathers = (_FATHERS + _FATHERS_MORE) if varied else _FATHERS
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
