"""Reading and decrypting into buffers taken in turn (issue #17: a fresh MiB per chunk cost
a zero-fill and 256 page faults on the reading thread) gives the same plaintext and the same
named failures, keeps nothing of a chunk that failed to authenticate, and still checks every
part of the ciphertext against its hash and size."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from migdesk.bundles import BundleRejected, Reason
from migdesk.bundles.label import FileEntry, part_name
from migdesk.bundles.parts import PartsReader
from migdesk.bundles.stream import TAG_SIZE, decrypt_chunks, read_header, unwrap_key
from migdesk.pki import AuthorityKeys
from tests.bundles.test_bundle_stream import CHUNK, _encrypt, _key


def _chunks(am: AuthorityKeys, blob: bytes, taken: list[bytes | bytearray]) -> bytes:
    """The plaintext, each chunk copied as it comes (it is valid until the next one)."""
    source = io.BytesIO(blob)
    header = read_header(source)
    out = []
    for chunk in decrypt_chunks(source, header, unwrap_key(header, _key(am)), reuse=True):
        taken.append(chunk)
        out.append(bytes(chunk))
    return b"".join(out)


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 7])
def test_the_same_plaintext_through_two_buffers(am: AuthorityKeys, size: int) -> None:
    data = bytes(i % 251 for i in range(size))
    taken: list[bytes | bytearray] = []
    assert _chunks(am, _encrypt(_key(am), data, 1000), taken) == data
    full = [chunk for chunk in taken if len(chunk) == CHUNK]
    assert all(isinstance(chunk, bytearray) for chunk in full)
    assert len({id(chunk) for chunk in full}) == min(len(full), 2)


def _damaged(am: AuthorityKeys) -> list[tuple[Reason, bytes]]:
    blob = _encrypt(_key(am), b"\x42" * (4 * CHUNK), 4096)
    block = CHUNK + TAG_SIZE
    head, body = blob[: len(blob) - 4 * block], blob[len(blob) - 4 * block :]
    p = [body[i : i + block] for i in range(0, len(body), block)]
    changed = bytearray(blob)
    changed[20] ^= 1  # the header is bound into every chunk's associated data
    return [
        (Reason.TRUNCATED, head + p[0] + p[1] + p[2]),
        (Reason.DECRYPTION_FAILED, head + p[0] + p[1] + p[3] + p[2]),
        (Reason.OVERSIZE, blob + p[3]),
        (Reason.MALFORMED_PAYLOAD, b"XXXXXXXX" + blob[8:]),
        (Reason.DECRYPTION_FAILED, bytes(changed)),
    ]


def test_failures_are_named_as_without_reuse(am: AuthorityKeys) -> None:
    for reason, damaged in _damaged(am):
        with pytest.raises(BundleRejected) as caught:
            _chunks(am, damaged, [])
        assert caught.value.reason is reason


def test_a_chunk_that_fails_leaves_no_plaintext_in_its_buffer(am: AuthorityKeys) -> None:
    taken: list[bytes | bytearray] = []
    with pytest.raises(BundleRejected) as caught:
        _chunks(am, _damaged(am)[1][1], taken)
    assert caught.value.reason is Reason.DECRYPTION_FAILED
    # Chunk 2 (swapped) failed while being decrypted into the buffer chunk 0 used.
    assert len(taken) == 2
    assert taken[0] == bytes(CHUNK)


def _parts(folder: Path, data: bytes, cut: int) -> list[FileEntry]:
    entries = []
    for index, start in enumerate(range(0, len(data), cut)):
        piece = data[start : start + cut]
        (folder / part_name(index)).write_bytes(piece)
        entries.append(FileEntry(part_name(index), len(piece), hashlib.sha256(piece).hexdigest()))
    return entries


def _read_into(reader: PartsReader, block: int) -> bytes:
    out, buffer = [], bytearray(block)
    while count := reader.readinto(buffer):
        out.append(bytes(buffer[:count]))
    return b"".join(out)


def test_the_ciphertext_is_read_into_the_callers_buffer_and_still_checked(
    tmp_path: Path,
) -> None:
    data = bytes(i % 251 for i in range(10_000))
    entries = _parts(tmp_path, data, 3_000)  # four parts, blocks straddling them
    with PartsReader(tmp_path, entries) as reader:
        assert _read_into(reader, 1_024) == data
        reader.finish()
    (tmp_path / part_name(1)).write_bytes(data[3_000:5_999] + b"\x00")  # same size, changed
    with pytest.raises(BundleRejected) as caught, PartsReader(tmp_path, entries) as reader:
        _read_into(reader, 1_024)
    assert caught.value.reason is Reason.HASH_MISMATCH
    (tmp_path / part_name(1)).write_bytes(data[3_000:6_000] + b"more")  # grew
    with pytest.raises(BundleRejected) as caught, PartsReader(tmp_path, entries) as reader:
        _read_into(reader, 1_024)
    assert caught.value.reason is Reason.OVERSIZE
