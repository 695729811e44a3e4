"""SQLite's «database is locked»: another connection (a MigDesk window, a command, the index
upkeep) held the vault's write lock for longer than ``busy_timeout``. The write that waited
was rolled back, so nothing changed; the person should hear that the vault is busy, not
that the program broke.

Told by the exception's type name and SQLite's own text, so the CLI's error path needs no
import of the database driver (``--help`` stays light)."""

from __future__ import annotations

from migdesk.messages import _

_BUSY = ("database is locked", "database table is locked", "database is busy")


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` (or what it wraps: SQLAlchemy's ``orig``, a ``__cause__``) is SQLite
    giving up on a lock another connection holds."""
    seen: BaseException | None = exc
    for _depth in range(8):  # a chain, never a cycle, but bounded all the same
        if seen is None:
            return False
        if type(seen).__name__ == "OperationalError" and str(seen).strip() in _BUSY:
            return True
        wrapped = getattr(seen, "orig", None)
        seen = wrapped if isinstance(wrapped, BaseException) else seen.__cause__
    return False


def busy_text() -> str:
    return _(
        "Хранилище занято: другое окно MigDesk или команда сейчас записывает в него. "
        "Хранилище не изменено; повторите позже."
    )
