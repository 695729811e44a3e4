"""Run-time files are package data: an installed wheel renders documents away from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.release.wheel_build import REPO_ROOT, build_wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    return build_wheel(work, "--no-build-isolation", source_date_epoch=EPOCH)


EPOCH = 1_780_000_000  # what make dist takes from the commit time


# Imports the installed copy (first on sys.path) and touches every kind of package data.
PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
import migdesk
assert migdesk.__file__.startswith(sys.argv[1]), migdesk.__file__
from reportlab.pdfbase import pdfmetrics
from migdesk.reports.fonts import FACES, register_fonts
register_fonts()
for face in FACES:
    pdfmetrics.getFont(face)
from migdesk.persons.schema import person_schema
assert person_schema()["type"] == "object"
from migdesk.vault.migrate import head_revision
from migdesk.ui.i18n import qm_path
assert qm_path("en").is_file(), qm_path("en")
print(head_revision())
"""


def test_no_module_finds_files_next_to_its_source() -> None:
    offenders = [
        str(path.relative_to(REPO_ROOT))
        for path in (REPO_ROOT / "migdesk").rglob("*.py")
        if "__file__" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_every_runtime_file_is_in_the_wheel(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    package_root = REPO_ROOT / "migdesk"
    data_files = [
        "migdesk/" + str(path.relative_to(package_root))
        for path in package_root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    ]
    missing = sorted(set(data_files) - names)
    assert missing == []
    assert "migdesk/resources/fonts/DejaVuSerif.ttf" in names


@pytest.mark.slow
def test_installed_wheel_reads_its_data_away_from_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(target)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split()[0].isdigit()


@pytest.mark.slow
def test_wheel_is_byte_identical_when_built_again(wheel: Path, tmp_path: Path) -> None:
    again = build_wheel(tmp_path, "--no-build-isolation", source_date_epoch=EPOCH)
    assert again.read_bytes() == wheel.read_bytes()
