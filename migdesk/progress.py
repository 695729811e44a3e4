"""The one progress/cancel protocol of the domain's long operations (bundle export and
import, backup, bulk import, rekey): a callback ``(done, total)`` for progress, a check
``() -> bool`` for cancel, and :class:`Cancelled` to stop.

An operation calls ``progress(done, total)`` as it goes (``total`` -1 when unknown) and asks
``cancelled()`` between steps; when asked to stop it raises :class:`Cancelled` (or a
subclass that says what was finished, like ``persons.bulk.BulkCancelled`` or
``exchange.errors.ImportCancelled``) and leaves
nothing half-written. The GUI's ``ui.tasks.TaskContext`` is a :class:`Progress`, so its
``progress`` and ``cancelled`` are passed straight in; the CLI passes a printer or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

ReportProgress = Callable[[int, int], None]  # done, total (-1: unknown)
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The caller asked to stop; the operation ended without a half-written result."""


class Progress(Protocol):
    def progress(self, value: int, maximum: int = -1) -> None: ...

    def cancelled(self) -> bool: ...


def stop_if(cancelled: CancelCheck | None) -> None:
    """Between steps: raise :class:`Cancelled` when the caller asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled
