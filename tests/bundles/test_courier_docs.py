"""The courier's check with standard tools, run exactly as docs/bundle-format.md prints it.

A courier copies the commands from the page. They must work from the courier's own folder
(where the sender's CA file is), leave the bundle folder as it was — a file written into it
makes the addressee refuse the bundle as ``extra_file`` — and print the checksum the
transmittal register lists (the SHA-256 of ``label.json``)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from migdesk.bundles import inspect
from migdesk.pki import AuthorityKeys, TrustStore

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
STICK = "/media/stick"  # where the page's example stick is mounted


def courier_block() -> str:
    """The first ``sh`` block of section 4, as printed."""
    section = DOC.read_text(encoding="utf-8").split("## 4. The courier's check")[1]
    found = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert found is not None, "section 4 has no sh block"
    return found.group(1)


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("openssl", "jq", "sha256sum")),
    reason="openssl, jq and coreutils are needed",
)
def test_the_documented_commands_verify_and_leave_the_bundle_importable(
    sample_bundle: Path, kz: AuthorityKeys, trust_at_am: TrustStore, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    bundle = stick / sample_bundle.name
    shutil.copytree(sample_bundle, bundle)
    before = sorted(os.listdir(bundle))
    home = tmp_path / "home"
    home.mkdir()
    (home / "kz-ca.pem").write_bytes(kz.ca.certificate.public_bytes(serialization.Encoding.PEM))
    block = courier_block()
    assert STICK in block, "the page names the stick's folder so that it can be replaced"
    script = block.replace(STICK, str(stick))

    done = subprocess.run(
        ["sh", "-e", "-c", script], cwd=home, capture_output=True, text=True, timeout=120
    )

    assert done.returncode == 0, done.stderr
    assert "Verification successful" in done.stderr
    assert done.stdout.count("payload.bin: OK") == 2  # jq and coreutils alike
    label_sha256 = hashlib.sha256((bundle / "label.json").read_bytes()).hexdigest()
    assert label_sha256 in done.stdout  # the register's checksum, printed
    assert sorted(os.listdir(bundle)) == before
    info = inspect(bundle, trust_at_am)
    assert info.intact and not info.problems
