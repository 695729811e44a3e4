"""Canonical JSON for signed documents (label, manifest).

Keys sorted, no insignificant whitespace, UTF-8 without escaping, integers only (no floats,
so the encoding is also RFC 8785 JCS for these documents). A document is accepted only if
it is byte-for-byte its own canonical form: no duplicate keys, no second way to write the
same label, so what the signature covers is exactly what the program reads.
"""

from __future__ import annotations

import json
from typing import Any

# Integers a JavaScript or JCS reader keeps exactly.
MAX_SAFE_INT = 2**53 - 1


class NotCanonical(ValueError):
    pass


def _check(value: Any) -> None:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INT:
            raise NotCanonical("integer out of range")
        return
    if isinstance(value, list):
        for item in value:
            _check(item)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise NotCanonical("object keys must be strings")
            _check(item)
        return
    raise NotCanonical(f"{type(value).__name__} is not allowed in canonical JSON")


def dumps(value: Any) -> bytes:
    _check(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise NotCanonical(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_float(text: str) -> Any:
    raise NotCanonical("floats are not allowed")


def loads(data: bytes) -> Any:
    """Parse ``data``; NotCanonical unless it is exactly ``dumps`` of the result."""
    try:
        text = data.decode("utf-8")
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_float=_no_float,
            parse_constant=_no_float,
        )
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise NotCanonical(str(exc)) from exc
    if dumps(value) != data:
        raise NotCanonical("not in canonical form")
    return value
