"""The internal-error log: exception types and code locations, never values.

An exception's text and its frames' variables may hold names, document numbers or SQL
parameters, so only ``type`` names and ``file:line in function`` are written. The log
rotates (a few hundred KiB at most) and lives in the user state directory, outside any
vault; writing it never raises (a full disk must not hide the original error).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from migdesk.paths import APP_NAME, ensure_private_dir

LOG_NAME = "diagnostics.log"
MAX_BYTES = 256 * 1024
BACKUPS = 2
MAX_CHAIN = 5  # __cause__/__context__ links followed


class _QuietHandler(logging.handlers.RotatingFileHandler):
    def handleError(self, record: logging.LogRecord) -> None:
        """A failed write is dropped silently: the error being logged matters more."""


def log_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def log_files() -> list[Path]:
    """Oldest first: ``diagnostics.log.2``, ``.1``, then the current file."""
    base = log_dir() / LOG_NAME
    rotated = [base.with_name(f"{LOG_NAME}.{n}") for n in range(BACKUPS, 0, -1)]
    return [path for path in [*rotated, base] if path.is_file()]


def code_location(filename: str, lineno: int | None, function: str) -> str:
    """``migdesk/reports/fonts.py:31 in register_fonts``: no home or install directory."""
    norm = filename.replace(os.sep, "/")
    for marker in ("/site-packages/", "/migdesk/"):
        if marker in norm:
            norm = ("migdesk/" if marker == "/migdesk/" else "") + norm.rsplit(marker, 1)[1]
            break
    else:
        norm = norm.rsplit("/", 1)[-1]
    return f"{norm}:{lineno} in {function}"


def describe(exc: BaseException) -> list[str]:
    """Lines for one error: the type of each chained exception with its stack, innermost last."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < MAX_CHAIN:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"  {kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append("    at " + code_location(frame.filename, frame.lineno, frame.name))
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("  caused by / during:")
    return lines


def record_internal_error(exc: BaseException, face: str) -> None:
    """Append one entry for an unexpected error seen by ``face`` ("cli" or "gui")."""
    from migdesk.buildinfo import version

    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    entry = "\n".join([f"{stamp} {face} {version()} internal error", *describe(exc)])
    try:
        directory = log_dir()
        ensure_private_dir(directory)
        handler = _QuietHandler(
            directory / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return
    try:
        handler.emit(logging.makeLogRecord({"msg": entry, "levelno": logging.ERROR}))
    finally:
        handler.close()
