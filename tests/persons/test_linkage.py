"""Record linkage: name keys, scoring, blocking, quality on the labelled set, and the services
(check before saving, registry-wide list, links, merge) on real vaults."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from benchmarks.linkage_quality import PRECISION_GOAL, RECALL_GOAL, evaluate, load_pairs
from migdesk.errors import InvalidInput, NotFound, PermissionDenied
from migdesk.identity.name_keys import phonetic_key, skeleton
from migdesk.models import PersonRevision
from migdesk.office.retention import RetentionService
from migdesk.office.users import UserService
from migdesk.persons import codec
from migdesk.persons.blocking import blocking_keys, record_from_data
from migdesk.persons.duplicates import NOT_DUPLICATE, SAME_PERSON, DuplicateService
from migdesk.persons.linkage import _WEIGHTS, POSSIBLE, PRIOR_BITS, compare, date_level
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import ADMIN, sample_person

BOSS = "head of unit pass 1"

ZHUMABEKOV = {
    "surname_ru": "Жұмабеков",
    "given_name_ru": "Әлихан",
    "patronymic_ru": "Серікұлы",
    "sex": "M",
    "birth_date": "1990-05-05",
    "citizenship": ["KAZ"],
}


def _rec(person: dict[str, Any], tag: str = "x") -> Any:
    data = codec.check_person(dict(person)).data
    data["id"] = tag
    return record_from_data(data)


@pytest.mark.parametrize(
    "variants",
    [
        ("Жұмабеков", "Жумабеков", "ZHUMABEKOV", "JUMABEKOV"),
        ("Арутюнян", "Арутюньян", "HARUTYUNYAN", "ARUTYUNYAN"),
        ("Серікұлы", "Серикулы", "SERIKULY"),
        ("Абдуллаев", "ABDULLAYEV"),
        ("Жураев", "JO'RAYEV", "Джураев"),
        ("Ёлкин", "Елкин", "YOLKIN"),
    ],
)
def test_renderings_of_one_name_share_a_skeleton(variants: tuple[str, ...]) -> None:
    assert len({skeleton(v) for v in variants}) == 1


def test_armenian_renderings_share_a_sound_key() -> None:
    forms = ("Оганесян", "Ованесян", "Оганнисян", "Hovhannisyan", "OGANESIAN")
    assert len({phonetic_key(f) for f in forms}) == 1
    assert phonetic_key("Оганесян") != phonetic_key("Петросян")


def test_the_issue_example_is_probably_the_same_person() -> None:
    typed = {
        **ZHUMABEKOV,
        "surname_ru": "Жумабеков",
        "given_name_ru": "Алихан",
        "patronymic_ru": "Серикулы",
    }
    match = compare(_rec(ZHUMABEKOV, "a"), _rec(typed, "b"))
    assert match.level == "probable"
    assert "фамилия в другом написании" in match.reasons
    no_patronymic = {k: v for k, v in typed.items() if k != "patronymic_ru"}
    match = compare(_rec(ZHUMABEKOV, "a"), _rec(no_patronymic, "b"))
    assert match.level == "probable"
    assert "отчество указано только в одной записи" in match.reasons


def test_reasons_are_written_in_the_language_of_the_moment() -> None:
    """The reasons of a combination of levels are written once per language."""
    from migdesk import messages

    typo = {**ZHUMABEKOV, "surname_ru": "Жұмабекав"}
    russian = compare(_rec(ZHUMABEKOV), _rec(typo)).reasons
    messages.set_language("en")
    english = compare(_rec(ZHUMABEKOV), _rec(typo)).reasons
    messages.set_language("ru")
    assert compare(_rec(ZHUMABEKOV), _rec(typo)).reasons == russian
    assert "фамилия отличается одной буквой" in russian
    assert not set(english) & set(russian)
    assert [messages.ru_text(r) for r in english] == list(russian)


def test_reasons_are_russian_strongest_first() -> None:
    typo = {**ZHUMABEKOV, "surname_ru": "Жұмабекав"}
    match = compare(_rec(ZHUMABEKOV), _rec(typo))
    assert match.reasons[:1] == ("совпадает дата рождения",)
    assert "фамилия отличается одной буквой" in match.reasons
    swapped = {**ZHUMABEKOV, "birth_date": "1990-06-04"}
    other = {**ZHUMABEKOV, "birth_date": "1990-04-06"}
    assert (
        "в дате рождения переставлены день и месяц" in compare(_rec(swapped), _rec(other)).reasons
    )


def test_a_namesake_born_another_day_is_not_a_duplicate() -> None:
    other = {**ZHUMABEKOV, "birth_date": "1971-11-23"}
    assert compare(_rec(ZHUMABEKOV), _rec(other)).level is None


def test_only_a_true_transposition_of_neighbouring_digits_is_a_typo() -> None:
    """05-16 ↔ 05-61 is a swap; 06 ↔ 10 changes two digits: different people, not a typo."""
    assert date_level("1990-05-16", "1990-05-61") == "digit"
    assert date_level("1990-06-12", "1990-10-12") == "differ"
    assert date_level("1985-09-03", "1985-10-03") == "differ"


def _full_date_level(a: str, b: str) -> str:
    """``date_level`` of two full dates, spelled out digit by digit (the plain statement)."""
    if a == b:
        return "same"
    if a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]:
        return "swapped"
    x, y = a.replace("-", ""), b.replace("-", "")
    diffs = [i for i in range(8) if x[i] != y[i]]
    if len(diffs) == 1:
        return "digit"
    if (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and (x[diffs[0]], x[diffs[1]])
        == (
            y[diffs[1]],
            y[diffs[0]],
        )
    ):
        return "digit"
    return "differ"


def test_full_dates_levels_are_the_plain_digit_by_digit_levels() -> None:
    """The count of differing characters (``Hamming``) only cuts the work short."""
    import random

    rng = random.Random(7)
    dates = [f"{rng.randint(1940, 2009)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]
    for _ in range(3000):
        x = list(rng.choice(dates))
        for _ in range(rng.randint(0, 3)):  # a digit or two changed, or two swapped
            i = rng.choice((0, 1, 2, 3, 5, 6, 8, 9))
            if rng.random() < 0.5 and i + 1 < 10 and x[i + 1] != "-":
                x[i], x[i + 1] = x[i + 1], x[i]
            else:
                x[i] = str(rng.randint(0, 9))
        dates.append("".join(x))
        if rng.random() < 0.1:  # day and month swapped
            dates.append(f"{x[0]}{x[1]}{x[2]}{x[3]}-{x[8]}{x[9]}-{x[5]}{x[6]}")
    pairs = [(a, b) for a in dates[:300] for b in dates[:300]]
    levels = [date_level(a, b) for a, b in pairs]
    assert levels == [_full_date_level(a, b) for a, b in pairs]
    assert {"same", "swapped", "digit", "differ"} <= set(levels)


def test_partial_dates_levels_are_the_levels_of_their_ranges() -> None:
    """A year or a month meets a date when their calendar ranges overlap."""
    from itertools import product

    from migdesk.identity.partial_date import partial_date_range

    days = ("1990-02-28", "1990-03-01", "1991-02-03", "1990-12-31", "1989-12-31")
    dates = ("1990", "1991", "1989", "1990-02", "1990-03", "1990-12", "1991-02", *days)
    for a, b in product(dates, dates):
        if len(a) == len(b) == 10:
            continue
        (a_start, a_end), (b_start, b_end) = partial_date_range(a), partial_date_range(b)
        apart = a_start > b_end or b_start > a_end
        plain = "differ" if apart else "year" if min(len(a), len(b)) == 4 else "month"
        assert date_level(a, b) == plain, (a, b)


def test_dates_no_typo_explains_can_never_reach_possible() -> None:
    """``matching.worth_scoring`` skips such pairs; that must lose nothing."""
    best_without_date = sum(
        max(levels.values())
        for field, levels in _WEIGHTS.items()
        if field not in ("birth_date", "personal_number", "documents")
    )
    best = best_without_date + _WEIGHTS["birth_date"]["differ"] + PRIOR_BITS
    assert 1 / (1 + 2**-best) < POSSIBLE


def test_a_record_unpickled_in_another_process_is_hashed_there() -> None:
    """A name form keeps its hash (computed once); string hashes differ between processes,
    so an unpickled form must hash again, or it misses every cache it is looked up in."""
    rec = record_from_data({"id": "x", "surname_ru": "Арутюнян", "given_name_lat": "ARAM"})
    check = (
        "import pickle, sys\n"
        "rec = pickle.loads(sys.stdin.buffer.read())\n"
        "forms = (rec.surname, rec.given_name)\n"
        "print(all(hash(f) == hash((f.texts, f.skeletons, f.sounds)) for f in forms))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "7"}
    run = subprocess.run(
        [sys.executable, "-c", check], input=pickle.dumps(rec), capture_output=True, env=env
    )
    assert run.stdout.strip() == b"True", run.stderr[-500:]


def test_swapped_day_and_month_share_a_blocking_key() -> None:
    swapped = {**ZHUMABEKOV, "surname_ru": "Жумабеков", "birth_date": "1990-05-05"}
    one = {**swapped, "birth_date": "1990-03-07"}
    other = {**swapped, "birth_date": "1990-07-03"}
    assert set(blocking_keys(_rec(one))) & set(blocking_keys(_rec(other)))


def test_quality_on_the_labelled_set() -> None:
    pairs = load_pairs()
    assert len(pairs) >= 200
    assert sum(p["same"] for p in pairs) >= 100 and sum(not p["same"] for p in pairs) >= 100
    quality = evaluate(pairs)
    assert quality.recall >= RECALL_GOAL, quality.missed
    assert quality.precision >= PRECISION_GOAL, quality.missed


# --- services on a real vault ----------------------------------------------------------------


@pytest.fixture
def people(vault: Vault) -> PersonService:
    return PersonService(vault)


def test_entry_check_finds_the_kazakh_spelling_typed_in_russian(
    vault: Vault, people: PersonService
) -> None:
    stored = people.add({**ZHUMABEKOV, "surname_lat": "ZHUMABEKOV"}).id
    people.add({**ZHUMABEKOV, "birth_date": "1960-01-01"})  # a namesake
    typed = {
        "surname_ru": "Жумабеков",
        "given_name_ru": "Алихан",
        "sex": "M",
        "birth_date": "1990-05-05",
        "surname_lat": "ZHUMABEKOV",
    }
    hints = DuplicateService(vault).check(typed)
    assert [h.id for h in hints] == [stored]
    assert hints[0].level == "probable" and hints[0].score >= 0.95
    saved = people.add(typed, duplicate_reason="проверено по паспорту")
    assert [d.id for d in saved.duplicates] == [stored]
    entry = vault.raw_execute(
        "SELECT details FROM audit_log WHERE action = 'person.create' ORDER BY id DESC LIMIT 1"
    )
    assert stored in entry[0][0] and "проверено по паспорту" in entry[0][0]


def test_armenian_passport_spelling_is_found(vault: Vault, people: PersonService) -> None:
    stored = people.add(
        {"surname_ru": "Арутюнян", "given_name_ru": "Тигран", "birth_date": "1980-02-03"}
    ).id
    hints = DuplicateService(vault).check(
        {"surname_lat": "HARUTYUNYAN", "given_name_lat": "TIGRAN", "birth_date": "1980-02-03"}
    )
    assert [h.id for h in hints] == [stored]


def test_keys_follow_updates_and_go_with_destruction(
    vault: Vault, vault_path: Path, people: PersonService
) -> None:
    person = people.add(ZHUMABEKOV).id
    count = "SELECT count(*) FROM person_match_keys"
    assert vault.raw_execute(count)[0][0] > 0
    renamed = {"surname_ru": "Переименов", "surname_lat": None, "birth_date": "1950-01-01"}
    people.update(person, renamed)
    assert DuplicateService(vault).check(ZHUMABEKOV) == []
    assert [h.id for h in DuplicateService(vault).check({**ZHUMABEKOV, **renamed})] == [person]
    UserService(vault).add("boss", "supervisor", BOSS)
    RetentionService(vault).propose(person, "тест", early=True)  # four eyes
    with Vault.open(vault_path, "boss", BOSS) as boss:
        RetentionService(boss).destroy(person, "тест", early=True)
    assert vault.raw_execute(count)[0][0] == 0


def test_registry_wide_list_and_decisions(vault: Vault, people: PersonService) -> None:
    first = people.add(ZHUMABEKOV).id
    second = people.add({**ZHUMABEKOV, "surname_ru": "Жумабеков", "given_name_ru": "Алихан"}).id
    third = people.add({**ZHUMABEKOV, "birth_date": "1990"}).id
    people.add(sample_person())
    service = DuplicateService(vault)
    seen: list[tuple[int, int]] = []
    pairs = service.scan(progress=lambda done, total: seen.append((done, total)))
    assert {frozenset((p.a.id, p.b.id)) for p in pairs} == {
        frozenset((first, second)),
        frozenset((first, third)),
        frozenset((second, third)),
    }
    assert pairs[0].b.score >= pairs[-1].b.score
    assert seen and seen[-1][0] == seen[-1][1]
    service.link(first, third, NOT_DUPLICATE, "разные лица, проверено")
    assert {frozenset((p.a.id, p.b.id)) for p in service.scan()} == {
        frozenset((first, second)),
        frozenset((second, third)),
    }
    assert [x.kind for x in service.links(third)] == [NOT_DUPLICATE]
    assert service.scan(cancelled=lambda: True) == []


def test_merge_keeps_both_histories_and_is_for_supervisors(
    vault: Vault, vault_path: Path, people: PersonService
) -> None:
    survivor = people.add({**ZHUMABEKOV, "birth_place": "г. Тест"}).id
    absorbed = people.add(
        {**ZHUMABEKOV, "surname_ru": "Жумабеков", "personal_number": "900505300013"}
    ).id
    people.update(absorbed, {"birth_place": "г. Другое"})
    with pytest.raises(PermissionDenied):
        DuplicateService(vault).merge(survivor, absorbed, "одно лицо")
    UserService(vault).add("boss", "supervisor", BOSS)
    with Vault.open(vault_path, "boss", BOSS) as boss:
        with pytest.raises(InvalidInput):
            DuplicateService(boss).merge(survivor, absorbed, "  ")
        DuplicateService(boss).merge(survivor, absorbed, "одно лицо, паспорт проверен")
    merged = people.get(survivor)
    assert merged["surname_ru"] == "Жұмабеков" and merged["birth_place"] == "г. Тест"
    assert merged["personal_number"] == "900505300013"  # filled from the absorbed record
    assert [h.action for h in people.history(survivor)] == ["create", "merge"]
    assert [h.action for h in people.history(absorbed)] == ["create", "update"]
    with pytest.raises(NotFound, match="объединена"):
        people.get(absorbed)
    actions = [a for (a,) in vault.raw_execute("SELECT action FROM audit_log ORDER BY id")]
    assert "person.merge" in actions
    assert DuplicateService(vault).scan() == []
    # Destroying the survivor takes the absorbed history too.
    RetentionService(vault).propose(survivor, "тест", early=True)  # four eyes
    with Vault.open(vault_path, "boss", BOSS) as boss:
        RetentionService(boss).destroy(survivor, "тест", early=True)
    with vault.session() as session:
        assert session.scalars(select(PersonRevision)).all() == []


def test_received_records_are_linked_not_merged(
    vault: Vault, vault_path: Path, people: PersonService
) -> None:
    ours = people.add(ZHUMABEKOV).id
    theirs = people.add({**ZHUMABEKOV, "surname_ru": "Жумабеков"}).id
    with vault.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO handling_limits(record_kind, record_id, provider_authority, purpose, "
            "no_onward_transfer, received_at) VALUES ('person', ?, 'AM-MIA', 'ст. 8', 1, "
            "'2026-01-01 00:00:00')",
            (theirs,),
        )
    UserService(vault).add("boss", "supervisor", BOSS)
    with Vault.open(vault_path, "boss", BOSS) as boss, pytest.raises(InvalidInput):
        DuplicateService(boss).merge(ours, theirs, "одно лицо")
    link = DuplicateService(vault).link(theirs, ours, SAME_PERSON, "по паспорту")
    assert {link.person_id, link.other_id} == {ours, theirs}
    assert link.created_by == ADMIN


def test_search_uses_the_same_normalisation(people: PersonService) -> None:
    armenian = people.add({"surname_ru": "Арутюнян", "given_name_ru": "Тигран"}).id
    kazakh = people.add({"surname_ru": "Жұмабеков", "given_name_ru": "Әлихан"}).id
    other = people.add({"surname_ru": "Касанов", "given_name_ru": "Марат"}).id

    def found(query: str) -> list[str]:
        return [row.id for row in people.search(query)]

    assert found("HARUTYUNYAN") == [armenian]  # the Armenian passport's spelling
    assert found("harut") == [armenian]
    assert found("Жумабеков") == [kazakh]  # Kazakh letters typed as Russian
    assert found("JUMABEKOV") == [kazakh]
    assert found("Алихан") == [kazakh]
    assert other not in found("Hasanov")  # a skeleton is matched from a word's start


def test_one_letter_is_said_only_of_names_one_letter_apart_as_typed() -> None:
    """«Оганнисян» is two letters from «Оганесян» as typed («нн», «и/е»), one only once
    folded: the reason said «фамилия отличается одной буквой» all the same."""
    base = {"given_name_ru": "Армен", "sex": "M", "birth_date": "1979-11-02"}
    stored = _rec({**base, "surname_ru": "Оганесян"}, "a")
    doubled = compare(stored, _rec({**base, "surname_ru": "Оганнисян"}, "b"))
    assert "фамилия в другом написании" in doubled.reasons
    assert "фамилия отличается одной буквой" not in doubled.reasons
    one = compare(stored, _rec({**base, "surname_ru": "Ованесян"}, "b"))
    assert "фамилия отличается одной буквой" in one.reasons
    assert doubled.score == one.score  # the same level and weight: only the words changed
