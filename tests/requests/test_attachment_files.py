"""``AttachmentFiles.save_attachment`` when the medium refuses: a full stick (known before
writing, or found mid-write) and a write-protected one each end with their own status and
message, leave no file and no temporary file, and write no audit entry (nothing was
exported). The write is made to fail as the OS fails it; the vault is real."""

from __future__ import annotations

import errno
import os
import tempfile
from collections import namedtuple
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from migdesk.bundles.media import ExportStatus
from migdesk.models import AuditEntry
from migdesk.requests.attachment_files import AttachmentFiles
from migdesk.requests.records import AttachmentInput
from migdesk.requests.service import RequestService
from migdesk.vault import Vault
from tests.requests.request_helpers import draft

DATA = b"synthetic scan\n" * 4096


def _stored(vault: Vault) -> tuple[str, int]:
    created = RequestService(vault).create_draft(
        draft(attachments=[AttachmentInput("скан.bin", "application/octet-stream", DATA)])
    )
    [meta] = RequestService(vault).get(created.id).attachments
    return created.id, meta.id


def _exports(vault: Vault) -> int:
    with vault.read_session() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "request.attachment_export")
        )
        return len(list(rows))


def _nothing_left(folder: Path) -> None:
    assert list(folder.iterdir()) == []


def test_not_enough_free_space_is_said_before_writing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_id, number = _stored(vault)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(
        "migdesk.requests.attachment_files.shutil.disk_usage", lambda _p: usage(1, 1, 100)
    )
    out = tmp_path / "stick"
    out.mkdir()
    result = AttachmentFiles(vault).save_attachment(request_id, number, out / "скан.bin")
    assert result.status is ExportStatus.NO_SPACE and "места" in result.message
    _nothing_left(out)
    assert _exports(vault) == 0


def test_a_full_medium_mid_write_leaves_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_id, number = _stored(vault)
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("migdesk.atomic.os.fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
    out = tmp_path / "stick"
    out.mkdir()
    result = AttachmentFiles(vault).save_attachment(request_id, number, out / "скан.bin")
    assert result.status is ExportStatus.NO_SPACE
    _nothing_left(out)
    assert _exports(vault) == 0


def test_a_write_protected_medium_is_named(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_id, number = _stored(vault)

    def read_only(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    out = tmp_path / "stick"
    out.mkdir()
    result = AttachmentFiles(vault).save_attachment(request_id, number, out / "скан.bin")
    assert result.status is ExportStatus.READ_ONLY and "защищён от записи" in result.message
    _nothing_left(out)
    assert _exports(vault) == 0
    # Once writable again, the same call writes the stored bytes and is audited once.
    monkeypatch.undo()
    done = AttachmentFiles(vault).save_attachment(request_id, number, out / "скан.bin")
    assert done.ok and (out / "скан.bin").read_bytes() == DATA and done.size == len(DATA)
    assert _exports(vault) == 1
