"""Record linkage: is this record the same person as that one? (Fellegi–Sunter, as in Splink.)

Each field of a pair of records is compared and falls into one *level* (same, spelled another
way, one letter off, sounds alike, similar, different; for dates also swapped day and month,
one digit off, only a year known). Each level carries a match weight log2(m/u): m is how
often the level occurs when the two records are one person, u how often it occurs for two
different persons. The weights are summed with the prior (how rarely two records of a
registry are one person), and the sum becomes a probability. A missing field (a patronymic
left out, a date not known) weighs nothing either way.

The m and u values below were set from the nature of each field (u: chance agreement of two
different persons; m: how often a true duplicate still shows the level) and checked on the
labelled set in ``tests/persons/data/linkage_pairs.json`` (``make bench`` prints recall and
precision). Reasons are Russian, strongest first, for the officer (``link_reasons``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from rapidfuzz.distance import JaroWinkler, Levenshtein

from migdesk.identity.name_keys import phonetic_key, skeleton
from migdesk.identity.translit import fold
from migdesk.messages import current_language
from migdesk.persons.link_dates import date_level
from migdesk.persons.link_reasons import ONE_SIDED, reason

__all__ = [
    "POSSIBLE",
    "PROBABLE",
    "LinkRecord",
    "Match",
    "compare",
    "date_level",
    "link_record",
    "make_record",
    "match_level",
    "quick_level",
    "weigh",
]

# Probability thresholds: «возможный дубликат» and «вероятно то же лицо».
POSSIBLE = 0.5
PROBABLE = 0.95
# log2 of the prior odds that two records of a registry are one person (about 1 in 260,000).
PRIOR_BITS = -18.0


def _bits(m: float, u: float) -> float:
    return math.log2(m / u)


# field → level → (m, u)
_M_U: dict[str, dict[str, tuple[float, float]]] = {
    "surname": {
        "same": (0.86, 0.0017),
        "letter": (0.06, 0.001),
        "sound": (0.04, 0.0012),
        "similar": (0.02, 0.008),
        "differ": (0.02, 0.97),
    },
    "given_name": {
        "same": (0.88, 0.02),
        "letter": (0.05, 0.003),
        "sound": (0.04, 0.004),
        "similar": (0.02, 0.01),
        "differ": (0.01, 0.95),
    },
    "patronymic": {
        "same": (0.88, 0.03),
        "letter": (0.05, 0.005),
        "sound": (0.04, 0.008),
        "similar": (0.02, 0.02),
        "differ": (0.01, 0.94),
    },
    # u of a partial date: one of the two records gives only a year (or year and month) and
    # a different person happens to be born then (1 in ~60 years, 1 in ~720 months).
    "birth_date": {
        "same": (0.88, 0.00005),
        "swapped": (0.03, 0.00005),
        "digit": (0.04, 0.0005),
        "year": (0.03, 0.0005),
        "month": (0.03, 0.00004),
        "differ": (0.01, 0.98),
    },
    "sex": {"same": (0.99, 0.5), "differ": (0.01, 0.5)},
    "citizenship": {"same": (0.95, 0.4), "differ": (0.05, 0.6)},
    # A personal number (IIN) is for life: apart from a mistyped digit, two are two persons.
    "personal_number": {
        "same": (0.9, 0.000001),
        "digit": (0.03, 0.0001),
        "differ": (0.002, 0.9999),
    },
    "documents": {"same": (0.5, 0.000001)},
}
_WEIGHTS = {f: {lvl: _bits(m, u) for lvl, (m, u) in levels.items()} for f, levels in _M_U.items()}


@dataclass(frozen=True, slots=True)
class NameForms:
    """One name field as written (folded, ё = е) and as skeletons, Russian and Latin forms."""

    texts: tuple[str, ...]
    skeletons: tuple[str, ...]
    sounds: frozenset[str]
    # Hashed once: every weighing looks pairs of forms up in a cache (``_name_level``).
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.texts, self.skeletons, self.sounds)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type[NameForms], tuple[Any, ...]]:
        # Built afresh when unpickled: string hashes differ from process to process.
        return NameForms, (self.texts, self.skeletons, self.sounds)


@lru_cache(maxsize=8192)  # names repeat a lot: ~6,500 forms in a 20,000 import (cache_sizes)
def _forms(*names: str | None) -> NameForms:
    texts = tuple(dict.fromkeys(fold(n) for n in names if n and n.strip()))
    skels = tuple(dict.fromkeys(s for s in (skeleton(t) for t in texts) if s))
    return NameForms(texts, skels, frozenset(filter(None, (phonetic_key(t) for t in texts))))


class LinkRecord(NamedTuple):
    """What linkage compares of one person record. A named tuple, not a frozen dataclass:
    matching builds one per candidate (fifteen a record), and a tuple is built at a fraction
    of the cost of a frozen dataclass's field-by-field ``__init__``."""

    id: str
    surname: NameForms
    given_name: NameForms
    patronymic: NameForms
    birth_date: str | None
    sex: str | None
    citizenship: frozenset[str]
    personal_number: str | None
    documents: frozenset[str]  # normalised series+number


def link_record(
    record_id: str,
    names: dict[str, Any],
    *,
    citizenship: Iterable[str] = (),
    documents: Iterable[str] = (),
) -> LinkRecord:
    """A ``LinkRecord`` from person fields (``surname_ru``, ``surname_lat``, … as in JSON)."""
    get = names.get
    return make_record(
        record_id,
        (get("surname_ru"), get("surname_lat")),
        (get("given_name_ru"), get("given_name_lat")),
        (get("patronymic_ru"), get("patronymic_lat")),
        get("birth_date"),
        get("sex"),
        get("personal_number"),
        citizenship,
        documents,
    )


def make_record(
    record_id: str,
    surname: tuple[str | None, str | None],
    given_name: tuple[str | None, str | None],
    patronymic: tuple[str | None, str | None],
    birth_date: str | None,
    sex: str | None,
    personal_number: str | None,
    citizenship: Iterable[str],
    documents: Iterable[str],
) -> LinkRecord:
    """A ``LinkRecord`` of stored values (each name as its Russian and Latin forms)."""
    return LinkRecord(
        record_id,
        _forms(*surname),
        _forms(*given_name),
        _forms(*patronymic),
        birth_date or None,
        sex or None,
        frozenset(citizenship).difference(_NO_COUNTRY),
        (personal_number or "").strip().upper() or None,
        frozenset(documents).difference(_NO_DOCUMENT),
    )


# Left out of the compared sets: nothing, and XXX (stateless) as a citizenship.
_NO_COUNTRY = ("", None, "XXX")
_NO_DOCUMENT = ("", None)


@lru_cache(maxsize=24576)  # a common name meets the same names over and over
def _name_level(a: NameForms, b: NameForms) -> tuple[str, bool] | None:
    """(level, spelled differently) of the closest pair of forms; None if either is empty."""
    if not a.skeletons or not b.skeletons:
        return None
    if set(a.texts) & set(b.texts) or set(a.skeletons) & set(b.skeletons):
        # Written alike in the first form (Russian if any): «совпадает»; else respelled.
        return "same", a.texts[0] != b.texts[0]
    best_jw, best_edit, text_edit = 0.0, 99, 99
    for x in a.skeletons:
        for y in b.skeletons:
            best_jw = max(best_jw, JaroWinkler.similarity(x, y))
            best_edit = min(best_edit, Levenshtein.distance(x, y, score_cutoff=2))
    for x in a.texts:
        for y in b.texts:
            text_edit = min(text_edit, Levenshtein.distance(x, y, score_cutoff=2))
    best_edit = min(best_edit, text_edit)
    if best_edit <= 1 and min(len(s) for s in (*a.skeletons, *b.skeletons)) >= 4:
        # One letter apart only once folded (Оганесян / Оганнисян: «нн», «е/и»): as typed
        # the names differ more, so the reason says «в другом написании»; same weight.
        return "letter", text_edit > 1
    if a.sounds & b.sounds and best_jw >= 0.8:
        return "sound", False
    if best_jw >= 0.85:
        return "similar", False
    return "differ", False


def _number_level(a: str, b: str) -> str:
    if a == b:
        return "same"
    return "digit" if Levenshtein.distance(a, b, score_cutoff=2) <= 1 else "differ"


@dataclass(frozen=True, slots=True)
class Match:
    """The verdict on a pair: probability, weight in bits and the reasons, strongest first."""

    score: float
    weight: float
    reasons: tuple[str, ...]
    identifier: bool  # a personal or document number agrees

    @property
    def level(self) -> str | None:
        return match_level(self.score, identifier=self.identifier)


def match_level(score: float, *, identifier: bool = False) -> str | None:
    """ "probable", "possible" or None; an agreeing identifier is always worth a look."""
    if score >= PROBABLE:
        return "probable"
    if score >= POSSIBLE or identifier:
        return "possible"
    return None


_SAME = ("same", False)


def _levels(a: LinkRecord, b: LinkRecord) -> tuple[list[tuple[str, str, bool]], bool]:
    """([(field, level, spelled differently)] in the order of the reasons' weights, whether a
    personal or document number agrees): what ``compare`` and ``quick_level`` both weigh."""
    levels: list[tuple[str, str, bool]] = []
    for name, x, y in (
        ("surname", a.surname, b.surname),
        ("given_name", a.given_name, b.given_name),
        ("patronymic", a.patronymic, b.patronymic),
    ):
        # One form object for one spelling (``_forms`` is cached): namesakes are "same".
        found = _SAME if x is y and x.skeletons else _name_level(x, y)
        if found is None:
            if name == "patronymic" and (x.texts or y.texts):
                levels.append((name, ONE_SIDED, False))
            continue
        levels.append((name, found[0], found[1]))
    date = date_level(a.birth_date, b.birth_date)
    if date is not None:
        levels.append(("birth_date", date, False))
    if a.sex and b.sex:
        levels.append(("sex", "same" if a.sex == b.sex else "differ", False))
    if a.citizenship and b.citizenship:
        agree = not a.citizenship.isdisjoint(b.citizenship)
        levels.append(("citizenship", "same" if agree else "differ", False))
    identifier = False
    if a.personal_number and b.personal_number:
        level = _number_level(a.personal_number, b.personal_number)
        identifier = level == "same"
        levels.append(("personal_number", level, False))
    if not a.documents.isdisjoint(b.documents):
        identifier = True
        levels.append(("documents", "same", False))
    return levels, identifier


def _weight(field: str, level: str) -> float:
    return 0.0 if level == ONE_SIDED else _WEIGHTS[field][level]


def _score(weight: float) -> float:
    score: float = 1.0 / (1.0 + 2.0 ** -(PRIOR_BITS + weight))
    return score


def weigh(a: LinkRecord, b: LinkRecord) -> tuple[float, float, bool]:
    """(score, weight, identifier) of ``compare(a, b)``, the same numbers, without writing the
    reasons: most candidates of a record are namesakes that reach no level or are not among
    the best, and the reasons cost more than the weighing."""
    # ``_levels`` and the sum, in the same order (so the same float), without the list: it is
    # run for every candidate of a bundle's import (a one-sided patronymic adds 0.0).
    weight: float = 0
    for x, y, weights in (
        (a.surname, b.surname, _SURNAME_W),
        (a.given_name, b.given_name, _GIVEN_W),
        (a.patronymic, b.patronymic, _PATRONYMIC_W),
    ):
        found = _SAME if x is y and x.skeletons else _name_level(x, y)
        if found is not None:
            weight += weights[found[0]]
    date = date_level(a.birth_date, b.birth_date)
    if date is not None:
        weight += _DATE_W[date]
    if a.sex and b.sex:
        weight += _SEX_W[a.sex == b.sex]
    if a.citizenship and b.citizenship:
        weight += _CITIZENSHIP_W[not a.citizenship.isdisjoint(b.citizenship)]
    identifier = False
    if a.personal_number and b.personal_number:
        level = _number_level(a.personal_number, b.personal_number)
        identifier = level == "same"
        weight += _WEIGHTS["personal_number"][level]
    if not a.documents.isdisjoint(b.documents):
        identifier = True
        weight += _WEIGHTS["documents"]["same"]
    return _score(weight), weight, identifier


_SURNAME_W, _GIVEN_W, _PATRONYMIC_W, _DATE_W = (
    _WEIGHTS[f] for f in ("surname", "given_name", "patronymic", "birth_date")
)
_SEX_W = {True: _WEIGHTS["sex"]["same"], False: _WEIGHTS["sex"]["differ"]}
_CITIZENSHIP_W = {True: _WEIGHTS["citizenship"]["same"], False: _WEIGHTS["citizenship"]["differ"]}


def quick_level(a: LinkRecord, b: LinkRecord) -> str | None:
    """``compare(a, b).level``, from ``weigh``."""
    score, _weight_bits, identifier = weigh(a, b)
    return match_level(score, identifier=identifier)


def compare(a: LinkRecord, b: LinkRecord) -> Match:
    levels, identifier = _levels(a, b)
    weight, reasons = _verdict(tuple(levels), current_language())
    return Match(_score(weight), weight, reasons, identifier)


@lru_cache(maxsize=1024)  # a few hundred combinations of levels occur: each written once
def _verdict(
    levels: tuple[tuple[str, str, bool], ...], language: str
) -> tuple[float, tuple[str, ...]]:
    """(weight, reasons in ``language``) of the levels of a pair."""
    evidence = [(_weight(f, lvl), reason(f, lvl, respelled)) for f, lvl, respelled in levels]
    weight = sum(w for w, _ in evidence)
    # Agreements first, strongest first; then what was only noted; then disagreements.
    ordered = sorted(evidence, key=lambda e: (0 if e[0] > 0 else 2 if e[0] < 0 else 1, -abs(e[0])))
    return weight, tuple(r for _, r in ordered)
