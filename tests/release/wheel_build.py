"""Building the MigDesk wheel from a copy of the working tree (not a test module itself).

The copy keeps ``build/`` and ``*.egg-info`` out of the checkout and makes sure only what
``pyproject.toml`` declares ends up in the wheel: nothing can be found next to the sources.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE_FILES = ("pyproject.toml", "README.md")


def copy_sources(target: Path) -> Path:
    target.mkdir(parents=True)
    for name in SOURCE_FILES:
        shutil.copy2(REPO_ROOT / name, target / name)
    shutil.copytree(
        REPO_ROOT / "migdesk",
        target / "migdesk",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    return target


def build_wheel(
    work: Path,
    *pip_args: str,
    source_date_epoch: int | None = None,
    build_info: dict[str, str] | None = None,
) -> Path:
    """``pip wheel`` of a fresh source copy into ``work/wheel``; returns the wheel file.
    ``build_info`` is stamped into the copy as ``make dist`` does (commit, build_date)."""
    env = dict(os.environ)
    if source_date_epoch is not None:
        env["SOURCE_DATE_EPOCH"] = str(source_date_epoch)
    source = copy_sources(work / "src")
    if build_info is not None:
        stamped = source / "migdesk" / "resources" / "build-info.json"
        stamped.write_text(json.dumps(build_info), encoding="utf-8")
    out = work / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(out),
            *pip_args,
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env=env,
    )
    (wheel,) = out.glob("migdesk-*.whl")
    return wheel
