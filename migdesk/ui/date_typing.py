"""A date as an officer types it, in the form the domain reads (``ДД.ММ.ГГГГ``).

Typed all day with the numeric keypad: eight digits without dots («05051990»), or with the
keypad's decimal key, which gives «,» in the Russian layout («5,5,1990»). The domain's parser
(:mod:`migdesk.identity.partial_date`) reads dots only and refused both; the field shows the
dotted form once left, so the officer sees what is kept. Anything else is left as typed,
for the domain to judge.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})", re.ASCII)  # ДДММГГГГ
_OTHER_SEPARATORS = re.compile(r"(\d{1,2})[,/ ](?:(\d{1,2})[,/ ])?(\d{4})", re.ASCII)


def dotted(text: str) -> str:
    """``text`` with dots where the officer left them out or typed «,», «/» or a space."""
    stripped = text.strip()
    digits = _DIGITS.fullmatch(stripped)
    if digits is not None:
        day, month, year = digits.groups()
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:  # not ГГГГММДД
            return f"{day}.{month}.{year}"
        return text
    separated = _OTHER_SEPARATORS.fullmatch(stripped)
    if separated is not None:
        return ".".join(part for part in separated.groups() if part is not None)
    return text
