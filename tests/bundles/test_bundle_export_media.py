"""Writing to a stick: a full disk, a pulled stick or a bad read-back leave no bundle behind."""

from __future__ import annotations

import errno
import io
import os
import re
import shutil
from pathlib import Path

import pytest

from migdesk.bundles import (
    EXPORT_MESSAGES,
    Attachment,
    Cancelled,
    ExportStatus,
    inspect,
    media,
    open_bundle,
    write_bundle,
)
from migdesk.errors import MigDeskError
from migdesk.pki import AuthorityKeys, TrustStore, create_authority
from tests.bundles.bundle_craft import SAMPLE_CHUNK, outgoing


def _looks_like_bundle(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".mdbundle")]


def _fail_after(monkeypatch: pytest.MonkeyPatch, budget: int, code: int) -> None:
    """Writes succeed for ``budget`` bytes, then fail like the device would."""
    real = media.write_all
    state = {"left": budget}

    def write_all(fd: int, data: bytes | bytearray | memoryview) -> None:
        if len(data) > state["left"]:
            raise OSError(code, os.strerror(code))
        state["left"] -= len(data)
        real(fd, data)

    monkeypatch.setattr(media, "write_all", write_all)


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (errno.ENOSPC, ExportStatus.NO_SPACE),
        (errno.EIO, ExportStatus.DEVICE_REMOVED),
        (errno.ENODEV, ExportStatus.DEVICE_REMOVED),
        (errno.EROFS, ExportStatus.READ_ONLY),
        (errno.EFBIG, ExportStatus.FILE_TOO_LARGE),
        (errno.EINVAL, ExportStatus.WRITE_ERROR),
    ],
)
@pytest.mark.parametrize("budget", [0, 5000, 15000])
def test_write_failure_leaves_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
    code: int,
    status: ExportStatus,
    budget: int,
) -> None:
    _fail_after(monkeypatch, budget, code)
    result = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz, chunk_size=SAMPLE_CHUNK)
    assert result.status is status and not result.ok
    assert result.path is None and result.message
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (errno.EROFS, ExportStatus.READ_ONLY),
        (errno.ENOSPC, ExportStatus.NO_SPACE),
        (errno.EIO, ExportStatus.DEVICE_REMOVED),
        (errno.EACCES, ExportStatus.PERMISSION_DENIED),
    ],
)
def test_the_officer_reads_no_english_os_text(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
    code: int,
    status: ExportStatus,
) -> None:
    """«Носитель защищён от записи. Пакет не записан.» without «(Read-only file system)»."""
    _fail_after(monkeypatch, 5000, code)
    result = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz, chunk_size=SAMPLE_CHUNK)
    assert result.status is status
    assert result.message == EXPORT_MESSAGES[status]
    assert os.strerror(code) not in result.message


def test_an_unrecognised_error_keeps_only_its_errno_name(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
) -> None:
    _fail_after(monkeypatch, 5000, errno.EINVAL)
    result = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz, chunk_size=SAMPLE_CHUNK)
    assert result.status is ExportStatus.WRITE_ERROR
    assert result.message == f"{EXPORT_MESSAGES[ExportStatus.WRITE_ERROR]} (EINVAL)"


def test_pulled_stick_cannot_even_be_cleaned(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
) -> None:
    """When the leftovers cannot be removed, they still do not look like a bundle."""
    _fail_after(monkeypatch, 8000, errno.EIO)
    monkeypatch.setattr(media, "remove_tree", lambda path: None)
    result = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz, chunk_size=SAMPLE_CHUNK)
    assert result.status is ExportStatus.DEVICE_REMOVED
    assert _looks_like_bundle(tmp_path) == []
    (leftover,) = tmp_path.iterdir()
    assert leftover.name.startswith(".") and leftover.name.endswith(".partial")
    assert not inspect(leftover).intact


def test_not_enough_free_space_is_known_before_writing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
) -> None:
    class Usage:
        free = 1000

    monkeypatch.setattr(shutil, "disk_usage", lambda path: Usage())
    result = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz)
    assert result.status is ExportStatus.NO_SPACE
    assert list(tmp_path.iterdir()) == []
    # Both counts are known here, so the officer is told how much is missing.
    assert re.fullmatch(
        r"На носителе не хватает места: нужно 1,[0-9] МБ, свободно 0,0 МБ\. Пакет не записан\.",
        result.message,
    ), result.message


