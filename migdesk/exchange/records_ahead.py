"""A bundle's records read back, checked and turned into rows on a helper thread while the
import plans and writes the records before them (issue #17).

The import is one thread of Python, but SQLite lets go of the GIL while it writes and reads:
while a batch is matched and written, the next records are read back from the vault (a
connection of their own: the staged ``records.json`` was committed before the import's
transaction began), decoded, checked against their schema and, for a real import, turned
into rows by the importer's ``ahead`` hook, which touches no database. The import's own
transaction stays the only writer, on the import's thread.

Records come in chunks, a bounded number of them ahead (``CHUNK_RECORDS``, ``CHUNK_CHARS``,
``CHUNKS``), in bundle order; whatever the hook raises (an invalid record) or the reading
fails with is raised on the import's thread when that record's turn comes, so the import
refuses the same record with the same message as before and rolls everything back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from migdesk.exchange.import_records import BundleRecords
from migdesk.exchange.items import Apply, ImportScope, ItemImporter, importer_for
from migdesk.persons.bulk import ahead
from migdesk.persons.service import raw_connection
from migdesk.vault import Vault

# A chunk is handed over at this many records or characters of JSON, whichever comes first;
# at most CHUNKS wait (plus the one being read and the one being planned): about 1,000
# persons, or a few large records (a person's photos travel in its record).
CHUNK_RECORDS = 250
CHUNK_CHARS = 1 << 20
CHUNKS = 2
# Off: the same reading and checking inline, on the import's thread (to measure the gain).
ON_THREAD = True


@dataclass
class AheadRun:
    """What an importer's ``ahead`` hook knows of the import (no session: no database)."""

    writing: bool  # a real import (rows are wanted), not a preview
    dialect: Dialect
    state: dict[str, Any] = field(default_factory=dict)  # the hooks' own, for this run


class PreparesAhead(Protocol):
    """An importer whose records are checked (and their rows built) on the reading thread."""

    def ahead(self, number: int, record: dict[str, Any], run: AheadRun) -> Any:
        """Runs on the reading thread: must not touch the database or the scope."""
        ...

    def plan_prepared(
        self, scope: ImportScope, number: int, record: dict[str, Any], prepared: Any
    ) -> Apply | None:
        """``plan`` with what ``ahead`` returned for this record."""
        ...


NOT_PREPARED = object()  # the record's importer has no ``ahead`` hook
Item = tuple[int, dict[str, Any], int, ItemImporter, Any]


def _shrink(session: Session) -> None:
    raw_connection(session).execute("PRAGMA shrink_memory")


def _chunks(
    records: BundleRecords, vault: Vault, phase: int, run: AheadRun
) -> Generator[list[Item], None, None]:
    """Runs on the reading thread: the phase's records, hooks applied, in chunks."""
    with contextlib.ExitStack() as stack:
        session: Session | None = None
        if records.blob is not None:
            session = stack.enter_context(vault.read_session())
            # Its page cache let go when done: the pooled connection keeps it otherwise.
            stack.callback(_shrink, session)
        chunk: list[Item] = []
        chars = 0
        try:
            for number, record, size in records.numbered(session):
                importer = importer_for(number, record)
                if importer.phase != phase:
                    continue
                hook = getattr(importer, "ahead", None)
                prepared = NOT_PREPARED if hook is None else hook(number, record, run)
                chunk.append((number, record, size, importer, prepared))
                chars += size
                if len(chunk) >= CHUNK_RECORDS or chars >= CHUNK_CHARS:
                    yield chunk
                    chunk, chars = [], 0
        except Exception:
            if chunk:  # the records before a refused one are planned before it is raised
                yield chunk
            raise
        if chunk:
            yield chunk


def read_ahead(
    records: BundleRecords, vault: Vault, phase: int, *, writing: bool
) -> Generator[Item, None, None]:
    """The records of ``phase`` in bundle order, each with what its importer's ``ahead``
    hook made of it (``NOT_PREPARED`` without one), read and prepared on a helper thread.
    Close the iterator (``contextlib.closing``) when stopping early: the thread stops."""
    run = AheadRun(writing=writing, dialect=vault.engine.dialect)
    read = _chunks(records, vault, phase, run)
    chunks = ahead(read, depth=CHUNKS, name="migdesk-import-read") if ON_THREAD else read
    try:
        for chunk in chunks:
            yield from chunk
    finally:
        chunks.close()
