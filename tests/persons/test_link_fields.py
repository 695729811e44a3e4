"""``person_link_fields`` holds, for every person and only for stored persons, exactly what
``link_fields.FROM_PERSONS_SQL`` reads from ``persons`` and its child rows: after every write
path (save, update, bulk, merge, destruction; the bundle importer in
tests/exchange/test_import_matching.py), with the blocking keys carrying the row's position;
and the fast weighing gives compare's numbers."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from benchmarks.linkage_quality import load_pairs
from migdesk.demo import synthetic_persons
from migdesk.office.retention import RetentionService
from migdesk.office.users import UserService
from migdesk.persons import codec, link_fields
from migdesk.persons.blocking import record_from_data
from migdesk.persons.bulk import bulk_add
from migdesk.persons.duplicates import DuplicateService
from migdesk.persons.linkage import compare, quick_level, weigh
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import sample_person

BOSS = "head of unit pass 1"
_COLUMNS = ", ".join(link_fields.COLUMNS)


def _stored(vault: Vault) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in vault.raw_execute(link_fields.FROM_PERSONS_SQL + " ORDER BY p.pk")]


def _compact(vault: Vault) -> list[tuple[Any, ...]]:
    sql = f"SELECT {_COLUMNS} FROM person_link_fields ORDER BY person_pk"
    return [tuple(r) for r in vault.raw_execute(sql)]


def _misplaced_keys(vault: Vault) -> list[tuple[Any, ...]]:
    """Key entries whose position is not where their person's compact row is."""
    sql = (
        "SELECT k.person_pk, k.pos, f.pos FROM person_match_keys k "
        "LEFT JOIN person_link_fields f ON f.person_pk = k.person_pk WHERE k.pos IS NOT f.pos"
    )
    return [tuple(r) for r in vault.raw_execute(sql)]


def assert_in_step(vault: Vault) -> None:
    assert _compact(vault) == _stored(vault)
    # Every person with a compact row has keys, and they carry the row's position.
    assert not _misplaced_keys(vault)
    persons_with_keys = "SELECT count(DISTINCT person_pk) FROM person_match_keys"
    assert vault.raw_execute(persons_with_keys)[0][0] == len(_compact(vault))


def test_saves_and_updates_write_the_compared_fields(vault: Vault) -> None:
    people = PersonService(vault)
    first = people.add(sample_person()).id
    people.add(sample_person(citizenship=["ARM", "RUS"], personal_number=None))
    assert len(_compact(vault)) == 2
    assert_in_step(vault)
    people.update(
        first,
        {
            "surname_ru": "Переименов",
            "birth_date": "1961",
            "citizenship": ["KGZ"],
            "documents": [{"kind": "passport", "series": "AB", "number": "12 34-56"}],
        },
    )
    assert_in_step(vault)
    [row] = [r for r in _compact(vault) if r[1] == first]
    assert row[2] == "Переименов" and row[8] == "1961" and row[11] == "KGZ"
    assert row[12] == "AB123456"


def test_bulk_add_writes_the_compared_fields(vault: Vault) -> None:
    bulk_add(vault, synthetic_persons(120, 5, varied=True), validate=False)
    bulk_add(vault, synthetic_persons(30, 6), validate=False)
    assert len(_compact(vault)) == 150
    assert_in_step(vault)


def test_merge_and_destruction_take_the_rows_along(vault: Vault, vault_path: Path) -> None:
    people = PersonService(vault)
    survivor = people.add(sample_person(personal_number=None)).id
    absorbed = people.add(sample_person(surname_ru="Другов", personal_number="850412300017")).id
    kept = people.add(sample_person(surname_ru="Третьяков")).id
    UserService(vault).add("boss", "supervisor", BOSS)
    with Vault.open(vault_path, "boss", BOSS) as boss:
        DuplicateService(boss).merge(survivor, absorbed, "одно лицо, паспорт проверен")
    assert {r[1] for r in _compact(vault)} == {survivor, kept}
    assert_in_step(vault)  # the survivor's row has the number it took over
    RetentionService(vault).propose(survivor, "тест", early=True)  # four eyes
    with Vault.open(vault_path, "boss", BOSS) as boss:
        RetentionService(boss).destroy(survivor, "тест", early=True)
    assert [r[1] for r in _compact(vault)] == [kept]
    assert_in_step(vault)


def test_weighing_gives_the_numbers_of_compare() -> None:
    records = [
        record_from_data({**codec.check_person(dict(pair[side])).data, "id": f"{i}{side}"})
        for i, pair in enumerate(load_pairs())
        for side in ("a", "b")
    ]
    rng = random.Random(5)
    pairs = list(zip(records[::2], records[1::2], strict=True))
    pairs += [(rng.choice(records), rng.choice(records)) for _ in range(2000)]
    levels = set()
    for a, b in pairs:
        match = compare(a, b)
        assert weigh(a, b) == (match.score, match.weight, match.identifier)
        assert quick_level(a, b) == match.level
        levels.add(match.level)
    assert levels == {None, "possible", "probable"}
