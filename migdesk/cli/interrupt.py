"""Ctrl-C (SIGINT) in the CLI: one clear answer, and nothing half-done left behind.

The first SIGINT raises ``KeyboardInterrupt`` in the main thread, as Python's own handler
does: the work unwinds through its ``with`` blocks and ``finally`` clauses, so the open
transaction rolls back and partial files are removed (``atomic``, the bundle writer, backup,
rekey). Every later SIGINT is ignored: a second Ctrl-C while that cleanup runs would
interrupt the cleanup itself and could leave a half-written file. While the command's
answer is being written (``holding``), a SIGINT waits until it is whole: a script never reads
half a JSON object, then a second one; so it does after a bundle import committed, where it
only cuts the search index upkeep short.

``main`` answers an interrupt with exit code 130 (128 + SIGINT, the shell's convention), a
Russian line on stderr and, with ``--json``, ``{"status": "cancelled", "reason":
"cancelled", "message": TEXT}`` on stdout: the reason the bundle import and export already
give for a cancel."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
REASON = "cancelled"  # as ExchangeReason.CANCELLED and ExportStatus.CANCELLED


class _State:
    interrupted = False  # the first SIGINT was raised: later ones are ignored
    held = 0  # depth of ``holding`` sections
    pending = False  # a SIGINT arrived while held


_state = _State()


def _on_sigint(_signum: int, _frame: FrameType | None) -> None:
    if _state.interrupted:
        return  # cleanup is under way: let it finish
    if _state.held:
        _state.pending = True
        return
    _state.interrupted = True
    raise KeyboardInterrupt


@contextmanager
def installed() -> Iterator[None]:
    """The handler for one ``main`` call; Python's own is put back after it (a test may call
    ``main`` in its own process). Off the main thread signals cannot be handled: no-op."""
    try:
        previous: Any = signal.signal(signal.SIGINT, _on_sigint)
    except ValueError:
        yield
        return
    _state.interrupted, _state.held, _state.pending = False, 0, False
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def holding() -> Iterator[Callable[[], bool]]:
    """A SIGINT during the block is held until the block is done, then dropped: the block
    finishes work that is already in (the import committed: its upkeep, its answer), so an
    interrupt after it would print a second, contradicting answer. The block may ask the
    callable it gets whether Ctrl-C was pressed, to cut optional work short."""
    _state.held += 1
    try:
        yield lambda: _state.pending
    finally:
        _state.held -= 1
        if _state.pending and not _state.held:
            _state.pending = False
            _state.interrupted = True  # answered: any later Ctrl-C is ignored too
