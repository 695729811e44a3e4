"""The container hands an entry's bytes on as views into the decrypted chunks, not copies
(issue #17: slicing copied nearly every MiB of a large attachment once more on the
reading thread, the import window's other half)."""

from __future__ import annotations

from migdesk.bundles import container

CHUNK = 64


def _chunks(data: bytes) -> list[bytes]:
    return [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)]


def test_an_entry_straddling_chunks_is_passed_as_views_into_them() -> None:
    body = bytes(range(256)) * 2
    stream = container.MAGIC + container.entry_header("scan.bin", len(body)) + body
    stream += container.END
    chunks = _chunks(stream)
    reader = container.ContainerReader(iter(chunks))
    assert reader.next_entry() == ("scan.bin", len(body))
    received: list[bytes | memoryview] = []
    reader.copy_data(len(body), received.append)
    reader.next_entry()
    reader.expect_end()
    assert b"".join(received) == body
    for block in received:
        # Each block is one of the chunks themselves, or a view into one: no copy made.
        owner = block.obj if isinstance(block, memoryview) else block
        assert any(owner is chunk for chunk in chunks)
    assert any(isinstance(block, memoryview) for block in received)


def test_a_whole_chunk_is_passed_as_it_is() -> None:
    # An empty entry whose name pads the headers to a chunk boundary: "b" fills one chunk.
    bare = container.MAGIC + container.entry_header("a", 0) + container.entry_header("b", CHUNK)
    pad = -len(bare) % CHUNK
    head = container.MAGIC + container.entry_header("a" * (1 + pad), 0)
    head += container.entry_header("b", CHUNK)
    assert len(head) % CHUNK == 0
    body = bytes(range(CHUNK))
    chunks = _chunks(head + body + container.END)
    reader = container.ContainerReader(iter(chunks))
    assert reader.next_entry() == ("a" * (1 + pad), 0)
    reader.copy_data(0, lambda block: None)
    assert reader.next_entry() == ("b", CHUNK)
    received: list[bytes | memoryview] = []
    reader.copy_data(CHUNK, received.append)
    assert len(received) == 1 and received[0] is chunks[len(head) // CHUNK]
