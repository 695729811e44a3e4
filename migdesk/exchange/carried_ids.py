"""The (type, id) of every record a bundle carries, held compactly (issue #14).

A bundle may carry 430,000 records. As a set of ``(type, id)`` tuples of strings that was
~150 bytes a record (~65 MB), and the dict that found duplicates while it was filled another
~200. Here an id that is a canonical UUID (every type with a schema has one) takes 17 bytes:
its type's one-byte code and the UUID's 16 bytes, in sorted runs searched by bisection.
While records are added, each row also holds the record's number (4 bytes), so that two
records with one id are named by number once all are in; rows are kept in 256 runs by the
UUID's last byte, so sorting them never needs more than a run's worth of Python objects.
Other ids (a type without a schema may use anything) go into an ordinary set.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_KEY = 17  # type code + UUID
_ROW = _KEY + 4  # + the record's number, big-endian (sorts after the key)
_RUNS = 256


def _uuid_bytes(record_id: str) -> bytes | None:
    if len(record_id) != 36 or _UUID.fullmatch(record_id) is None:
        return None
    return bytes.fromhex(record_id.replace("-", ""))


def _uuid_text(raw: bytes) -> str:
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class CarriedIds:
    """``add`` every record in bundle order, then ``freeze``; then ``contains`` and ``ids``."""

    def __init__(self) -> None:
        self._codes: dict[str, int] = {}
        self._runs: list[bytearray | bytes] = [bytearray() for _ in range(_RUNS)]
        self._other: dict[tuple[str, str], int] = {}  # non-UUID ids: key → first number
        self._first_duplicate: tuple[int, int, str, str] | None = None  # among _other
        self._frozen = False

    @classmethod
    def empty(cls) -> CarriedIds:
        carried = cls()
        carried.freeze()
        return carried

    def __len__(self) -> int:
        return sum(len(run) for run in self._runs) // (_KEY if self._frozen else _ROW) + len(
            self._other
        )

    def add(self, record_type: str, record_id: str, number: int) -> None:
        """Numbers must grow (bundle order): the earlier of two records is named first."""
        assert not self._frozen
        raw = _uuid_bytes(record_id)
        code = self._codes.setdefault(record_type, len(self._codes))
        if raw is None or code > 255:
            earlier = self._other.setdefault((record_type, record_id), number)
            if earlier != number and self._first_duplicate is None:
                self._first_duplicate = (earlier, number, record_type, record_id)
            return
        run = self._runs[raw[-1]]
        assert isinstance(run, bytearray)
        run += bytes((code,)) + raw + number.to_bytes(4, "big")

    def freeze(self) -> tuple[int, int, str, str] | None:
        """Sorts the runs; returns the first duplicate in bundle order — (earlier number,
        later number, type, id) — or None."""
        assert not self._frozen
        first = self._first_duplicate
        names = {code: kind for kind, code in self._codes.items()}
        for index, run in enumerate(self._runs):
            data = bytes(run)
            self._runs[index] = b""
            rows = sorted(data[i : i + _ROW] for i in range(0, len(data), _ROW))
            del data
            for a, b in pairwise(rows):
                if a[:_KEY] == b[:_KEY]:
                    later = int.from_bytes(b[_KEY:], "big")
                    if first is None or later < first[1]:
                        earlier = int.from_bytes(a[_KEY:], "big")
                        first = (earlier, later, names[a[0]], _uuid_text(a[1:_KEY]))
            self._runs[index] = b"".join(row[:_KEY] for row in rows)
        self._frozen = True
        return first

    def contains(self, record_type: str, record_id: str) -> bool:
        assert self._frozen
        code = self._codes.get(record_type)
        raw = _uuid_bytes(record_id)
        if code is None or raw is None or code > 255:
            return (record_type, record_id) in self._other
        key = bytes((code,)) + raw
        run = self._runs[raw[-1]]
        lo, hi = 0, len(run) // _KEY
        while lo < hi:
            mid = (lo + hi) // 2
            if run[mid * _KEY : (mid + 1) * _KEY] < key:
                lo = mid + 1
            else:
                hi = mid
        return lo < len(run) // _KEY and run[lo * _KEY : (lo + 1) * _KEY] == key

    def ids(self, record_type: str) -> Iterator[str]:
        """The ids of one type, in no particular order (sort them where order matters)."""
        assert self._frozen
        code = self._codes.get(record_type)
        if code is not None and code <= 255:
            for run in self._runs:
                for start in range(0, len(run), _KEY):
                    if run[start] == code:
                        yield _uuid_text(bytes(run[start + 1 : start + _KEY]))
        yield from (i for kind, i in self._other if kind == record_type)
