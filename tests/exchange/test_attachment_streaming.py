"""Attachments stream from the stick into the vault in pieces (issue #14): an import holds
one piece in memory whatever the attachment's size, stages nothing in clear, and leaves
nothing staged behind (a dry run, a refusal, a closed preview)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from migdesk.exchange import (
    apply_staged,
    export_bundle,
    import_bundle,
    release_staged,
    stage_import,
)
from migdesk.models import RequestAttachment
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.vault import Vault, blobs
from tests.conftest import ADMIN, PASSWORD, sample_person
from tests.exchange.exchange_world import AM, Station
from tests.exchange.test_request_exchange import PDF, _signed_request

ROOT = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024


def _staged(vault: Vault) -> int:
    rows = vault.raw_execute("SELECT count(*) FROM attachment_blobs WHERE staged IS NOT NULL")
    return int(rows[0][0])


def _pieces(size: int) -> bytes:
    """``size`` incompressible bytes (an AES-CTR keystream), the same every time."""
    return Cipher(algorithms.AES(bytes(32)), modes.CTR(bytes(16))).encryptor().update(bytes(size))


def content(size: int) -> Iterator[bytes]:
    """``size`` incompressible bytes (an AES-CTR keystream), the same every time, in MiB
    pieces that all differ (a piece stored in the wrong place would show)."""
    keystream = Cipher(algorithms.AES(bytes(32)), modes.CTR(bytes(16))).encryptor()
    for start in range(0, size, MIB):
        yield keystream.update(bytes(min(MIB, size - start)))


def _request_bundle(kz: Station, out: Path, size: int | None = None) -> tuple[Path, str]:
    """A signed request of KZ with one attachment (the small PDF, or ``size`` bytes written
    into KZ's vault in pieces, as if received), exported to AM. Returns the bundle and the
    attachment's SHA-256."""
    out.mkdir()
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, _number = _signed_request(vault, person_id)
        digest = hashlib.sha256(PDF).hexdigest()
        if size is not None:
            with vault.session() as session:
                writer = blobs.BlobWriter(session, owner=RequestAttachment.__tablename__)
                for piece in content(size):
                    writer.write(piece)
                stored = writer.close()
                # The request's own file; signing also stored the signed copy beside it.
                row = session.query(RequestAttachment).filter_by(sha256=digest).one()
                old, row.blob_id = row.blob_id, stored.id
                row.size, row.sha256 = stored.size, stored.sha256
                session.flush()
                assert old is not None
                session.execute(blobs.delete_blob_statement(old))
                digest = stored.sha256
        result = export_bundle(vault, AM, out, requests=[request_id])
    assert result.ok and result.path is not None, result.message
    return result.path, digest


def test_imports_leave_nothing_staged(kz: Station, am: Station, tmp_path: Path) -> None:
    bundle, digest = _request_bundle(kz, tmp_path / "stick")
    with am.open() as vault:
        assert import_bundle(vault, bundle, dry_run=True).status == "preview"
        assert _staged(vault) == 0 and vault.raw_execute(
            "SELECT count(*) FROM attachment_blobs"
        ) == [(0,)]
        staged = stage_import(vault, bundle)
        # The attachment, the signed request (Art. 9.3) and records.json, kept in the vault
        # (encrypted) while the officer decides: the apply reads the records back from there.
        assert _staged(vault) == 3
        release_staged(staged)  # the window closed without importing
        assert import_bundle(vault, bundle).status == "imported"  # sweeps the closed preview
        assert _staged(vault) == 0
        rows = vault.raw_execute(
            "SELECT b.owner, b.sha256, count(c.idx) FROM attachment_blobs b "
            "JOIN attachment_chunks c ON c.blob_id = b.id GROUP BY b.id"
        )
        # The request's attachment and its signed PDF, each stored once.
        assert len(rows) == 2 and ("request_attachments", digest, 1) in rows
        assert {owner for owner, _digest, _chunks in rows} == {"request_attachments"}
        again = stage_import(vault, bundle)
        assert again.result.status == "already_imported" and _staged(vault) == 0
        assert apply_staged(vault, again).status == "already_imported"


_CHILD = """
import json, sys
from pathlib import Path
from migdesk.exchange import import_bundle
from migdesk.vault import Vault
with Vault.open(Path(sys.argv[1]), sys.argv[3], sys.argv[4]) as vault:
    status = import_bundle(vault, Path(sys.argv[2])).status
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
print(json.dumps({"status": status, "rss_mib": int(hwm.split()[1]) / 1024}))
"""


def _import_rss(station: Station, bundle: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(station.path), str(bundle), ADMIN, PASSWORD],
        capture_output=True, text=True, env=env, check=True, timeout=600,
    )  # fmt: skip
    run = json.loads(out.stdout.strip().splitlines()[-1])
    assert run["status"] == "imported", run
    return float(run["rss_mib"])


@pytest.mark.slow  # an 80 MiB attachment through export and import: ~20-60 s
def test_an_attachment_over_64_mib_is_imported_with_bounded_memory(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    """Before issue #14 the whole attachment was held in memory (twice, while copied out):
    the import's peak RSS grew by at least its size. Now it grows by a few pieces."""
    size = 80 * MIB + 12345
    small, _ = _request_bundle(kz.copy_to(tmp_path / "kz-small"), tmp_path / "small")
    big, digest = _request_bundle(kz, tmp_path / "big", size)
    baseline = _import_rss(am.copy_to(tmp_path / "am-small"), small)
    peak = _import_rss(am, big)
    assert peak - baseline < 40, (baseline, peak)
    with am.open() as vault:
        (request_id,) = [r[0] for r in vault.raw_execute("SELECT id FROM requests")]
        view = RequestService(vault).get(request_id)
        # The big attachment and the request's signed PDF beside it (Art. 9.3).
        (meta,) = [a for a in view.attachments if a.name == "заявление.pdf"]
        assert meta.size == size and len(view.attachments) == 2
        rows = vault.raw_execute(
            "SELECT b.sha256, b.size, count(c.idx) FROM attachment_blobs b "
            "JOIN attachment_chunks c ON c.blob_id = b.id WHERE b.staged IS NULL GROUP BY b.id"
        )
        assert (digest, size, -(-size // blobs.CHUNK_SIZE)) in rows and len(rows) == 2
        assert _staged(vault) == 0
