"""``records.json`` parsed piece by piece gives what ``json.loads`` of the whole gives, and
refuses what it refused, wherever the pieces are cut (multi-byte letters split included)."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migdesk.bundles import BundleRejected, Reason, records_stream
from migdesk.bundles.content import encode_records
from migdesk.bundles.records_stream import RecordsParser
from tests.properties.budget import PROPERTY

RECORDS: list[dict[str, Any]] = [
    {"type": "cover", "id": "1", "text": "Письмо\nс абзацами ✓ 𝄞", "n": [1, 2.5, None, True]},
    {"type": "person", "id": "2", "data": {"surname_ru": "Ёлкина", "docs": [{"a": {}}]}},
    {"type": "person", "id": "3", "data": {}},
]


def _pieces(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)] or [b""]


def _parse(pieces: list[bytes]) -> list[dict[str, Any]]:
    parser = RecordsParser()
    for piece in pieces:
        parser.feed(piece)
    return parser.finish()


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 10_000])
def test_any_cut_gives_the_same_records(size: int) -> None:
    data = encode_records(RECORDS)
    assert _parse(_pieces(data, size)) == json.loads(data)["records"]
    spaced = json.dumps({"records": RECORDS}, ensure_ascii=False, indent=3).encode()
    assert _parse(_pieces(spaced, size)) == RECORDS


@pytest.mark.parametrize(
    "text",
    [
        b"",
        b"[]",
        b'{"records": []} x',
        b'{"records": [], "more": 1}',
        b'{"records": [1]}',
        b'{"records": [{"id": 1}]}',
        b'{"records": [{"type": "a", "type": "b"}]}',
        b'{"records": [{"type": "a", "n": NaN}]}',
        b'{"records": [{"type": "a"}',
        b'{"records": [{"type": "a"} {"type": "b"}]}',
        b'{"records": [{"type": "\xff"}]}',
        b'{"records": [{"type": "a", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}]}",
    ],
)
@pytest.mark.parametrize("size", [1, 5, 1 << 20])
def test_what_was_refused_is_refused(text: bytes, size: int) -> None:
    if size == 1 and len(text) > 1000:
        size = 1000
    with pytest.raises(BundleRejected) as caught:
        _parse(_pieces(text, size))
    assert caught.value.reason is Reason.MALFORMED_RECORDS


def test_a_record_over_many_pieces_is_decoded_a_few_times_not_per_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    big = {"type": "cover", "id": "x", "text": "Письмо. " * 200_000}  # about 3 MB
    data = encode_records([big])
    decoder = records_stream._DECODER
    tries = 0

    class Counting:
        def raw_decode(self, text: str, pos: int) -> tuple[Any, int]:
            nonlocal tries
            tries += 1
            return decoder.raw_decode(text, pos)

    monkeypatch.setattr(records_stream, "_DECODER", Counting())
    pieces = _pieces(data, 4096)
    assert _parse(pieces) == [big]
    assert len(pieces) > 600 and tries < 20


@PROPERTY
@given(
    st.lists(
        st.dictionaries(st.text(max_size=8), st.text(max_size=30), max_size=4).map(
            lambda d: {**d, "type": "t"}
        ),
        max_size=6,
    ),
    st.integers(1, 50),
)
def test_cut_anywhere_property(records: list[dict[str, Any]], size: int) -> None:
    data = encode_records(records)
    assert _parse(_pieces(data, size)) == records


@pytest.mark.parametrize("size", [1, 7, 10_000])
def test_records_are_given_one_at_a_time_with_their_size(size: int) -> None:
    """``iter_records`` (the import reads staged records back with it) gives each record as
    soon as its text is read, with its length in characters of JSON."""
    data = encode_records(RECORDS)
    stream = io.BytesIO(data)
    reads: list[int] = []

    def read(n: int) -> bytes:
        reads.append(stream.tell())
        return stream.read(n)

    given_at: list[int] = []
    found = []
    for record, chars in records_stream.iter_records(read, size):
        given_at.append(len(reads))
        found.append((record, chars))
    assert [r for r, _ in found] == RECORDS
    text = data.decode()
    assert [c for _, c in found] == [
        len(json.dumps(r, ensure_ascii=False, separators=(",", ":"))) for r in RECORDS
    ]
    assert sum(c for _, c in found) < len(text)
    if size < len(data):
        assert given_at[0] < given_at[-1]  # the first came before the end was read


def test_a_parser_that_keeps_nothing_still_checks_and_counts() -> None:
    parser = RecordsParser(keep=False)
    parser.feed(encode_records(RECORDS))
    assert parser.finish() == [] and parser.count == len(RECORDS)
    refusing = RecordsParser(keep=False)
    with pytest.raises(BundleRejected):
        refusing.feed(b'{"records": [{"type": "a", "type": "b"}]}')
