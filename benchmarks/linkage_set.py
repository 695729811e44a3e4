"""Writes the labelled set of record pairs for record-linkage quality (synthetic persons).

    python -m benchmarks.linkage_set   # rewrites tests/persons/data/linkage_pairs.json

Every person is made up from the name lists below (real name spellings, invented people,
documents issued by «ДЕМО»). Pairs of one person typed another way (``same: true``) and of
different persons with the same or similar names (``same: false``), each with its ``kind``.
The file is committed: the quality figures are measured on a fixed set, and any change to it
shows in review.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from migdesk.identity.iin import iin_with_check_digit

OUT = Path(__file__).resolve().parent.parent / "tests" / "persons" / "data" / "linkage_pairs.json"
SEED = 16

# (Kazakh spelling, as typed on a Russian keyboard); Latin comes from the passport rules.
KAZAKH_SURNAMES = [
    ("Жұмабеков", "Жумабеков"),
    ("Құрманов", "Курманов"),
    ("Өмірзақов", "Омирзаков"),
    ("Сәрсенбаев", "Сарсенбаев"),
    ("Тұрсынов", "Турсынов"),
    ("Нұрланов", "Нурланов"),
    ("Қасымов", "Касымов"),
    ("Мұхамеджанов", "Мухамеджанов"),
    ("Әбенов", "Абенов"),
    ("Бекмұхамбетов", "Бекмухамбетов"),
    ("Сейітқазиев", "Сеитказиев"),
    ("Дәулетов", "Даулетов"),
]
KAZAKH_GIVEN_M = [
    ("Әлихан", "Алихан"),
    ("Ғалым", "Галым"),
    ("Қайрат", "Кайрат"),
    ("Нұрлан", "Нурлан"),
    ("Дәурен", "Даурен"),
    ("Серік", "Серик"),
    ("Ерасыл", "Ерасыл"),
    ("Бауыржан", "Бауыржан"),
]
KAZAKH_GIVEN_F = [("Айгүл", "Айгуль"), ("Әсел", "Асель"), ("Гүлнар", "Гульнар"), ("Дана", "Дана")]
KAZAKH_PATRONYMIC_M = [
    ("Серікұлы", "Серикулы"),
    ("Нұрланұлы", "Нурланулы"),
    ("Қайратұлы", "Кайратулы"),
]
KAZAKH_PATRONYMIC_F = [("Серікқызы", "Сериккызы"), ("Нұрланқызы", "Нурланкызы")]

# (Russian standard, Russian variant, passport Latin) renderings of one name.
ARMENIAN_SURNAMES = [
    ("Оганесян", "Ованесян", "HOVHANNISYAN"),
    ("Оганнисян", "Ованнисян", "HOVHANNISYAN"),
    ("Арутюнян", "Арутюньян", "HARUTYUNYAN"),
    ("Акопян", "Акопьян", "HAKOBYAN"),
    ("Мкртчян", "Мкртчан", "MKRTCHYAN"),
    ("Погосян", "Погосьян", "POGHOSYAN"),
    ("Геворкян", "Геворгян", "GEVORGYAN"),
    ("Хачатрян", "Хачатрьян", "KHACHATRYAN"),
    ("Варданян", "Варданьян", "VARDANYAN"),
    ("Карапетян", "Карапетьян", "KARAPETYAN"),
    ("Саргсян", "Саргисян", "SARGSYAN"),
    ("Егиазарян", "Егязарян", "YEGHIAZARYAN"),
]
ARMENIAN_GIVEN_M = [
    ("Оганес", "Ованес", "HOVHANNES"),
    ("Акоп", "Акоп", "HAKOB"),
    ("Арутюн", "Арутюн", "HARUTYUN"),
    ("Тигран", "Тигран", "TIGRAN"),
    ("Ашот", "Ашот", "ASHOT"),
    ("Мгер", "Мгер", "MHER"),
    ("Саргис", "Саркис", "SARGIS"),
    ("Ерванд", "Ерванд", "YERVAND"),
]
ARMENIAN_GIVEN_F = [
    ("Ануш", "Ануш", "ANUSH"),
    ("Лилит", "Лилит", "LILIT"),
    ("Гаяне", "Гаянэ", "GAYANE"),
    ("Асмик", "Асмик", "HASMIK"),
]
UZBEK_SURNAMES = [
    ("Юсупов", "Юсуфов", "YUSUPOV"),
    ("Абдуллаев", "Абдулаев", "ABDULLAYEV"),
    ("Рахимов", "Рахимов", "RAHIMOV"),
    ("Хамидов", "Хамидов", "XAMIDOV"),
    ("Кадыров", "Кодиров", "QODIROV"),
    ("Жураев", "Джураев", "JO'RAYEV"),
    ("Эргашев", "Эргашев", "ERGASHEV"),
    ("Холматов", "Халматов", "XOLMATOV"),
    ("Шарипов", "Шарифов", "SHARIPOV"),
    ("Назаров", "Назаров", "NAZAROV"),
    ("Усманов", "Усмонов", "USMONOV"),
]
UZBEK_GIVEN_M = [
    ("Улугбек", "Улугбек", "ULUG'BEK"),
    ("Бахтиёр", "Бахтияр", "BAXTIYOR"),
    ("Шерзод", "Шерзод", "SHERZOD"),
    ("Дилшод", "Дильшод", "DILSHOD"),
    ("Фарход", "Фарход", "FARHOD"),
    ("Жасур", "Джасур", "JASUR"),
    ("Сухроб", "Сухроб", "SUHROB"),
]
UZBEK_GIVEN_F = [
    ("Гулнора", "Гульнора", "GULNORA"),
    ("Феруза", "Феруза", "FERUZA"),
    ("Шахло", "Шахло", "SHAHLO"),
]
RUSSIAN_SURNAMES = ["Фёдоров", "Соловьёв", "Ёлкин", "Щукин", "Королёв", "Иванов", "Петров"]
RUSSIAN_GIVEN_M = ["Пётр", "Алексей", "Юрий", "Сергей", "Артём"]
RUSSIAN_GIVEN_F = ["Наталья", "Алёна", "Юлия"]
RUSSIAN_PATRONYMIC_M = ["Сергеевич", "Петрович", "Алексеевич", "Фёдорович", "Юрьевич"]
RUSSIAN_PATRONYMIC_F = ["Сергеевна", "Петровна", "Алексеевна"]

CYRILLIC_LETTERS = "абвгдеклмнопрстуш"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _other_date(rng: random.Random, than: str) -> str:
    while (other := _date(rng)) == than:
        pass
    return other


def _typo(rng: random.Random, word: str) -> str:
    """One letter replaced, dropped or doubled, never the first (as typed in a hurry)."""
    i = rng.randint(1, len(word) - 1)
    kind = rng.choice(("replace", "drop", "double"))
    if kind == "drop" and len(word) > 4:
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    letter = rng.choice([c for c in CYRILLIC_LETTERS if c != word[i].lower()])
    return word[:i] + letter + word[i + 1 :]


def _person(
    rng: random.Random, sex: str, citizenship: str, names: dict[str, str | None]
) -> dict[str, Any]:
    return {
        **{k: v for k, v in names.items() if v},
        "sex": sex,
        "birth_date": _date(rng),
        "citizenship": [citizenship],
    }


def _kazakh(rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    """(as on a Kazakh document, as typed on a Russian keyboard)."""
    female = rng.random() < 0.4
    surname = rng.choice(KAZAKH_SURNAMES)
    given = rng.choice(KAZAKH_GIVEN_F if female else KAZAKH_GIVEN_M)
    patronymic = rng.choice(KAZAKH_PATRONYMIC_F if female else KAZAKH_PATRONYMIC_M)
    sur = (surname[0] + "а", surname[1] + "а") if female else surname
    a = _person(
        rng,
        "F" if female else "M",
        "KAZ",
        {"surname_ru": sur[0], "given_name_ru": given[0], "patronymic_ru": patronymic[0]},
    )
    b = {**a, "surname_ru": sur[1], "given_name_ru": given[1], "patronymic_ru": patronymic[1]}
    return a, b


def _armenian(rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    """(Russian standard form, the passport's Latin with a Russian variant)."""
    female = rng.random() < 0.4
    surname = rng.choice(ARMENIAN_SURNAMES)
    given = rng.choice(ARMENIAN_GIVEN_F if female else ARMENIAN_GIVEN_M)
    a = _person(
        rng, "F" if female else "M", "ARM", {"surname_ru": surname[0], "given_name_ru": given[0]}
    )
    b = {
        **a,
        "surname_ru": surname[1],
        "given_name_ru": given[1],
        "surname_lat": surname[2],
        "given_name_lat": given[2],
    }
    if rng.random() < 0.3:  # only the passport's Latin was typed
        b = {k: v for k, v in b.items() if not k.endswith("_ru")}
    return a, b


def _uzbek(rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    female = rng.random() < 0.4
    surname = rng.choice(UZBEK_SURNAMES)
    given = rng.choice(UZBEK_GIVEN_F if female else UZBEK_GIVEN_M)
    sur = tuple(s + ("A" if s.isupper() else "а") for s in surname) if female else surname
    a = _person(
        rng, "F" if female else "M", "UZB", {"surname_ru": sur[0], "given_name_ru": given[0]}
    )
    b = {
        **a,
        "surname_ru": sur[1],
        "given_name_ru": given[1],
        "surname_lat": sur[2],
        "given_name_lat": given[2],
    }
    return a, b


def _russian(rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    female = rng.random() < 0.4
    surname = rng.choice(RUSSIAN_SURNAMES)
    surname = surname + "а" if female else surname
    given = rng.choice(RUSSIAN_GIVEN_F if female else RUSSIAN_GIVEN_M)
    patronymic = rng.choice(RUSSIAN_PATRONYMIC_F if female else RUSSIAN_PATRONYMIC_M)
    a = _person(
        rng,
        "F" if female else "M",
        rng.choice(("KAZ", "RUS")),
        {"surname_ru": surname, "given_name_ru": given, "patronymic_ru": patronymic},
    )
    b = {k: v.replace("ё", "е") if isinstance(v, str) else v for k, v in a.items()}
    return a, b


MAKERS = {"kazakh": _kazakh, "armenian": _armenian, "uzbek": _uzbek, "russian": _russian}


def _variation(rng: random.Random, kind: str, b: dict[str, Any]) -> dict[str, Any]:
    b = dict(b)
    born = b["birth_date"]
    if kind == "dropped_patronymic":
        b.pop("patronymic_ru", None)
    elif kind == "typo_surname" and "surname_ru" in b:
        b["surname_ru"] = _typo(rng, b["surname_ru"])
        b.pop("surname_lat", None)
    elif kind == "typo_given" and "given_name_ru" in b:
        b["given_name_ru"] = _typo(rng, b["given_name_ru"])
        b.pop("given_name_lat", None)
    elif kind == "swapped_date":  # the caller made the day at most 12 and not the month
        year, month, day = born.split("-")
        b["birth_date"] = f"{year}-{day}-{month}"
    elif kind == "year_only":
        b["birth_date"] = born[:4]
    elif kind == "date_digit":
        b["birth_date"] = born[:-1] + str((int(born[-1]) + rng.randint(1, 8)) % 10)
        if b["birth_date"].endswith("-00"):
            b["birth_date"] = born[:-2] + "10"
    return b


VARIATIONS = (
    "spelling_only",
    "dropped_patronymic",
    "typo_surname",
    "typo_given",
    "swapped_date",
    "year_only",
    "date_digit",
)


def _personal_numbers(rng: random.Random, a: dict[str, Any]) -> tuple[str, str]:
    """Two different personal numbers of persons born on ``a``'s date (IIN for Kazakhstan)."""
    year, month, day = a["birth_date"].split("-")
    century = 3 if int(year) < 2000 else 5
    if a["sex"] == "F":
        century += 1
    head = f"{year[2:]}{month}{day}{century}"
    numbers: list[str] = []
    while len(numbers) < 2:
        iin = iin_with_check_digit(f"{head}{rng.randint(1000, 9999):04d}")
        if iin is not None and iin not in numbers:
            numbers.append(iin)
    return numbers[0], numbers[1]


def _namesake(rng: random.Random, a: dict[str, Any], kind: str) -> dict[str, Any]:
    """Another person with the same or a similar name."""
    b = {k: v for k, v in a.items() if k in ("surname_ru", "given_name_ru", "sex", "citizenship")}
    b["birth_date"] = _other_date(rng, a["birth_date"])
    if kind == "namesake_same_year":
        b["birth_date"] = a["birth_date"][:4] + _other_date(rng, a["birth_date"])[4:]
        if b["birth_date"] == a["birth_date"]:
            b["birth_date"] = a["birth_date"][:8] + ("11" if a["birth_date"][8:] != "11" else "12")
    if kind == "namesake_other_patronymic" and "patronymic_ru" in a:
        b["patronymic_ru"] = "Другович" if a["sex"] == "M" else "Другова"
    if kind in ("namesake_same_date_other_given", "namesake_same_date_other_patronymic"):
        # Born the same day (twins, or a coincidence): their personal numbers tell them apart.
        b["birth_date"] = a["birth_date"]
        a["personal_number"], b["personal_number"] = _personal_numbers(rng, a)
        b["citizenship"] = ["RUS"] if a["citizenship"] != ["RUS"] else ["ARM"]
        if kind == "namesake_same_date_other_given":
            b["given_name_ru"] = "Марат" if a["sex"] == "M" else "Мадина"
            b["patronymic_ru"] = a.get("patronymic_ru")
        else:
            b["patronymic_ru"] = "Тимурович" if a["sex"] == "M" else "Тимуровна"
    if kind == "relative_other_sex":
        b["sex"] = "F" if a["sex"] == "M" else "M"
        b["given_name_ru"] = "Мадина" if a["sex"] == "M" else "Марат"
    return {k: v for k, v in b.items() if v}


NAMESAKES = (
    "namesake",
    "namesake_same_year",
    "namesake_other_patronymic",
    "namesake_same_date_other_given",
    "namesake_same_date_other_patronymic",
    "relative_other_sex",
)


def build() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    pairs: list[dict[str, Any]] = []
    for origin, maker in MAKERS.items():
        for variation in VARIATIONS:
            for _ in range(6 if origin != "russian" else 3):
                a, b = maker(rng)
                if variation == "swapped_date":
                    month = int(a["birth_date"][5:7])
                    day = rng.choice([d for d in range(1, 13) if d != month])
                    a["birth_date"] = b["birth_date"] = f"{a['birth_date'][:8]}{day:02d}"
                b = _variation(rng, variation, b)
                pairs.append({"kind": f"{origin}/{variation}", "same": True, "a": a, "b": b})
        for namesake in NAMESAKES:
            for _ in range(6 if origin != "russian" else 3):
                a, _b = maker(rng)
                pairs.append(
                    {
                        "kind": f"{origin}/{namesake}",
                        "same": False,
                        "a": a,
                        "b": _namesake(rng, a, namesake),
                    }
                )
    return pairs


def main() -> None:
    pairs = build()
    note = (
        "Synthetic persons for record-linkage quality (benchmarks/linkage_set.py); no real person"
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps({"note": note, "pairs": pairs}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{len(pairs)} pairs → {OUT}")


if __name__ == "__main__":
    main()
