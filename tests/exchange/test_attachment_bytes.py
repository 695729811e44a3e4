"""The bytes an import stores are the sender's, piece for piece (issue #17's fast path:
decrypted chunks in reused buffers, pieces recycled between the reading and the storing
thread, large pieces written through SQLite's blob I/O). The stored digest is the signed
manifest's, so it alone would not show wrong bytes: the pieces are read back and hashed."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from migdesk.bundles.manifest import ROLE_ATTACHMENT, ManifestEntry
from migdesk.exchange import apply_staged, stage_import, staged_files
from migdesk.models import RequestAttachment
from migdesk.vault import Vault, blobs
from tests.exchange.exchange_world import Station
from tests.exchange.test_attachment_streaming import _request_bundle, content

MIB = blobs.CHUNK_SIZE


def _stored(vault: Vault, blob_id: int) -> tuple[str, list[int]]:
    """SHA-256 of the blob's pieces as stored, and their lengths."""
    digest = hashlib.sha256()
    lengths = []
    rows = vault.raw_execute(
        "SELECT data FROM attachment_chunks WHERE blob_id = ? ORDER BY idx", blob_id
    )
    for (data,) in rows:
        digest.update(data)
        lengths.append(len(data))
    return digest.hexdigest(), lengths


def test_an_imported_attachment_is_stored_as_the_sender_sent_it(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    size = 5 * MIB + 4321  # six pieces, none aligned with the bundle's chunks
    bundle, digest = _request_bundle(kz, tmp_path / "stick", size)
    assert digest == hashlib.sha256(b"".join(content(size))).hexdigest()
    with am.open() as vault:
        staged = stage_import(vault, bundle)
        assert apply_staged(vault, staged).status == "imported"
        ((blob_id,),) = vault.raw_execute(
            "SELECT id FROM attachment_blobs WHERE staged IS NULL AND size = ?", size
        )
        stored, lengths = _stored(vault, blob_id)
    assert stored == digest
    assert lengths == [MIB] * 5 + [4321]


def test_pieces_go_round_between_the_two_threads(am: Station) -> None:
    size = 24 * MIB + 7
    pieces = list(content(size))
    data = b"".join(pieces)
    entry = ManifestEntry(
        "scan.bin",
        ROLE_ATTACHMENT,
        "application/octet-stream",
        size,
        hashlib.sha256(data).hexdigest(),
    )
    with am.open() as vault:
        sink = staged_files.VaultSink(vault, staged_files.new_token())
        writer = sink.open(entry)
        view = memoryview(data)
        for start in range(0, size, MIB + 3):  # views straddling the pieces, as the reader's
            writer.write(view[start : start + MIB + 3])
        assert isinstance(writer, staged_files._Writer)
        made = writer.pieces_made
        sink.close(entry, writer)
        stored, lengths = _stored(vault, sink.stored["scan.bin"].id)
    # Queued, being stored, being filled: never a fresh MiB per piece.
    assert made <= staged_files._DEPTH + 2, made
    assert stored == entry.sha256
    assert lengths == [MIB] * 24 + [7]


def test_an_imported_attachment_carries_our_receipt_time(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    """Migration 0030: a received file's time is when this vault stored it, not the sender's
    (the bundle carries none; their clock is not ours to vouch for)."""
    bundle, _digest = _request_bundle(kz, tmp_path / "stick", 4321)
    with am.open() as vault:
        staged = stage_import(vault, bundle)
        before = datetime.now(UTC).replace(tzinfo=None)
        assert apply_staged(vault, staged).status == "imported"
        after = datetime.now(UTC).replace(tzinfo=None)
        with vault.read_session() as session:
            stored = session.scalars(select(RequestAttachment)).all()
    assert stored  # the file, and the signed letter that travels with the request
    for row in stored:
        assert row.added_at is not None and before <= row.added_at <= after
