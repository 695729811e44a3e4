"""The wheelhouse: every wheel MigDesk needs on Linux x86_64, CPython 3.11–3.13, offline.

Versions are pinned to the environment MigDesk was built and tested in (the installed
distributions reachable from ``migdesk``'s requirements), so the offline install gets what
the tests ran. ``pip download`` fetches them (or takes them from pip's cache) once; the
result is installed later with ``pip install --no-index``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

PYTHON_VERSIONS = ("3.11", "3.12", "3.13")
# glibc 2.34+ (Qt 6.12's wheels need it: Debian 12, Ubuntu 22.04 and later). pip matches
# only the tags named, so every older manylinux level is listed too.
PLATFORMS = (
    *(f"manylinux_2_{minor}_x86_64" for minor in range(34, 16, -1)),
    "manylinux2014_x86_64",
    "manylinux_2_5_x86_64",
    "manylinux1_x86_64",
)
# Installs the rest from the wheelhouse (run as ``python pip-*.whl/pip``): no ensurepip needed.
TOOLS = ("pip",)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned_closure(root: str = "migdesk") -> dict[str, str]:
    """``{name: version}`` of every installed distribution ``root`` needs here (no extras)."""
    pins: dict[str, str] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        key = _canonical(dist.metadata["Name"])
        if key in pins:
            continue
        pins[key] = dist.version
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    for tool in TOOLS:
        pins[tool] = distribution(tool).version
    pins.pop(_canonical(root), None)
    return dict(sorted(pins.items()))


def write_constraints(path: Path, pins: dict[str, str]) -> Path:
    path.write_text("".join(f"{name}=={ver}\n" for name, ver in pins.items()), encoding="utf-8")
    return path


def download(dest: Path, migdesk_wheel: Path, constraints: Path) -> None:
    """Fill ``dest`` with the wheels for ``migdesk_wheel`` for every supported Python."""
    dest.mkdir(parents=True, exist_ok=True)
    for version in PYTHON_VERSIONS:
        platform_args = [arg for plat in PLATFORMS for arg in ("--platform", plat)]
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--only-binary=:all:",
                "--python-version",
                version,
                "--implementation",
                "cp",
                *platform_args,
                "-c",
                str(constraints),
                "-d",
                str(dest),
                str(migdesk_wheel),
                *TOOLS,
            ],
            check=True,
            timeout=1800,
        )
    for stray in dest.glob("migdesk-*.whl"):  # the caller places its own MigDesk wheel
        stray.unlink()
