"""Version, commit and build date of this MigDesk, for ``--version``, «О программе» and support.

The version comes from the package metadata. Commit and build date are written into
``migdesk/resources/build-info.json`` when a release is built (``make dist``); a checkout has
no such file and asks git, and without git they read "dev". Cheap: no Qt, no heavy imports.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

from migdesk.messages import _
from migdesk.resources import resource

DIST_NAME = "migdesk"
BUILD_INFO_FILE = "build-info.json"
UNKNOWN = "dev"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str
    build_date: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def version() -> str:
    # Imported here: importlib.metadata costs a tenth of a second every command otherwise.
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version(DIST_NAME)
    except PackageNotFoundError:  # running from a bare source tree
        return UNKNOWN


def _from_git() -> tuple[str, str]:
    """Commit and its date when MigDesk runs from a git checkout; ("dev", "dev") otherwise."""
    package_dir = resource(package="migdesk")
    if not isinstance(package_dir, Path) or not (package_dir.parent / ".git").exists():
        return UNKNOWN, UNKNOWN
    try:
        out = subprocess.run(
            ["git", "-C", str(package_dir.parent), "log", "-1", "--format=%h %cs"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return UNKNOWN, UNKNOWN
    return (out[0], out[1]) if len(out) == 2 else (UNKNOWN, UNKNOWN)


@cache
def build_info() -> BuildInfo:
    stamped = resource(BUILD_INFO_FILE)
    if stamped.is_file():
        data = json.loads(stamped.read_text(encoding="utf-8"))
        commit, date = str(data.get("commit", UNKNOWN)), str(data.get("build_date", UNKNOWN))
        return BuildInfo(version(), commit, date)
    commit, date = _from_git()
    return BuildInfo(version(), commit, date)


def version_line(program: str) -> str:
    info = build_info()
    return f"{program} {info.version} (commit {info.commit}, {info.build_date})"


class VersionAction(argparse.Action):
    """``--version`` for both faces' parsers: the version line, computed only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", _("версия программы"))
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> NoReturn:
        print(version_line(parser.prog))
        parser.exit()
