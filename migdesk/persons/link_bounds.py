"""Ceilings of a record's linkage weight: how much ``linkage.weigh(a, b)`` can give at most,
known before ``b`` is decoded or weighed.

A bundle's import keeps each incoming record's best candidate (or best few). Most candidates
are namesakes that cannot beat the one kept already, or cannot reach «возможный дубликат»
at all: the birth-date level (from the stored text) and the names (cached forms of the
stored text) show it before the candidate's record is built and weighed. Each ceiling is
the sum of ``weigh``'s terms at their best levels, so it is never below the true weight;
``_CEILING_MARGIN`` covers the order a float sum is taken in. The pairs passed over are
exactly those that would not have been kept (``tests/persons/test_link_bounds.py``).
"""

from __future__ import annotations

from typing import Any

from migdesk.persons.linkage import (
    _CITIZENSHIP_W,
    _DATE_W,
    _GIVEN_W,
    _NO_COUNTRY,
    _PATRONYMIC_W,
    _SAME,
    _SEX_W,
    _SURNAME_W,
    _WEIGHTS,
    PRIOR_BITS,
    LinkRecord,
    NameForms,
    _forms,
    _name_level,
    _number_level,
    _score,
)

# The weight ``weigh`` needs for «возможный дубликат» without an agreeing number.
POSSIBLE_WEIGHT = -PRIOR_BITS

_SURNAME_BEST, _GIVEN_BEST, _PATRONYMIC_BEST = (
    max(0.0, *w.values()) for w in (_SURNAME_W, _GIVEN_W, _PATRONYMIC_W)
)
# Added to a ceiling: ``weigh`` sums in its own order, and a float sum may differ by an ulp.
_CEILING_MARGIN = 1e-6


def weight_ceiling(a: LinkRecord) -> float:
    """The most ``weigh(a, b)`` can give without its birth-date term, for any ``b``: each
    field of ``a`` at its best level (a field ``b`` lacks weighs nothing, never more). Lets a
    candidate that cannot win be passed over before it is decoded."""
    ceiling = _CEILING_MARGIN
    for forms, best in (
        (a.surname, _SURNAME_BEST),
        (a.given_name, _GIVEN_BEST),
        (a.patronymic, _PATRONYMIC_BEST),
    ):
        if forms.skeletons:
            ceiling += best
    if a.sex:
        ceiling += max(0.0, *_SEX_W.values())
    if a.citizenship:
        ceiling += max(0.0, *_CITIZENSHIP_W.values())
    if a.personal_number:
        ceiling += max(0.0, *_WEIGHTS["personal_number"].values())
    if a.documents:
        ceiling += _WEIGHTS["documents"]["same"]
    return ceiling


def names_within(a: LinkRecord, names: tuple[NameForms, NameForms, NameForms], room: float) -> bool:
    """Whether ``weigh(a, b)``, for a ``b`` of these names (surname, given name, patronymic),
    may still come within ``room`` of its ceiling: each name of ``a`` that ``b`` does not
    match at the best level takes its shortfall off ``room``. False means the weight is
    surely more than ``room`` below the ceiling, and ``b`` need not be decoded."""
    for x, y, weights, best in (
        (a.surname, names[0], _SURNAME_W, _SURNAME_BEST),
        (a.given_name, names[1], _GIVEN_W, _GIVEN_BEST),
        (a.patronymic, names[2], _PATRONYMIC_W, _PATRONYMIC_BEST),
    ):
        if not x.skeletons:
            continue  # left out of the ceiling
        found = _SAME if x is y else _name_level(x, y)
        room -= best - (0.0 if found is None else weights[found[0]])
        if room < 0:
            return False
    return True


def weigh_row(
    a: LinkRecord,
    row: tuple[Any, ...],
    names: tuple[NameForms, NameForms, NameForms],
    date: str | None,
    room: float,
) -> tuple[float, float, bool] | None:
    """``weigh(a, b)`` of the record ``b`` of a compact row (``blocking.record_from_row``)
    whose names have the forms ``names`` (``row_names``) and whose birth date is at ``date``
    against ``a``'s, without building ``b``: the same terms summed in the same order, so the
    same float. ``None`` where ``names_within(a, names, room)`` is False, where ``b`` is
    ``a`` itself (the same id), or where the dates differ and no number agrees
    (``bundle_matching.worth_scoring``). A bundle's import weighs ~100,000 rows a block:
    building each row's record and taking its names' levels twice (``names_within``, then
    ``weigh``) was a fifth of the block's CPU."""
    weight: float = 0
    for x, y, weights, best in (
        (a.surname, names[0], _SURNAME_W, _SURNAME_BEST),
        (a.given_name, names[1], _GIVEN_W, _GIVEN_BEST),
        (a.patronymic, names[2], _PATRONYMIC_W, _PATRONYMIC_BEST),
    ):
        if not x.skeletons:
            continue  # no level (``weigh``), left out of the ceiling (``names_within``)
        found = _SAME if x is y else _name_level(x, y)
        if found is None:
            room -= best - 0.0
        else:
            level_weight = weights[found[0]]
            room -= best - level_weight
            weight += level_weight
        if room < 0:
            return None
    if row[1] == a.id:
        return None
    if date is not None:
        weight += _DATE_W[date]
    sex = row[9]
    if a.sex and sex:
        weight += _SEX_W[a.sex == sex]
    if a.citizenship and row[11]:
        theirs = frozenset(row[11].split()).difference(_NO_COUNTRY)
        if theirs:
            weight += _CITIZENSHIP_W[not a.citizenship.isdisjoint(theirs)]
    identifier = False
    ours = a.personal_number
    if ours and row[10]:
        theirs_number = row[10].strip().upper()
        if theirs_number:
            level = _number_level(ours, theirs_number)
            identifier = level == "same"
            weight += _PERSONAL_NUMBER_W[level]
    if a.documents and row[12] and not a.documents.isdisjoint(row[12].split()):
        identifier = True
        weight += _DOCUMENT_W
    if date == "differ" and not identifier:
        return None
    return _score(weight), weight, identifier


_PERSONAL_NUMBER_W = _WEIGHTS["personal_number"]
_DOCUMENT_W = _WEIGHTS["documents"]["same"]


def row_names(
    surname: tuple[str | None, str | None],
    given_name: tuple[str | None, str | None],
    patronymic: tuple[str | None, str | None],
) -> tuple[NameForms, NameForms, NameForms]:
    """The name forms ``make_record`` gives for these names (the same cached objects)."""
    return _forms(*surname), _forms(*given_name), _forms(*patronymic)


def date_weight(level: str | None) -> float:
    """The birth-date term of ``weigh`` for a date level (nothing when a date is missing)."""
    return 0.0 if level is None else _DATE_W[level]
