"""Large pieces go into their rows through SQLite's incremental blob I/O, and a view given
to ``BlobWriter`` is copied once (issue #17: binding a MiB made SQLite copy it twice into
freshly allocated memory, and a bytearray's slice assignment copied a view into a temporary
first). The bytes stored are the bytes given, piece for piece."""

from __future__ import annotations

import hashlib
import os
import tracemalloc

from migdesk.vault import Vault, blob_reading, blobs

MIB = blobs.CHUNK_SIZE
SIZE = 2 * MIB + 12345  # two pieces through blob I/O, the last one bound (< BLOB_IO_MIN)


def test_large_pieces_are_written_into_their_rows_and_read_back_the_same(vault: Vault) -> None:
    data = os.urandom(SIZE)
    statements: list[str] = []
    with vault.session() as session:
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        raw.set_trace_callback(lambda sql: statements.append(sql[:200]))
        writer = blobs.BlobWriter(session, owner="thematic_attachments")
        view = memoryview(data)
        for start in range(0, SIZE, 300_007):  # never on a piece boundary
            writer.write(view[start : start + 300_007])
        stored = writer.close()
        raw.set_trace_callback(None)
    inserts = [s for s in statements if s.startswith("INSERT INTO attachment_chunks")]
    assert len(inserts) == 3
    assert ["zeroblob(" in s for s in inserts] == [True, True, False]
    assert stored.size == SIZE and stored.sha256 == hashlib.sha256(data).hexdigest()
    lengths = vault.raw_execute(
        "SELECT length(data) FROM attachment_chunks WHERE blob_id = ? ORDER BY idx", stored.id
    )
    assert lengths == [(MIB,), (MIB,), (12345,)]
    with vault.read_session() as session:
        back = blob_reading.read_bytes(session, stored.id)
    assert hashlib.sha256(back).hexdigest() == hashlib.sha256(data).hexdigest()
    assert back == data


def test_a_view_is_copied_into_the_piece_without_a_temporary_copy(vault: Vault) -> None:
    data = memoryview(os.urandom(MIB))
    with vault.session() as session:
        writer = blobs.BlobWriter(session, owner="thematic_attachments")
        writer.write(b"head")  # the piece being filled is now allocated, 4 bytes used
        tracemalloc.start()
        try:
            before, _ = tracemalloc.get_traced_memory()
            writer.write(data)  # fills the piece (stored) and starts the next one
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        stored = writer.close()
    assert peak - before < MIB // 4, (before, peak)
    with vault.read_session() as session:
        assert blob_reading.read_bytes(session, stored.id) == b"head" + bytes(data)