def test_megabytes_never_show_the_need_below_the_free_space() -> None:
    assert media.megabytes(12_900_000, up=True) == "12,4"
    assert media.megabytes(12_900_000) == "12,3"
    assert media.megabytes(1024**2) == media.megabytes(1024**2, up=True) == "1,0"


def test_read_back_mismatch(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
) -> None:
    """A stick that stores something else than it was given (a fake-capacity stick)."""

    def corrupt(path: Path) -> None:
        if path.name == "payload.bin":
            with path.open("r+b") as handle:
                handle.seek(600)
                handle.write(b"\0" * 16)

    monkeypatch.setattr(media, "forget_cached", corrupt)
    result = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz)
    assert result.status is ExportStatus.VERIFY_FAILED
    assert list(tmp_path.iterdir()) == []


def test_existing_bundle_is_never_overwritten(
    tmp_path: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_kz: TrustStore
) -> None:
    first = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz)
    assert first.ok and first.path is not None
    before = (first.path / "label.json").read_bytes()
    second = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz)
    assert second.status is ExportStatus.TARGET_EXISTS
    assert (first.path / "label.json").read_bytes() == before
    assert len(list(tmp_path.iterdir())) == 1


def test_missing_target(
    tmp_path: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_kz: TrustStore
) -> None:
    result = write_bundle(outgoing(kz, am), tmp_path / "unplugged", trust_at_kz)
    assert result.status is ExportStatus.TARGET_MISSING


def test_cancel_from_progress(
    tmp_path: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_kz: TrustStore
) -> None:
    def progress(done: int, total: int) -> None:
        if done > 5000:
            raise Cancelled

    result = write_bundle(
        outgoing(kz, am), tmp_path, trust_at_kz, chunk_size=SAMPLE_CHUNK, progress=progress
    )
    assert result.status is ExportStatus.CANCELLED
    assert list(tmp_path.iterdir()) == []


def test_attachment_changing_while_exported(
    tmp_path: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_kz: TrustStore
) -> None:
    reads = {"n": 0}

    def opener() -> io.BytesIO:
        reads["n"] += 1
        return io.BytesIO(b"a" * 100 if reads["n"] == 1 else b"b" * 100)

    shifty = Attachment("scan.pdf", "application/pdf", 100, opener)
    result = write_bundle(outgoing(kz, am, attachments=[shifty]), tmp_path, trust_at_kz)
    assert result.status is ExportStatus.SOURCE_CHANGED
    assert list(tmp_path.iterdir()) == []


def test_attachment_from_file(
    tmp_path: Path,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
    trust_at_am: TrustStore,
) -> None:
    source = tmp_path / "src.bin"
    source.write_bytes(os.urandom(50_000))
    out = tmp_path / "stick"
    out.mkdir()
    attachment = Attachment.from_file("scan.bin", source)
    result = write_bundle(outgoing(kz, am, attachments=[attachment]), out, trust_at_kz)
    assert result.ok and result.path is not None and result.label_sha256
    opened = open_bundle(result.path, "AM-MIGRATION", am.encryption, trust_at_am)
    assert opened.attachments["scan.bin"] == source.read_bytes()


def test_refuses_to_encrypt_to_an_untrusted_certificate(
    tmp_path: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_kz: TrustStore
) -> None:
    stranger = create_authority("AM-MIGRATION")
    with pytest.raises(MigDeskError):
        write_bundle(
            outgoing(kz, am, recipient_certificate=stranger.encryption.certificate),
            tmp_path,
            trust_at_kz,
        )
    with pytest.raises(MigDeskError):  # a signing certificate is no encryption certificate
        write_bundle(
            outgoing(kz, am, recipient_certificate=am.signing.certificate), tmp_path, trust_at_kz
        )
    with pytest.raises(MigDeskError):  # our signing key must be our own authority's
        write_bundle(outgoing(kz, am, signing=am.signing), tmp_path, trust_at_kz)
    assert list(tmp_path.iterdir()) == []
