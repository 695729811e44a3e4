"""Write-behind (issue #17): while a long vault transaction is written, the WAL and the vault
file are flushed by a thread of their own; it ends with the transaction and never stops it."""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

import pytest

from migdesk.vault import Vault, blob_reading, blobs, write_behind


def _threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "vault-write-behind"]


def test_both_files_are_flushed_while_the_transaction_is_written(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: set[str] = set()
    real = write_behind._SYNC

    def sync(fd: int) -> None:
        flushed.add(Path(os.readlink(f"/proc/self/fd/{fd}")).name)
        real(fd)

    monkeypatch.setattr(write_behind, "_SYNC", sync)
    wanted = {vault.path.name, f"{vault.path.name}-wal"}
    with write_behind.WriteBehind(vault.path, interval=0.01), vault.session() as session:
        writer = blobs.BlobWriter(session, owner="thematic_attachments")
        writer.write(os.urandom(2 * blobs.CHUNK_SIZE))
        deadline = time.monotonic() + 10
        while not wanted <= flushed and time.monotonic() < deadline:
            time.sleep(0.01)
        stored = writer.close()
    assert wanted <= flushed
    assert not _threads()
    with vault.read_session() as session:
        assert blobs.blob_info(session, stored.id) == stored


def test_a_file_that_cannot_be_flushed_stops_only_the_flushing(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def refuse(fd: int) -> None:
        calls.append(fd)
        raise OSError(errno.EINVAL, "not supported")

    monkeypatch.setattr(write_behind, "_SYNC", refuse)
    with write_behind.WriteBehind(vault.path, interval=0.01) as flusher:
        flusher._thread.join(timeout=10)  # gives up at once
        assert not flusher._thread.is_alive() and len(calls) == 1
        with vault.session() as session:
            stored = blobs.store_bytes(session, b"bytes", "thematic_attachments")
    with vault.read_session() as session:
        assert blob_reading.read_bytes(session, stored.id) == b"bytes"
