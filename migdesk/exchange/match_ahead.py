"""A bundle's new persons matched against the registry on a thread of their own while the
import writes (issues #16, #17).

Matching needs the registry as it was before the import, without the bundle's own persons.
A read session of its own sees exactly that: the import's transaction is not committed, so
none of its rows are visible there (and while it holds the write lock nothing else commits),
and ``skip`` leaves out the persons the bundle carries, as on the import's connection. So
the results are the ones the import's thread would find (``tests/exchange``), preview and
import alike.

The import's thread hands the new persons over as it plans them, ``BLOCK`` at a time; this
thread matches each block (``matching.match_records``: one pass in key order) while the
import writes the batches, and keeps the results, in order, until the import takes them.
At most ``DEPTH`` blocks wait to be matched, so memory stays bounded whatever the bundle.
What still has to be waited for at the end reports progress and honours cancel
(``collect``). An error here is raised on the import's thread, which rolls everything back;
``close`` stops the thread (every import closes it, however it ends).
"""

from __future__ import annotations

import contextvars
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from migdesk import heap
from migdesk.persons.bundle_matching import SkipId
from migdesk.persons.linkage import LinkRecord
from migdesk.persons.matching import MERGE_FROM, Candidate, match_records
from migdesk.persons.service import raw_connection
from migdesk.progress import ReportProgress
from migdesk.vault import Vault

# The bundle's new persons are matched in this many blocks (``block_for``): the first while
# the second half is planned and written, the last while the held keys are written. Fewer,
# larger blocks cost less: at 1M (CPU under load, 20,000 new persons) one block 6.4-7.5 s,
# two 7.2 s, four 9.9 s, eight 10.2 s.
BLOCKS = 2
BLOCK = MERGE_FROM  # without a count of the new persons
DEPTH = 4  # blocks waiting to be matched at most (then the import waits for this thread)
WAIT = 0.1  # seconds between progress reports and cancel checks while the import waits
# Off: each block matched on the import's own connection as it is handed over (to measure).
ON_THREAD = True
THREAD_NAME = "migdesk-import-match"
# This thread's page cache, KiB: it reads the keys and the compact rows each in one pass in
# order, so it needs few pages; a pooled connection keeps its cache (8 MiB by default) until
# told to let go, beside the import's own (issue #17).
CACHE_KIB = 2048

_STOP = object()


def block_for(new_persons: int, most: int) -> int:
    """The block for a bundle of ``new_persons``: ``BLOCKS`` of them, at most ``most`` each
    (bounded memory), at least ``MERGE_FROM`` (one pass in key order)."""
    return min(most, max(MERGE_FROM, -(-new_persons // BLOCKS)))


class MatchAhead:
    """``add`` the new persons in bundle order, ``collect`` their best matches in the same
    order, ``close`` in every case."""

    def __init__(
        self,
        vault: Vault | None,
        own_raw: Callable[[], Any],
        skip: SkipId,
        *,
        limit: int = 1,
        block: int = BLOCK,
    ) -> None:
        self._vault, self._own_raw, self._skip = vault, own_raw, skip
        self._limit, self._block = limit, block
        self._pending: list[LinkRecord] = []
        self._submitted = 0  # persons handed to the thread
        self._collected = 0  # persons whose results the import has taken
        self._done: list[list[list[Candidate]]] = []  # matched blocks not yet taken
        self._matched = 0  # persons matched so far
        self._error: BaseException | None = None
        self._changed = threading.Condition()
        self._todo: queue.Queue[Any] = queue.Queue(maxsize=DEPTH)
        self._thread: threading.Thread | None = None
        self.cpu = 0.0  # CPU seconds this thread spent matching (benchmarks)

    def add(self, rec: LinkRecord, tick: ReportProgress | None = None) -> None:
        self._pending.append(rec)
        if len(self._pending) >= self._block:
            self._submit(tick)

    def flush(self, tick: ReportProgress | None = None) -> None:
        """Hand over the persons added since the last full block."""
        self._submit(tick)

    def collect(self, *, wait: bool, tick: ReportProgress | None = None) -> list[list[Candidate]]:
        """The results matched since the last call, in the order the persons were added.
        ``wait``: of every person added, waiting for the thread (``tick(done, total)`` every
        ``WAIT`` seconds meanwhile: it may raise to cancel)."""
        if wait:
            self._submit(tick)
        with self._changed:
            while True:
                self._raise()
                if not wait or self._matched == self._submitted:
                    break
                if tick is not None:
                    tick(self._matched, self._submitted)
                self._changed.wait(WAIT)
            blocks, self._done = self._done, []
        found = [result for block in blocks for result in block]
        self._collected += len(found)
        return found

    def close(self) -> None:
        """Stop the thread (after the block it is matching) and wait for it."""
        thread, self._thread = self._thread, None
        self._pending = []
        if thread is None:
            return
        while thread.is_alive():
            try:
                self._todo.put(_STOP, timeout=WAIT)
                break
            except queue.Full:
                self._drain()
        thread.join()

    def _drain(self) -> None:
        try:
            while True:
                self._todo.get_nowait()
        except queue.Empty:
            pass

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _submit(self, tick: ReportProgress | None) -> None:
        block, self._pending = self._pending, []
        if not block:
            return
        self._submitted += len(block)
        if not ON_THREAD or self._vault is None:
            self._finished(self._match(self._own_raw(), block))
            return
        if self._thread is None:
            context = contextvars.copy_context()  # the import's message language
            self._thread = threading.Thread(
                target=context.run, args=(self._work,), name=THREAD_NAME, daemon=True
            )
            self._thread.start()
        while True:  # the thread is DEPTH blocks behind: wait for it, still cancellable
            with self._changed:
                self._raise()
            try:
                self._todo.put(block, timeout=WAIT)
                return
            except queue.Full:
                if tick is not None:
                    tick(self._matched, self._submitted)

    def _match(self, raw: Any, block: list[LinkRecord]) -> list[list[Candidate]]:
        started = time.thread_time()
        try:
            return match_records(raw, block, limit=self._limit, skip=self._skip)
        finally:
            self.cpu += time.thread_time() - started

    def _finished(self, found: list[list[Candidate]]) -> None:
        with self._changed:
            self._done.append(found)
            self._matched += len(found)
            self._changed.notify_all()

    def _work(self) -> None:
        assert self._vault is not None
        try:
            with self._vault.read_session() as session:
                raw = raw_connection(session)
                (cache,) = raw.execute("PRAGMA cache_size").fetchone()
                raw.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
                try:
                    while (block := self._todo.get()) is not _STOP:
                        self._finished(self._match(raw, block))
                        heap.give_back()  # the block's maps and lists, freed just now
                finally:
                    raw.execute(f"PRAGMA cache_size = {int(cache)}")
                    raw.execute("PRAGMA shrink_memory")
        except BaseException as exc:  # noqa: BLE001 — raised on the import's thread
            with self._changed:
                self._error = exc
                self._changed.notify_all()
            self._drain()  # the import may be waiting to hand over a block
