"""A long attachment is staged in committed slices, each copied into the vault file while
the next is filled (issue #17: the GiB-long checkpoint after the last piece is gone), and a
refusal or a cancel still leaves nothing staged."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

import pytest

from migdesk.bundles.manifest import ROLE_ATTACHMENT, ManifestEntry
from migdesk.exchange import staged_files
from migdesk.vault import Vault, blob_reading, blobs
from tests.exchange.exchange_world import Station

MIB = blobs.CHUNK_SIZE
PIECES = 7


def _piece(index: int) -> bytes:
    return hashlib.sha256(str(index).encode()).digest() * (MIB // 32)


def _entry() -> ManifestEntry:
    digest = hashlib.sha256(b"".join(_piece(i) for i in range(PIECES))).hexdigest()
    return ManifestEntry("scan.bin", ROLE_ATTACHMENT, "application/octet-stream", 7 * MIB, digest)


def _count(vault: Vault, table: str) -> int:
    return int(vault.raw_execute(f"SELECT count(*) FROM {table}")[0][0])


def _soon(check: Callable[[], bool], seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_long_attachment_is_in_the_vault_file_before_its_last_piece(
    am: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(staged_files, "SLICE", 2, raising=False)
    with am.open() as vault:
        vault.raw_execute("PRAGMA wal_checkpoint(TRUNCATE)")
        file_before = vault.path.stat().st_size
        sink = staged_files.VaultSink(vault, staged_files.new_token())
        entry = _entry()
        writer = sink.open(entry)
        for index in range(PIECES - 1):
            writer.write(_piece(index))
        # Before the last piece: the first slices are committed (another connection sees
        # them) and copied from the WAL into the vault file.
        assert _soon(lambda: _count(vault, "attachment_chunks") >= 4)
        assert _soon(lambda: vault.path.stat().st_size >= file_before + 4 * MIB)
        writer.write(_piece(PIECES - 1))
        sink.close(entry, writer)
        stored = sink.stored["scan.bin"]
        assert (stored.size, stored.sha256) == (entry.size, entry.sha256)
        with vault.read_session() as session:
            assert blob_reading.read_bytes(session, stored.id) == b"".join(
                map(_piece, range(PIECES))
            )
        # The writer's connection went back to the pool checkpointing by itself again.
        with vault.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            assert raw.execute("PRAGMA wal_autocheckpoint").fetchone() == (1000,)


def test_the_slices_are_committed_without_waiting_for_the_disk(
    am: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each slice's commit used to fsync the WAL on the storing thread, the one the import
    # is bounded by; the import's own commit (synchronous FULL) makes them durable.
    monkeypatch.setattr(staged_files, "SLICE", 2, raising=False)
    levels: list[int] = []
    commit_so_far = blobs.BlobWriter.commit_so_far

    def recording(self: blobs.BlobWriter) -> None:
        raw = self._session.connection().connection.dbapi_connection  # the storing thread
        assert raw is not None
        levels.append(raw.execute("PRAGMA synchronous").fetchone()[0])
        commit_so_far(self)

    monkeypatch.setattr(blobs.BlobWriter, "commit_so_far", recording)
    with am.open() as vault:
        sink = staged_files.VaultSink(vault, staged_files.new_token())
        entry = _entry()
        writer = sink.open(entry)
        for index in range(PIECES):
            writer.write(_piece(index))
        sink.close(entry, writer)
        assert levels == [1, 1, 1]  # NORMAL
        # Back in the pool as every connection is: FULL.
        with vault.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            assert raw.execute("PRAGMA synchronous").fetchone() == (2,)


def test_an_attachment_given_up_after_committed_slices_leaves_nothing(
    am: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(staged_files, "SLICE", 2, raising=False)
    with am.open() as vault:
        sink = staged_files.VaultSink(vault, staged_files.new_token())
        entry = _entry()
        writer = sink.open(entry)
        for index in range(PIECES - 2):
            writer.write(_piece(index))
        assert _soon(lambda: _count(vault, "attachment_chunks") >= 4)
        sink.abort()  # a refusal later in the bundle, or the officer's cancel
        assert _count(vault, "attachment_chunks") == 0
        assert _count(vault, "attachment_blobs") == 0
