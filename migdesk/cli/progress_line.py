"""A progress line on stderr for an officer at a terminal («загрузка пакета: 40 %»); nothing
for a script (stderr not a terminal, so its logs stay clean)."""

from __future__ import annotations

import sys

from migdesk.progress import ReportProgress


def shown(what: str) -> ReportProgress | None:
    """The progress callback, redrawing the line when the percentage changes; ``None``
    when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None
    last = -1

    def show(done: int, total: int) -> None:
        nonlocal last
        percent = 100 * done // total if total > 0 else 0
        if percent != last:
            last = percent
            print(f"\r{what}: {percent} %", end="", file=sys.stderr, flush=True)

    return show


def wiped(progress: ReportProgress | None) -> None:
    """The line cleared when the work ends, so that what follows starts a clean line."""
    if progress is not None:
        print("\r\033[K", end="", file=sys.stderr, flush=True)
