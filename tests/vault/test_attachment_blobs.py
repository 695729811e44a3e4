"""Attachment bytes in pieces (issue #14): stored and read one piece at a time, moved there
by migration 0022, and destroyed with the last row that points at them."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from migdesk.requests.records import AttachmentInput
from migdesk.requests.thematic import ThematicInput, ThematicService
from migdesk.vault import Vault, blob_reading, blobs, migrate

PIECES = 2 * blobs.CHUNK_SIZE + 12345  # three pieces, the last one short


def _counts(vault: Vault) -> tuple[int, int]:
    blobs_n = vault.raw_execute("SELECT count(*) FROM attachment_blobs")[0][0]
    chunks_n = vault.raw_execute("SELECT count(*) FROM attachment_chunks")[0][0]
    return int(blobs_n), int(chunks_n)


def _item(vault: Vault, data: bytes) -> str:
    return ThematicService(vault).add(
        ThematicInput(
            category="violations",
            title="Сводка (синтетические данные)",
            text="Текст сводки.",
            attachments=[AttachmentInput("сводка.bin", "application/octet-stream", data)],
        )
    )


def test_written_in_uneven_sizes_read_back_in_pieces(vault: Vault) -> None:
    data = os.urandom(PIECES)
    with vault.session() as session:
        writer = blobs.BlobWriter(session, owner="thematic_attachments", chunk_size=64 * 1024)
        for start in range(0, len(data), 100_003):  # never on a piece boundary
            writer.write(data[start : start + 100_003])
        stored = writer.close()
    assert stored.size == len(data) and stored.sha256 == hashlib.sha256(data).hexdigest()
    sizes = vault.raw_execute(
        "SELECT length(data) FROM attachment_chunks WHERE blob_id = ? ORDER BY idx", stored.id
    )
    assert {s for (s,) in sizes[:-1]} == {64 * 1024} and sum(s for (s,) in sizes) == len(data)
    with vault.read_session() as session, blob_reading.BlobReader(session, stored.id) as reader:
        first = reader.read(10)
        rest = reader.read()
        assert first + rest == data and reader.read(5) == b""


def test_a_thematic_attachment_is_stored_in_pieces_and_destroyed_with_its_item(
    vault: Vault,
) -> None:
    data = os.urandom(PIECES)
    item_id = _item(vault, data)
    assert _counts(vault) == (1, 3)
    view = ThematicService(vault).get(item_id)
    assert ThematicService(vault).attachment(item_id, view.attachments[0].id) == data
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM thematic_items WHERE id = ?", (item_id,))
    assert _counts(vault) == (0, 0)  # the trigger, then the foreign key, took the bytes


def test_migration_0022_moves_the_bytes_into_pieces_and_back(vault: Vault) -> None:
    data = os.urandom(PIECES)
    item_id = _item(vault, data)
    with vault.engine.connect() as conn:
        migrate.downgrade(conn, "0021")
        conn.commit()
    rows = vault.raw_execute("SELECT data FROM thematic_attachments")
    assert [bytes(r[0]) for r in rows] == [data]  # down: back in the column
    with vault.engine.connect() as conn:
        migrate.upgrade(conn)
        conn.commit()
    assert _counts(vault) == (1, 3)
    columns = {r[1] for r in vault.raw_execute("PRAGMA table_info(thematic_attachments)")}
    assert "data" not in columns and "blob_id" in columns
    sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    triggers = {r[0] for r in vault.raw_execute(sql)}
    assert {"request_attachments_release_blob", "thematic_attachments_release_blob"} <= triggers
    view = ThematicService(vault).get(item_id)
    assert ThematicService(vault).attachment(item_id, view.attachments[0].id) == data
    assert vault.raw_execute("PRAGMA integrity_check") == [("ok",)]


def test_staged_blobs_are_discarded_and_abandoned_ones_swept(vault: Vault) -> None:
    from datetime import datetime, timedelta

    with vault.session() as session:
        kept = blobs.BlobWriter(session, staged="token-a")
        kept.write(b"x" * 10)
        kept.close("0" * 64)
        other = blobs.BlobWriter(session, staged="token-b")
        other.write(b"y" * 10)
        other.close("1" * 64)
    with vault.session() as session:
        blobs.discard(session, "token-a")
    assert _counts(vault) == (1, 1)
    with vault.session() as session:
        blobs.discard_abandoned(session, now=datetime.now() + timedelta(hours=1))
    assert _counts(vault) == (1, 1)  # too young to be abandoned
    with vault.session() as session:
        blobs.discard_abandoned(session, now=datetime.now() + blobs.ABANDONED_AFTER * 2)
    assert _counts(vault) == (0, 0)


def test_discarding_takes_a_blob_apart_piece_by_piece_and_leaves_the_others(
    vault: Vault,
) -> None:
    """``delete_blobs`` deletes the chunk rows one at a time (bounded memory, issue #14):
    every piece of the discarded blobs goes, no piece of another blob."""
    kept_data = os.urandom(PIECES)
    with vault.session() as session:
        for token in ("token-a", "token-a", "token-b"):
            writer = blobs.BlobWriter(session, staged=token)
            writer.write(kept_data)
            kept = writer.close("0" * 64)
    assert _counts(vault) == (3, 9)
    with vault.session() as session:
        blobs.discard(session, "token-a")
    assert _counts(vault) == (1, 3)
    with vault.read_session() as session:
        assert blob_reading.read_bytes(session, kept.id) == kept_data


@pytest.mark.parametrize("size", [0, 1, blobs.CHUNK_SIZE])
def test_edge_sizes(vault: Vault, size: int) -> None:
    data = os.urandom(size)
    with vault.session() as session:
        stored = blobs.store_bytes(session, data, "thematic_attachments")
    with vault.read_session() as session:
        assert blob_reading.read_bytes(session, stored.id) == data
    assert _counts(vault) == (1, 1 if size else 0)


def test_sweep_removes_what_a_killed_import_staged_and_keeps_a_running_ones(
    vault: Vault,
) -> None:
    import subprocess

    from migdesk.exchange import staged_files

    ended = subprocess.Popen(["true"])  # a process that has ended
    ended.wait()
    killed = f"{ended.pid:x}-deadbeef-0123456789abcdef0123456"
    running = f"{os.getppid():x}-cafebabe-0123456789abcdef0123456"
    live = staged_files.new_token()  # an import of this process still in progress
    with vault.session() as session:
        for token in (killed, running, live):
            writer = blobs.BlobWriter(session, staged=token)
            writer.write(b"z")
            writer.close("2" * 64)
    staged_files.sweep(vault)
    left = {r[0] for r in vault.raw_execute("SELECT staged FROM attachment_blobs")}
    assert left == {running, live}
    staged_files.release(live)
    staged_files.sweep(vault)
    assert {r[0] for r in vault.raw_execute("SELECT staged FROM attachment_blobs")} == {running}


def test_the_import_sink_stores_whole_pieces_whatever_it_is_given(vault: Vault) -> None:
    """The bundle reader hands over pieces of any size (an entry rarely starts on a chunk
    boundary); the sink cuts them into whole pieces before its storing thread, without
    keeping a reference to a buffer the caller reuses."""
    from migdesk.bundles.manifest import ROLE_ATTACHMENT, ManifestEntry
    from migdesk.exchange import staged_files

    size = blobs.CHUNK_SIZE
    data = os.urandom(3 * size + 777)
    entry = ManifestEntry(
        "scan.bin", ROLE_ATTACHMENT, "application/octet-stream", len(data),
        hashlib.sha256(data).hexdigest(),
    )  # fmt: skip
    token = staged_files.new_token()
    sink = staged_files.VaultSink(vault, token)
    writer = sink.open(entry)
    reused = bytearray(data[1000 + size : 2 * size])
    writer.write(data[:1000])  # the next pieces straddle vault pieces
    writer.write(data[1000 : 1000 + size])
    writer.write(reused)  # back on a boundary
    reused[:] = bytes(len(reused))  # the caller reuses its buffer at once
    writer.write(data[2 * size : 3 * size])  # a whole piece, passed on as it is
    writer.write(memoryview(data)[3 * size :])
    sink.close(entry, writer)
    stored = sink.stored["scan.bin"]
    assert stored.size == len(data) and stored.sha256 == entry.sha256
    sizes = vault.raw_execute(
        "SELECT length(data) FROM attachment_chunks WHERE blob_id = ? ORDER BY idx", stored.id
    )
    assert [s for (s,) in sizes] == [size, size, size, 777]
    with vault.read_session() as session:
        assert blob_reading.read_bytes(session, stored.id) == data
    staged_files.discard(vault, token)
    assert _counts(vault) == (0, 0)


def test_an_export_reads_the_blob_ahead_and_its_thread_ends_with_the_reader(
    vault: Vault,
) -> None:
    import threading

    data = os.urandom(PIECES)
    with vault.session() as session:
        stored = blobs.store_bytes(session, data, "thematic_attachments")
    with vault.read_session() as session:
        open_blob = blob_reading.opener(session, stored.id)  # used after this session closed
    with open_blob() as reader:
        parts = [reader.read(blobs.CHUNK_SIZE - 7) for _ in range(4)]
        assert b"".join(parts) == data and reader.read() == b""
    with open_blob() as reader:  # closed after one small read, pieces still waiting
        assert reader.read(10) == data[:10]
    with open_blob() as reader:
        pass  # never read: no thread at all
    assert not [t for t in threading.enumerate() if t.name == "blob-read"]


def test_a_blob_file_reads_and_seeks_like_the_bytes(vault: Vault) -> None:
    data = os.urandom(PIECES)
    with vault.session() as session:
        stored = blobs.store_bytes(session, data, "thematic_attachments")
    with vault.read_session() as session, blob_reading.BlobFile(session, stored.id) as blob:
        assert blob.seekable() and blob.size == PIECES
        assert blob.read(10) == data[:10] and blob.tell() == 10
        blob.seek(-7, io.SEEK_END)
        assert blob.read() == data[-7:] and blob.read() == b""
        blob.seek(blobs.CHUNK_SIZE - 3)
        assert blob.read(6) == data[blobs.CHUNK_SIZE - 3 : blobs.CHUNK_SIZE + 3]
        blob.seek(5)
        assert blob.read() == data[5:]


def _big_pdf(padding: int) -> bytes:
    """Two pages, then an unreferenced stream of ``padding`` random bytes (an incremental
    update): a PDF whose size is not its pages'."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from reportlab.pdfgen import canvas

    first = io.BytesIO()
    pages = canvas.Canvas(first)
    for _ in range(2):
        pages.drawString(100, 700, "Синтетический лист")
        pages.showPage()
    pages.save()
    writer = IncrementalPdfFileWriter(io.BytesIO(first.getvalue()))
    writer.add_object(generic.StreamObject(stream_data=os.urandom(padding)))
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]  # pyhanko, as in reports/pdf_preview
    return out.getvalue()


def test_a_large_pdf_in_the_vault_is_counted_without_reading_it_whole(vault: Vault) -> None:
    """A received attachment may be 1 GiB: the letter's page count (and a signature
    check) reads it from the vault piece by piece (issue #14); it read it whole before."""
    import tracemalloc

    from migdesk.reports.documents.sources import sheets

    with vault.session() as session:
        stored = blobs.store_bytes(session, _big_pdf(24 * blobs.CHUNK_SIZE), "request_attachments")
    tracemalloc.start()
    try:
        with vault.read_session() as session:
            reader = io.BufferedReader(blob_reading.BlobFile(session, stored.id), 64 * 1024)
            with reader as pdf:
                assert sheets("application/pdf", pdf) == 2
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * blobs.CHUNK_SIZE, peak
