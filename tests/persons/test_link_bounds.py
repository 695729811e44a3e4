"""The ceilings of a linkage weight (``link_bounds``) are never below the weight itself, and
a bundle matched with them passes over the candidates that cannot be kept, with the same
results as the probe path."""

from __future__ import annotations

import itertools
import math
import random
from typing import Any

import pytest

from benchmarks.linkage_quality import load_pairs
from migdesk.demo import synthetic_persons
from migdesk.persons import bundle_matching, codec, matching
from migdesk.persons.blocking import (
    candidates,
    load_rows,
    probe_keys,
    record_from_data,
    record_from_row,
)
from migdesk.persons.bulk import bulk_add
from migdesk.persons.link_bounds import (
    date_weight,
    names_within,
    row_names,
    weigh_row,
    weight_ceiling,
)
from migdesk.persons.link_dates import quick_date_level
from migdesk.persons.linkage import LinkRecord, date_level, weigh
from migdesk.persons.service import raw_connection
from migdesk.vault import Vault
from tests.persons.test_matching_batches import _retyped


def _record(person: dict[str, Any], tag: str) -> LinkRecord:
    return record_from_data({**codec.check_person(dict(person)).data, "id": tag})


def _labelled() -> list[tuple[LinkRecord, LinkRecord]]:
    """The labelled pairs of ``make bench``'s quality figure, duplicates and namesakes."""
    return [(_record(p["a"], "a"), _record(p["b"], "b")) for p in load_pairs()]


def _namesakes() -> list[tuple[LinkRecord, LinkRecord]]:
    persons = [record_from_data(p) for p in synthetic_persons(120, 3)]
    return list(itertools.permutations(persons, 2))


@pytest.mark.parametrize("pairs", [_labelled, _namesakes])
def test_a_ceiling_is_never_below_the_weight(pairs: Any) -> None:
    checked = passed_over = 0
    for a, b in pairs():
        _score, weight, _identifier = weigh(a, b)
        top = weight_ceiling(a) + date_weight(date_level(a.birth_date, b.birth_date))
        assert weight <= top
        names = (b.surname, b.given_name, b.patronymic)
        # The names' shortfall is what the weight is below the ceiling at least.
        assert names_within(a, names, top - weight)
        passed_over += not names_within(a, names, 5.0)
        checked += 1
    assert checked >= 200
    assert passed_over > 0  # names a good way off are known by their forms alone


def _row(person: dict[str, Any], pk: int, rng: random.Random) -> tuple[Any, ...]:
    """A compact row of a person, its numbers and countries written as rows may hold them:
    stateless (XXX), lower case or padded numbers, empty text for nothing."""
    names = ("surname", "given_name", "patronymic")
    docs = [d["number"] for d in person.get("documents") or () if d.get("number")]
    countries = list(person.get("citizenship") or ()) if rng.random() < 0.8 else []
    number = person.get("personal_number") or rng.choice(["", None, " 123 "])
    return (
        pk,
        person.get("id") or f"row-{pk}",
        *(person.get(f"{n}_ru") for n in names),
        *(person.get(f"{n}_lat") for n in names),
        person.get("birth_date") or rng.choice(["", None]),
        person.get("sex") or rng.choice(["", None]),
        rng.choice([number, f" {number} ".lower(), number]) if number else number,
        " ".join(countries + rng.choice([[], ["XXX"]])) or rng.choice(["", None, "XXX"]),
        " ".join(docs) or rng.choice(["", None]),
    )


@pytest.mark.parametrize("pairs", [_labelled, _namesakes])
def test_a_row_weighs_what_its_record_weighs(pairs: Any) -> None:
    """``weigh_row`` on a compact row gives ``weigh``'s very numbers for the row's record, or
    ``None`` exactly where the bundle's pass drops the pair (names out of reach, the record
    itself, dates no typo explains and no number shared)."""
    rng = random.Random(11)
    kinds: set[str] = set()
    for pk, (a, b) in enumerate(pairs()):
        person = {
            "id": rng.choice([b.id, a.id]),
            "birth_date": b.birth_date,
            "sex": b.sex,
            "personal_number": rng.choice([b.personal_number, a.personal_number]),
            "citizenship": sorted(b.citizenship),
            "documents": [
                {"number": d} for d in sorted(b.documents | rng.choice([set(), a.documents]))
            ],
        }
        for field, forms in (
            ("surname", b.surname),
            ("given_name", b.given_name),
            ("patronymic", b.patronymic),
        ):
            texts = [*forms.texts, None, None]
            person[f"{field}_ru"], person[f"{field}_lat"] = texts[0], texts[1]
        row = _row(person, pk, rng)
        other = record_from_row(row)[1]
        names = row_names((row[2], row[5]), (row[3], row[6]), (row[4], row[7]))
        date = date_level(a.birth_date, other.birth_date)
        score, weight, identifier = weigh(a, other)
        top = weight_ceiling(a) + date_weight(date)
        for room in (math.inf, top - weight, 5.0, 0.0):
            found = weigh_row(a, row, names, date, room)
            dropped = (
                not names_within(a, names, room)
                or other.id == a.id
                or not bundle_matching.worth_scoring(a, other)
            )
            assert found == (None if dropped else (score, weight, identifier)), (pk, room)
            kinds.add("dropped" if dropped else "weighed")
        kinds.add(f"identifier {identifier}")
    assert kinds == {"dropped", "weighed", "identifier True", "identifier False"}


