"""One checkpoint that folds the WAL back into the vault file and truncates it, never waiting.

Shared by ``Vault.close`` and the background trim (``wal_trim``). The caller sets the
connection's busy timeout: at 0, a TRUNCATE that meets a reader or a writer gives up at once
instead of holding the write lock while it waits (an officer's save would wait behind it).
"""

from __future__ import annotations

from typing import Any

import sqlcipher3


def truncate_now(raw: Any) -> bool:
    """One PASSIVE then TRUNCATE checkpoint on the driver connection ``raw``; whether the WAL
    was truncated. The PASSIVE one first copies what it can without the write lock, so the
    TRUNCATE's own hold is short."""
    try:
        raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        (busy, _log, _copied) = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlcipher3.OperationalError:  # "database is locked": busy, try again later
        return False
    return not busy
