"""The vault's WAL file cut back to nothing after a long write, off the critical path (#17).

A WAL file grows to hold everything written between two checkpoints that could start it
over, and SQLite keeps the file at that size while any connection is open: after a 1 GiB
attachment was imported it stayed ~1.1 GB until the officer closed the vault. Limiting it
on every connection (``journal_size_limit``) cut it back inside the import's own apply
step, where it cost ~1 s. Here it is done afterwards, on a background job: a
``wal_checkpoint(TRUNCATE)`` that never waits for anyone.

A TRUNCATE checkpoint takes the write lock, copies what is left and then needs every
reader off the WAL. With the busy handler on it would hold the write lock while it waits
for readers, and an officer's save would wait behind it; so it runs with
``busy_timeout = 0``: busy means "not now", and it is tried again a little later (a
PASSIVE checkpoint first copies what it can without the write lock, so the TRUNCATE's own
hold is short).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from migdesk.progress import CancelCheck
from migdesk.vault.checkpoint import truncate_now
from migdesk.vault.store import Vault

TRIM_FROM = 64 * 1024 * 1024  # a WAL file smaller than this is left as it is
RETRY_S = 0.5  # between tries while readers or a writer are on the WAL
POLL_S = 0.05  # how often a wait between tries looks at the cancel


@dataclass(frozen=True)
class WalTrim:
    before: int  # bytes of the WAL file when asked
    after: int  # bytes when done
    tries: int  # TRUNCATE checkpoints tried (0: nothing to do)
    trimmed: bool  # whether a TRUNCATE checkpoint completed


def wal_path(vault: Vault) -> Path:
    return vault.path.with_name(vault.path.name + "-wal")


def wal_size(vault: Vault) -> int:
    try:
        return wal_path(vault).stat().st_size
    except FileNotFoundError:
        return 0


def trim_wal(
    vault: Vault,
    *,
    cancelled: CancelCheck | None = None,
    max_seconds: float = 120.0,
    trim_from: int | None = None,
) -> WalTrim:
    """Tries until the WAL file is truncated, ``cancelled()`` or ``max_seconds`` passed
    (``max_seconds`` 0: one try). A WAL left large is harmless: the next call, or closing
    the vault, does it."""
    before = wal_size(vault)
    if before < (TRIM_FROM if trim_from is None else trim_from):
        return WalTrim(before, before, 0, False)
    deadline = time.monotonic() + max_seconds
    tries, done = 0, False
    # The driver's connection, outside any transaction (a checkpoint inside one stops at it).
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        (timeout,) = raw.execute("PRAGMA busy_timeout").fetchone()
        raw.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                tries += 1
                done = truncate_now(raw)
                if done or not _wait(deadline, cancelled):
                    break
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return WalTrim(before, wal_size(vault), tries, done)


def _wait(deadline: float, cancelled: CancelCheck | None) -> bool:
    """Sleeps ``RETRY_S``; whether to try again."""
    until = min(time.monotonic() + RETRY_S, deadline)
    while time.monotonic() < until:
        if cancelled is not None and cancelled():
            return False
        time.sleep(POLL_S)
    return time.monotonic() < deadline and not (cancelled is not None and cancelled())