@pytest.fixture
def registry(vault: Vault) -> list[dict[str, Any]]:
    """Persons, and beside each of the first 200 two namesakes born the same day: one of
    another given name, one of another patronymic (each a candidate of a lower weight)."""
    persons = list(synthetic_persons(400, 21))
    others = []
    for i, p in enumerate(persons[:200]):
        q = persons[i + 1]
        plain = {**p, "personal_number": None, "documents": []}
        others.append(
            {
                **plain,
                "id": f"00000000-0000-4000-8000-{i:012d}",
                "given_name_ru": q["given_name_ru"],
                "given_name_lat": q.get("given_name_lat"),
            }
        )
        others.append(
            {
                **plain,
                "id": f"00000000-0000-4000-9000-{i:012d}",
                "patronymic_ru": q.get("patronymic_ru") or "Петрович",
                "patronymic_lat": None,
            }
        )
    bulk_add(vault, persons + others, validate=False)
    return persons


def test_a_bundle_weighs_only_the_candidates_that_may_be_kept(
    vault: Vault, registry: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Retyped persons find their stored selves; the namesakes that cannot beat the kept
    candidate are not weighed (before: every candidate with a date a typo explains was)."""
    rng = random.Random(4)
    records = [
        record_from_data({**_retyped(p, rng), "id": f"in-{i}"}) for i, p in enumerate(registry)
    ]
    weighed = [0]
    plain_weigh = weigh_row

    def counted(a: LinkRecord, *rest: Any) -> tuple[float, float, bool] | None:
        # A pair weighed to the end: its names came within reach (``names_within``).
        found = plain_weigh(a, *rest)
        weighed[0] += found is not None
        return found

    with vault.read_session() as session:
        raw = raw_connection(session)
        monkeypatch.setattr(matching, "MERGE_FROM", 10**9)
        probe = matching.match_records(raw, records, limit=1)
        monkeypatch.setattr(matching, "MERGE_FROM", 0)
        monkeypatch.setattr(bundle_matching, "weigh_row", counted)
        merged = matching.match_records(raw, records, limit=1)
        dated = sum(
            1
            for rec, pks in zip(records, _candidate_dates(raw, records), strict=True)
            for born in pks
            if date_level(rec.birth_date, born) != "differ"
        )
    assert merged == probe
    assert sum(map(bool, merged)) >= 300
    assert weighed[0] < 0.8 * dated


def _candidate_dates(raw: Any, records: list[LinkRecord]) -> list[list[str | None]]:
    """The birth dates of each record's candidates."""
    found = candidates(raw, [probe_keys(rec) for rec in records])
    born = {
        pk: rec.birth_date for pk, rec, _row in load_rows(raw, sorted({*itertools.chain(*found)}))
    }
    return [[born[pk] for pk in pks] for pks in found]


def test_the_quick_date_level_is_the_date_level() -> None:
    """Every kind of pair: the same day, a digit off, two neighbouring digits swapped, day
    and month swapped, partial dates, missing ones, and random full dates."""
    rng = random.Random(9)
    days = [f"{rng.randint(1950, 2009)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]
    for _ in range(3000):
        days.append(f"{rng.randint(1950, 2009)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    fixed = [
        "1990-05-05", "1990-05-06", "1990-06-05", "1990-05-15", "1990-50-05", "1909-05-05",
        "1990-12-01", "1990-01-12", "1991-01-12", "1990-10-21", "1990-11-12", "1990",
        "1990-05", "1991-05", "", None,
    ]  # fmt: skip
    pairs = list(itertools.product(fixed, repeat=2))
    pairs += [(rng.choice(days), rng.choice(days)) for _ in range(20000)]
    pairs += [(d, d[:-1] + str((int(d[-1]) + 1) % 10)) for d in days]
    pairs += [(d, f"{d[:5]}{d[8:10]}-{d[5:7]}") for d in days]
    levels = set()
    for a, b in pairs:
        assert quick_date_level(a, b) == date_level(a, b), (a, b)
        levels.add(date_level(a, b))
    assert levels == {"same", "swapped", "digit", "year", "month", "differ", None}
