"""Birth dates compared for record linkage: the level of a pair (same, day and month
swapped, one digit off, only a year or a month known and agreeing, different)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from rapidfuzz.distance import Hamming

from migdesk.identity.partial_date import partial_date_range

__all__ = ["date_level", "quick_date_level"]


@lru_cache(maxsize=16384)
def date_level(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return None
    if a == b and len(a) == 10:
        return "same"
    if len(a) == 10 and len(b) == 10:
        ya, ma, da = a.split("-")
        yb, mb, db = b.split("-")
        if ya == yb and ma == db and da == mb:
            return "swapped"
        # Digits apart (the dashes agree): most namesakes' dates differ in more than two.
        apart = Hamming.distance(a, b)
        if apart == 1:
            return "digit"
        if apart != 2:
            return "differ"
        x, y = a.replace("-", ""), b.replace("-", "")
        diffs = [i for i in range(len(x)) if x[i] != y[i]]
        if (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and x[diffs[0]] == y[diffs[1]]
            and x[diffs[1]] == y[diffs[0]]
        ):
            return "digit"  # two neighbouring digits typed in the wrong order (both must swap)
        return "differ"
    if _canonical(a) and _canonical(b):
        # A year, a month and a day of the calendar are nested or apart: they overlap when
        # the shorter is where the longer starts (``_date_range`` for every canonical date).
        shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
        if not longer.startswith(shorter):
            return "differ"
        return "year" if len(shorter) == 4 else "month"
    a_start, a_end = _date_range(a)
    b_start, b_end = _date_range(b)
    if a_start > b_end or b_start > a_end:
        return "differ"
    return "year" if min(len(a), len(b)) == 4 else "month"


def quick_date_level(a: str | None, b: str | None) -> str | None:
    """``date_level(a, b)`` without its cache for the usual pairs (two full dates, or a year
    or a month and a date): a bundle's import meets a hundred thousand pairs of dates per
    block, nearly all met once, and the cache's misses cost more than this. The same tests
    in the same order; other pairs go to ``date_level``."""
    if not a or not b:
        return None
    if len(a) == 10 == len(b):
        if a[4] == a[7] == b[4] == b[7] == "-":
            if a == b:
                return "same"
            apart = _hamming(a, b)
            if apart == 1:
                return "digit"  # (a swap changes the month and the day: two digits at least)
            if a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]:
                return "swapped"
            if apart != 2:
                return "differ"
            x, y = a.replace("-", ""), b.replace("-", "")
            i, j = (k for k in range(8) if x[k] != y[k])
            neighbours = j == i + 1 and x[i] == y[j] and x[j] == y[i]
            return "digit" if neighbours else "differ"
    elif _canonical(a) and _canonical(b):  # as ``date_level`` does for them
        shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
        if not longer.startswith(shorter):
            return "differ"
        return "year" if len(shorter) == 4 else "month"
    return date_level(a, b)


_hamming = Hamming.distance


def _canonical(value: str) -> bool:
    """Shaped as stored: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    size = len(value)
    return value[:4].isdigit() and (
        size == 4 or (size in (7, 10) and value[4] == "-" and (size == 7 or value[7] == "-"))
    )


@lru_cache(maxsize=512)  # one parse per date, not per pair of dates
def _date_range(value: str) -> tuple[date, date]:
    return partial_date_range(value)
