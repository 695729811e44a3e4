"""A list kept compact for the import preview (issue #14): a bundle may carry 430,000
persons, the preview lists each (new, updated, matched…), and the import window holds two
previews while it applies (the one shown and the apply's). As objects a list of them took
~70 MB, as UTF-8 text ~55 MB; here items are packed by ``BLOCK`` as text into
zlib-compressed blocks (names and ids compress several times over). A block is unpacked
again when an item in it is read, the last one kept unpacked, so reading in order unpacks
each block once. Appended to while planning, read like a list.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")

_ROW = "\x1e"  # between the items of a block: an item's text must not hold it
BLOCK = 512
# zlib's fastest level: a block packs in about 40 % of level 6's CPU, on the thread that plans
# the preview and the import, for blocks about an eighth larger (a few hundred KB per 20,000
# persons).
LEVEL = 1


class Packed(Sequence[T], Generic[T]):
    """Subclasses say how an item becomes one line of text (without ``\\x1e``) and back."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._blocks: list[bytes] = []
        self._open: list[str] = []  # the items after the last full block
        self._unpacked: tuple[int, list[str]] = (-1, [])
        for item in items:
            self.append(item)

    def _pack(self, item: T) -> str:
        raise NotImplementedError

    def _unpack(self, text: str) -> T:
        raise NotImplementedError

    def append(self, item: T) -> None:
        self._open.append(self._pack(item))
        if len(self._open) == BLOCK:
            self._blocks.append(zlib.compress(_ROW.join(self._open).encode(), LEVEL))
            self._open = []

    def __len__(self) -> int:
        return len(self._blocks) * BLOCK + len(self._open)

    def _row(self, index: int) -> T:
        block, within = divmod(index, BLOCK)
        if block == len(self._blocks):
            return self._unpack(self._open[within])
        if self._unpacked[0] != block:
            text = zlib.decompress(self._blocks[block]).decode()
            self._unpacked = (block, text.split(_ROW))
        return self._unpack(self._unpacked[1][within])

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._row(index)

    def __iter__(self) -> Iterator[T]:
        for index in range(len(self)):
            yield self._row(index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Packed | list | tuple):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"
