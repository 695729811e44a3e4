"""What the person search index (``person_fts``) is made of, read from FTS5's structure
record: its segments, each one's leaf pages, and whether a merge is under way. The upkeep
(``index_upkeep``) asks it whether the index needs merging and when a merge is done.

Whether the index needs merging is read from that record (row 10 of ``person_fts_data``, a
few hundred bytes): a segment holding at least 1/64 of the index's
leaf pages counts as large, and more than ``LARGE_SEGMENTS`` large ones (or more than
``MAX_SEGMENTS`` in all) need a merge. The small segments an officer's saves leave are
FTS5's automerge's business and cost a search little.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from migdesk.vault import Vault

# «Large»: a segment with at least this share of the index's leaf pages.
LARGE_SHARE = 64
LARGE_SEGMENTS = 2
MAX_SEGMENTS = 24
# A merge under way taking at least this share of the leaf pages is continued (``IndexState``).
CONTINUE_SHARE = 0.75

STRUCTURE_ROWID = 10  # FTS5's structure record
_V2_MARK = b"\xff\x00\x00\x01"


@dataclass(frozen=True)
class IndexState:
    """What the structure record says: segments (each one's leaf pages) and whether a merge
    begun by an earlier run is still under way."""

    segment_pages: tuple[int, ...]
    merging: bool
    # Leaf pages in the merges under way: their input segments and the output being written.
    merging_pages: int = 0

    @property
    def segments(self) -> int:
        return len(self.segment_pages)

    @property
    def leaf_pages(self) -> int:
        return sum(self.segment_pages)

    @property
    def large_segments(self) -> int:
        floor = max(1, self.leaf_pages // LARGE_SHARE)
        return sum(1 for pages in self.segment_pages if pages >= floor)

    @property
    def merging_most(self) -> bool:
        """A merge under way takes ``CONTINUE_SHARE`` of the leaf pages: ours, cancelled."""
        return self.merging and self.merging_pages >= self.leaf_pages * CONTINUE_SHARE

    @property
    def needs_upkeep(self) -> bool:
        return self.merging or self.large_segments > LARGE_SEGMENTS or self.segments > MAX_SEGMENTS


def _varint(data: bytes, i: int) -> tuple[int, int]:
    """SQLite's varint (big-endian, 7 bits a byte, the ninth byte whole) at ``i``."""
    value = 0
    for n in range(8):
        byte = data[i + n]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, i + n + 1
    return (value << 8) | data[i + 8], i + 9


def parse_structure(block: bytes) -> IndexState:
    """The FTS5 structure record (fts5_index.c, ``fts5StructureDecode``): a 4-byte cookie,
    the V2 mark in newer files, level and segment counts, the write counter; per level the
    number of segments an ongoing merge takes and the segments (id, first and last leaf
    page; V2 adds origins and tombstone counts)."""
    i = 4
    v2 = block[4:8] == _V2_MARK
    if v2:
        i = 8
    levels, i = _varint(block, i)
    _segments, i = _varint(block, i)
    _writes, i = _varint(block, i)
    by_level: list[tuple[int, list[int]]] = []  # (segments in a merge under way, pages)
    for _ in range(levels):
        in_merge, i = _varint(block, i)
        count, i = _varint(block, i)
        level: list[int] = []
        for _ in range(count):
            _segid, i = _varint(block, i)
            first, i = _varint(block, i)
            last, i = _varint(block, i)
            if v2:
                for _ in range(5):  # origin 1 and 2, tombstone pages and entries, entries
                    _value, i = _varint(block, i)
            level.append(max(0, last - first + 1))
        by_level.append((in_merge, level))
    merging_pages = 0
    for n, (in_merge, level) in enumerate(by_level):
        if in_merge > 0:
            # The merge's inputs are the level's first segments; its output is written as
            # the last segment of the next level (fts5IndexMergeLevel).
            merging_pages += sum(level[:in_merge])
            if n + 1 < len(by_level) and by_level[n + 1][1]:
                merging_pages += by_level[n + 1][1][-1]
    pages = tuple(p for _, level in by_level for p in level)
    merging = any(in_merge > 0 for in_merge, _ in by_level)
    return IndexState(pages, merging, merging_pages)


def read_state(cur: Any) -> IndexState:
    """``cur``: a DB-API connection or cursor on the vault."""
    row = cur.execute(
        "SELECT block FROM person_fts_data WHERE id = ?", (STRUCTURE_ROWID,)
    ).fetchone()
    return parse_structure(bytes(row[0])) if row is not None else IndexState((), False)


def index_state(vault: Vault) -> IndexState:
    with vault.engine.connect() as conn:
        raw = conn.connection.driver_connection
        return read_state(raw)
