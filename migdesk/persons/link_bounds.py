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

from migdesk.persons.linkage import (
    _CITIZENSHIP_W,
    _DATE_W,
    _GIVEN_W,
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
