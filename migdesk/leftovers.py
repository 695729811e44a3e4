"""Scratch files a killed MigDesk process left beside its output, swept by the next write there.

A file is written under a hidden temporary name and renamed when whole (``atomic``, the
bundle writer's ``.partial`` folder); SIGKILL or a power cut between the two leaves the
temporary behind, and the user never sees it (a dot name). Such names carry the writer's
process id (``owner_tag``), so the next write into the same folder can tell a leftover from
a write under way: it removes only those whose process is gone *and* that nobody touched
for ``MIN_AGE_S`` (on a stick another workstation writes to, the id may name a process of
that machine: a live writer keeps its file fresh, so the age still spares it).

What such leftovers hold: a bundle's ``.partial`` folder is ciphertext and its label; an
``atomic`` temporary holds what the finished file would (a letter's PDF the user chose to
write there, a key slot file of wrapped keys, certificates, a CSV of statistics)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from pathlib import Path

MIN_AGE_S = 600.0
_OWNER = re.compile(r"\.migdesk-([0-9]+)\.")


def owner_tag() -> str:
    """The part of a temporary name that says which process writes it."""
    return f"migdesk-{os.getpid()}."


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def _touched(path: Path) -> float:
    """When the file, or a folder and what is directly in it, was last written."""
    newest = path.lstat().st_mtime
    if path.is_dir() and not path.is_symlink():
        for entry in os.scandir(path):
            newest = max(newest, entry.stat(follow_symlinks=False).st_mtime)
    return newest


def sweep(directory: Path, pattern: str, *, min_age_s: float = MIN_AGE_S) -> list[Path]:
    """Removes the leftovers in ``directory`` matching ``pattern`` (a glob that names the
    owner tag, e.g. ``.*.migdesk-*.tmp``); returns what it removed. Best effort: a folder
    that cannot be listed or a file that cannot be removed is left as it is."""
    removed: list[Path] = []
    now = time.time()
    with contextlib.suppress(OSError):
        for path in directory.glob(pattern):
            owner = _OWNER.search(path.name)
            if owner is None or int(owner.group(1)) == os.getpid():
                continue
            try:
                age = now - _touched(path)
            except OSError:
                continue
            if age < min_age_s or _alive(int(owner.group(1))):
                continue
            try:
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed
