"""Real files for the tests: PDF text through poppler, a removable stick as a folder."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdftotext(pdf: Path, *options: str) -> str:
    """The PDF's text by poppler's ``pdftotext`` (``-layout`` unless other options are given)."""
    proc = subprocess.run(
        ["pdftotext", *(options or ("-layout",)), str(pdf), "-"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def stick(tmp_path: Path, name: str = "stick") -> Path:
    """A folder standing for a USB stick (made once; asking again gives the same one)."""
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    return folder
