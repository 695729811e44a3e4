"""Checkpoints of a long write, run beside it instead of after it (issue #17).

In WAL mode every page a transaction writes goes to the WAL file first; the checkpoint that
follows the commit copies it into the vault file (a read and a write of every page, no
cryptography: the frames are already encrypted). For a 1 GiB attachment committed at once
that copy is a GiB long and nothing else happens while the officer waits for it (a fifth of
the import window's time). A writer that commits in slices (``staged_files``) turns its own
automatic checkpoint off and pokes a ``Checkpointer`` after each commit: a thread with a
connection of its own copies the committed slices into the vault file while the writer
fills the next one (a PASSIVE checkpoint never blocks the writer, and SQLite's file reads
and writes run outside the GIL). Durability is SQLite's as ever: every commit is in the WAL
(fsynced) before a checkpoint may copy it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from types import TracebackType
from typing import Any

from sqlalchemy import Engine


@contextlib.contextmanager
def no_auto_checkpoint(dbapi_connection: Any) -> Iterator[None]:
    """The connection's own checkpoint after each commit, off; back as it was on leaving
    (the connection goes back to the pool)."""
    (pages,) = dbapi_connection.execute("PRAGMA wal_autocheckpoint").fetchone()
    dbapi_connection.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")


@contextlib.contextmanager
def no_commit_sync(dbapi_connection: Any) -> Iterator[None]:
    """Commits of a *staging* writer, not waiting for the disk; back as it was on leaving.

    ``synchronous = NORMAL`` in WAL mode: a commit appends its frames to the WAL and does
    not fsync it (the checkpoint fsyncs the WAL before copying it, and the vault file
    after). The vault cannot be corrupted that way (SQLite's documented guarantee); a
    power cut may only lose the last commits. For a staged attachment that loses nothing:
    its slices belong to nothing until the import that adopts them commits on a
    connection of the usual ``FULL`` setting, and that commit's fsync of the WAL also
    makes every frame before it durable (frames are appended in order, and the WAL starts
    over only after a checkpoint has fsynced them into the vault file). A process killed
    loses nothing at all: the frames are in the OS's cache. Measured on a 256 MiB import
    (strace, load 7.6): the storing thread, the one the import is bounded by, waited
    0.12 s in 8 fsyncs (issue #17)."""
    (level,) = dbapi_connection.execute("PRAGMA synchronous").fetchone()
    dbapi_connection.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        dbapi_connection.execute(f"PRAGMA synchronous = {int(level)}")


class Checkpointer:
    """``with Checkpointer(engine) as checkpoints:`` … ``checkpoints.poke()`` after each
    commit; leaving waits for a last checkpoint of everything committed by then."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._wake = threading.Event()
        self._stopping = False
        self.runs = 0  # checkpoints made (tests)
        self._thread = threading.Thread(target=self._run, name="vault-checkpoint", daemon=True)

    def __enter__(self) -> Checkpointer:
        self._thread.start()
        return self

    def poke(self) -> None:
        self._wake.set()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stopping = True
        self._wake.set()
        self._thread.join()

    def _run(self) -> None:
        # The driver's connection, not SQLAlchemy's: a checkpoint must run outside any
        # transaction (the engine would open one, and the checkpoint would then stop at it).
        with self._engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            while True:
                self._wake.wait()
                self._wake.clear()
                stopping = self._stopping  # read before: a poke with the stop gets its run
                with contextlib.suppress(Exception):  # busy or failing: the next one, or
                    raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()  # SQLite's own
                self.runs += 1
                if stopping:
                    return
