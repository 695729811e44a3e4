"""The frozen build's start (``release/frozen_main.py`` → ``migdesk.entry.frozen``) as
PyInstaller runs it, without PyInstaller: the executable named ``migdesk`` starts the GUI,
``migdesk-cli`` the CLI, and a child the GUI spawns to open a PKCS#12 file
(``migdesk.pki.p12_apart``) is the same executable again — ``freeze_support()`` must run it
as the child and stop there, never start a second GUI or CLI (tests/release/frozen_launcher.py).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from migdesk.pki.files import load_pkcs12
from tests.support.signing import p12_files

LAUNCHER = Path(__file__).with_name("frozen_launcher.py")


def _program(folder: Path, name: str) -> Path:
    """An executable named like the frozen one, which starts the launcher as itself."""
    program = folder / name
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{LAUNCHER}" "$0" "$@"\n')
    program.chmod(0o755)
    return program


def _run(program: Path, marks: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "MIGDESK_FROZEN_MARKS": str(marks), **env}
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=120, env=environ
    )


def _marks(path: Path) -> list[tuple[str, int]]:
    if not path.exists():
        return []
    return [
        (kind, int(pid))
        for kind, pid in (line.split() for line in path.read_text().split("\n") if line)
    ]


@pytest.mark.parametrize(("name", "kind"), [("migdesk", "gui"), ("migdesk-cli", "cli")])
def test_the_program_name_picks_gui_or_cli(tmp_path: Path, name: str, kind: str) -> None:
    marks = tmp_path / "marks.txt"
    proc = _run(_program(tmp_path, name), marks)
    assert proc.returncode == 0, proc.stderr
    assert [k for k, _pid in _marks(marks)] == [kind]


def test_the_gui_opens_a_pkcs12_file_in_a_spawned_child_of_the_frozen_program(
    tmp_path: Path,
) -> None:
    p12, password = p12_files(tmp_path)
    marks = tmp_path / "marks.txt"
    job = os.pathsep.join((str(p12), str(password)))
    proc = _run(_program(tmp_path, "migdesk"), marks, MIGDESK_FROZEN_P12=job)
    assert proc.returncode == 0, proc.stderr
    # The child did its job: the certificate came back over the pipe.
    pair = load_pkcs12(p12, password.read_bytes())
    assert proc.stdout.split() == [
        hashlib.sha256(pair.certificate.public_bytes(Encoding.DER)).hexdigest()
    ]
    # One GUI — the parent's: the child (and the resource tracker) stopped in freeze_support.
    assert [k for k, _pid in _marks(marks)] == ["gui"]
