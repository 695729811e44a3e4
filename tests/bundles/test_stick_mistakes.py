"""What an officer or courier picks by mistake on a stick, and what a pulled stick says:
each named so that the fix is plain."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from migdesk import safe_files
from migdesk.bundles import BundleRejected, Reason, inspect, open_bundle
from migdesk.pki import AuthorityKeys, TrustStore


def test_the_stick_itself_picked_instead_of_a_bundle_names_the_bundles_on_it(
    sample_bundle: Path, tmp_path: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    stick = tmp_path / "stick"
    shutil.copytree(sample_bundle, stick / sample_bundle.name)
    (stick / "Отчёт.docx").write_bytes(b"not a bundle")

    with pytest.raises(BundleRejected) as refused:
        open_bundle(stick, "AM-MIGRATION", am.encryption, trust_at_am)
    assert refused.value.reason is Reason.NOT_A_BUNDLE
    assert sample_bundle.name in str(refused.value)
    assert "label.json" in str(refused.value)  # the advice: a bundle folder holds it

    info = inspect(stick)
    assert [p.reason for p in info.problems] == [Reason.NOT_A_BUNDLE]
    assert sample_bundle.name in info.problems[0].message


def test_an_empty_folder_is_still_a_missing_label(tmp_path: Path) -> None:
    """Only a folder holding bundles gets the new message: a copy that lost its files
    still says what is missing."""
    empty = tmp_path / "KZ-MVD_to_AM-MIGRATION_000042.mdbundle"
    empty.mkdir()
    assert [p.reason for p in inspect(empty).problems] == [Reason.MISSING_FILE]


def test_a_stick_pulled_from_a_fuse_mount_is_named_in_russian() -> None:
    """exFAT and NTFS sticks are often FUSE mounts: pulled, they answer ENOTCONN."""
    pulled = OSError(errno.ENOTCONN, "Transport endpoint is not connected")
    assert safe_files.os_text(pulled) == "носитель отключён"
