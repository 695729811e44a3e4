"""Bulk insertion of many person records (demo data, benchmarks, large imports).

Each batch is one transaction: a crash or a kill leaves every batch either wholly in the
vault or wholly absent. What goes in is what ``PersonService.add`` stores for the same record:
the same row values, the same history snapshot byte for byte, the same search index text
(``tests/persons/test_bulk.py`` compares the two paths).

How it is fast (figures in ``benchmarks/``):

* Rows are built as tuples straight from the normalised data, and the snapshot JSON from
  the same data, without transient ORM objects. The reference mapping (``apply_to_model`` and
  ``model_to_json`` of ``migdesk.persons.codec`` on transient ORM objects) still serves the
  records with rare sub-records (liabilities, registrations, permits, acts, restrictions,
  media, retention date), and it is the spot check: the first record of every batch goes
  through both ways, and should they ever disagree (the codec changed, this module did not
  follow) the rest of the run uses the reference mapping and a ``RuntimeWarning`` says so.
* Transliterations and folds of names are cached: names repeat a lot.
* Records are validated and turned into rows in a helper thread while the previous batch is
  written. Each table of a batch goes in as one ``INSERT … SELECT … FROM json_each(?)``: one
  parameter, so SQLite does all the work of a table in one step with the GIL released and
  the helper thread keeps running (``executemany`` takes the GIL back for every row and
  would stall both). Values that JSON does not carry as they are (blobs; anything but text,
  integers and NULL) go in through ``executemany``.
* The writing connection gets a larger page cache for the run (its size is restored
  afterwards), so index pages with random keys are not decrypted again and again.

Durability is untouched: WAL with ``synchronous = FULL`` (SQLite's default), so every
committed batch is on disk before the next one starts.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import queue
import threading
from collections.abc import Generator, Iterable, Iterator, Sized
from datetime import UTC, datetime
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import Connection, DateTime
from sqlalchemy.orm import Session

from migdesk.persons import link_fields, registry_order, search_index
from migdesk.persons.bulk_layout import (
    CHANGED_FIELDS,
    CHILD_JSON_SQL,
    CHILD_VALUES_SQL,
    FTS_JSON_SQL,
    FTS_VALUES_SQL,
    KEYS_JSON_SQL,
    PERSONS_JSON_SQL,
    PERSONS_VALUES_SQL,
    REVISIONS_JSON_SQL,
    REVISIONS_VALUES_SQL,
)
from migdesk.persons.bulk_rows import Prepared, Preparer, RecordRows, TableRows, assemble
from migdesk.progress import CancelCheck, Cancelled, ReportProgress
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault
from migdesk.vault.engine import WRITE_OPTION

# Page cache of the writing connection during a bulk run, KiB (SQLite's default: 8 MiB). At
# a million persons the indexes with random keys (ids, personal and document numbers, dates)
# outgrow the default and every insert would read and decrypt their pages anew.
BULK_CACHE_KIB = 256 * 1024


class BulkCancelled(Cancelled):
    """Raised between batches when the caller asked to stop; earlier batches stay."""


def _batches(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


# A bundle import holds its batches' linkage keys back in a temporary table and writes them
# together in key order (``write_held_keys``): neighbouring keys share a leaf of the (key,
# person) index, which is then read, split and written once, not once per batch. The same
# 147,456 rows of 20,000 persons took 4.0 s of CPU into the 1M vault in key order against
# 5.1 s in the order of 40 batches of 500 (raw executemany, back to back).
_HOLD_TABLE_SQL = (
    "CREATE TEMP TABLE IF NOT EXISTS import_held_keys "
    "(person_pk INTEGER NOT NULL, key INTEGER NOT NULL, pos INTEGER)"
)
# The position each key carries is its person's compact row's (as ``KEYS_JSON_SQL``), looked
# up as the batch is held, while its compact rows, just written, are in the page cache: at
# the end, 147,456 lookups in the 1M vault's ``person_pk`` index cost more.
_HOLD_KEYS_SQL = (
    "INSERT INTO temp.import_held_keys(person_pk, key, pos) "
    "SELECT ?1 + (value ->> 0), value ->> 1, "
    "(SELECT f.pos FROM person_link_fields f WHERE f.person_pk = ?1 + (value ->> 0)) "
    "FROM json_each(?2)"
)
# Written in ranges of about ``HELD_KEYS_PER_STATEMENT`` keys, one statement each: a
# statement that may fail half-way (a foreign key) inside a transaction keeps the original
# of every page it changes in SQLite's statement journal until it ends, in memory
# (temp_store = MEMORY), and the held keys of 20,000 persons land on nearly every leaf of the
# 1M vault's key index — one statement for all of them took 165 MB of RAM (issue #17).
HELD_KEYS_PER_STATEMENT = 16_384
_HELD_KEYS_ORDER_SQL = (
    "CREATE INDEX IF NOT EXISTS temp.import_held_keys_order "
    "ON import_held_keys(key, person_pk, pos)"
)
_HELD_KEY_BOUNDS_SQL = (
    "SELECT key FROM (SELECT key, row_number() OVER (ORDER BY key) AS n "
    "FROM temp.import_held_keys) WHERE n % ?1 = 0"
)
_WRITE_HELD_SQL = (
    "INSERT INTO person_match_keys(person_pk, key, pos) SELECT h.person_pk, h.key, h.pos "
    "FROM temp.import_held_keys h WHERE (?1 IS NULL OR h.key > ?1) "
    "AND (?2 IS NULL OR h.key <= ?2) ORDER BY h.key, h.person_pk"
)
# Their registry positions and search-index rows wait too: placed together, the new persons
# are looked up in the ``sort_key`` index in one ascending walk (not one walk per batch over
# the whole index), and their index rows go in by ascending rowid in one statement (FTS5
# flushes a segment whenever a rowid goes down).
_HOLD_TERMS_TABLE_SQL = (
    "CREATE TEMP TABLE IF NOT EXISTS import_held_terms "
    "(pk INTEGER PRIMARY KEY, sort_key TEXT, terms TEXT NOT NULL)"
)
_HOLD_TERMS_SQL = (
    "INSERT INTO temp.import_held_terms(pk, sort_key, terms) SELECT p.pk, p.sort_key, "
    "t.value ->> 1 FROM json_each(?2) t CROSS JOIN persons p ON p.pk = ?1 + (t.value ->> 0)"
)
_WRITE_HELD_TERMS_SQL = (
    "INSERT INTO person_fts(rowid, terms) SELECT o.pos, h.terms FROM temp.import_held_terms h "
    "CROSS JOIN person_fts_order o ON o.pk = h.pk ORDER BY o.pos"
)


def _index(conn: Connection, cursor: Any, base: int, terms: TableRows, hold: bool) -> None:
    """The batch's registry positions and search-index rows, or (``hold``) what they need
    put aside for ``write_held_keys``."""
    if hold:
        cursor.execute(_HOLD_TERMS_TABLE_SQL)
        text = terms.text if terms.text is not None else json.dumps(terms.rows)
        cursor.execute(_HOLD_TERMS_SQL, (base, text))
        return
    new = cursor.execute("SELECT pk, sort_key FROM persons WHERE pk >= ?", (base,))
    positions = registry_order.place(
        cursor, new.fetchall(), lambda pks: search_index.stored_terms(conn, pks)
    )
    if terms.text is not None:
        cursor.execute(FTS_JSON_SQL, (base, terms.text))
    else:
        # Ascending rowids: FTS5 flushes its pending segment whenever a rowid goes down.
        rows = sorted((positions[base + o], t) for o, t in terms.rows)
        cursor.executemany(FTS_VALUES_SQL, rows)


def _write(conn: Connection, prepared: Prepared, user: str, hold_keys: bool = False) -> int:
    """Insert a prepared batch inside the caller's transaction on ``conn``; ``hold_keys``:
    its linkage keys, registry positions and search-index rows wait for
    ``write_held_keys``."""
    if not prepared.count:
        return 0
    dialect = conn.dialect
    stamp = datetime.now(UTC).replace(tzinfo=None)
    to_param = dialect.type_descriptor(DateTime()).bind_processor(dialect)
    now = stamp if to_param is None else to_param(stamp)
    base = int(conn.exec_driver_sql("SELECT coalesce(max(pk), 0) + 1 FROM persons").scalar_one())
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        persons = prepared.persons
        if persons.text is not None:
            cursor.execute(PERSONS_JSON_SQL, (base, persons.text, now, user))
        else:
            meta = (now, user, now, user)
            cursor.executemany(
                PERSONS_VALUES_SQL, [(base + r[0], *r[1:], *meta) for r in persons.rows]
            )
        for name, table in prepared.children.items():
            if table.text is not None:
                cursor.execute(CHILD_JSON_SQL[name], (base, table.text))
            else:
                cursor.executemany(
                    CHILD_VALUES_SQL[name], [(base + r[0], *r[1:]) for r in table.rows]
                )
        revisions = prepared.revisions
        if revisions.text is not None:
            cursor.execute(REVISIONS_JSON_SQL, (base, revisions.text, now, user, CHANGED_FIELDS))
        else:
            cursor.executemany(
                REVISIONS_VALUES_SQL,
                [(i, 1, "create", now, user, s, CHANGED_FIELDS) for _, i, s in revisions.rows],
            )
        _index(conn, cursor, base, prepared.terms, hold_keys)
        link_fields.refresh_from(cursor, base)
        # Keys are integers only: their JSON text is always there. After the compact rows,
        # whose positions they carry.
        keys = prepared.match_keys.text or "[]"
        if hold_keys:
            cursor.execute(_HOLD_TABLE_SQL)
            cursor.execute(_HOLD_KEYS_SQL, (base, keys))
        else:
            cursor.execute(KEYS_JSON_SQL, (base, keys))
    finally:
        cursor.close()
    return prepared.count


def insert_batch(
    conn: Connection,
    batch: list[dict[str, Any]],
    user: str,
    *,
    validate: bool = True,
    checked: bool = False,
    hold_keys: bool = False,
    rows: list[RecordRows] | None = None,
) -> int:
    """Insert ``batch`` inside the caller's transaction on ``conn``; returns how many.
    ``checked``: the records are ``codec.check_person`` data already (a bundle import).
    ``hold_keys``: the linkage keys, registry positions and search-index rows wait for
    ``write_held_keys`` in the same transaction (until then matching and search do not find
    these persons). ``rows``: the batch's rows built
    already (``Preparer.record``, on a bundle import's reading thread), in its order."""
    if rows is not None:
        prepared = assemble(rows, sort_keys=not hold_keys)
    else:
        prepared = Preparer(conn.dialect, validate=validate, checked=checked).prepare(batch)
    return _write(conn, prepared, user, hold_keys)


def _move_index_rows(conn: Connection, cursor: Any, moved: dict[int, int]) -> None:
    """The index rows of persons the placing moved (``registry_order.place``, pk → where
    the row is): all deleted in one ascending pass, then written again at the new positions
    with the held persons' rows (``_WRITE_HELD_TERMS_SQL``, one ascending pass)."""
    if not moved:
        return
    terms = search_index.stored_terms(conn, list(moved))
    cursor.executemany(
        "DELETE FROM person_fts WHERE rowid = ?", [(pos,) for pos in sorted(moved.values())]
    )
    cursor.executemany(
        "INSERT INTO temp.import_held_terms(pk, sort_key, terms) VALUES (?, NULL, ?)",
        [(pk, terms[pk]) for pk in moved],
    )


def write_held_keys(conn: Connection) -> int:
    """Write the linkage keys ``insert_batch(hold_keys=True)`` held back, in key order, and
    the held persons' registry positions and search-index rows, in the caller's transaction;
    returns how many keys."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        terms = cursor.execute(
            "SELECT 1 FROM temp.sqlite_master WHERE name = 'import_held_terms'"
        ).fetchone()
        if terms is not None:
            held = cursor.execute("SELECT pk, sort_key FROM temp.import_held_terms").fetchall()
            moved: dict[int, int] = {}
            registry_order.place(
                cursor, held, lambda pks: search_index.stored_terms(conn, pks), moved
            )
            _move_index_rows(conn, cursor, moved)
            cursor.execute(_WRITE_HELD_TERMS_SQL)
            cursor.execute("DROP TABLE temp.import_held_terms")
        held = cursor.execute(
            "SELECT 1 FROM temp.sqlite_master WHERE name = 'import_held_keys'"
        ).fetchone()
        if held is None:
            return 0
        cursor.execute(_HELD_KEYS_ORDER_SQL)
        bounds = cursor.execute(_HELD_KEY_BOUNDS_SQL, (HELD_KEYS_PER_STATEMENT,)).fetchall()
        count, low = 0, None
        for high in [*(row[0] for row in bounds), None]:  # key ranges (low, high]
            count += int(cursor.execute(_WRITE_HELD_SQL, (low, high)).rowcount)
            low = high
        cursor.execute("DROP TABLE temp.import_held_keys")
    finally:
        cursor.close()
    return count


# --- the run -------------------------------------------------------------------------------

_END = object()
T = TypeVar("T")


def ahead(
    items: Iterator[T], depth: int = 1, name: str = "migdesk-bulk-prepare"
) -> Generator[T, None, None]:
    """``items``, produced by a helper thread up to ``depth`` items ahead of the consumer (in
    the caller's context: its message language). An exception there is raised here when its
    turn comes; closing this generator stops the thread."""
    slot: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: Any) -> bool:
        while not stop.is_set():
            with contextlib.suppress(queue.Full):
                slot.put(item, timeout=0.1)
                return True
        return False

    def work() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(_END)
        except BaseException as exc:  # noqa: BLE001 — handed over, raised in the consumer
            put(exc)
        finally:
            close = getattr(items, "close", None)
            if close is not None:  # a generator's own clean-up runs in its own thread
                close()

    context = contextvars.copy_context()
    worker = threading.Thread(target=context.run, args=(work,), name=name, daemon=True)
    worker.start()
    try:
        while (item := slot.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


@contextlib.contextmanager
def _bulk_cache(conn: Connection) -> Iterator[None]:
    """A larger page cache on ``conn`` for the run, then its previous size again."""
    raw = conn.connection.driver_connection
    assert raw is not None
    previous = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            raw.execute(f"PRAGMA cache_size = {previous}")


def bulk_add(
    vault: Vault,
    records: Iterable[dict[str, Any]],
    *,
    batch_size: int = 5000,
    validate: bool = True,
    progress: ReportProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Insert ``records`` in transactions of ``batch_size``; returns how many went in.
    ``progress(done, total)`` after every batch (``total`` -1 when ``records`` has no
    length); ``cancelled()`` is asked before every batch and stops with ``BulkCancelled``.

    Records are read and prepared up to one batch ahead of the batch being written; when the
    run stops early (cancelled, an error) that batch is dropped, never half-written."""
    require(vault.current_roles(), Permission.PERSON_WRITE)
    preparer = Preparer(vault.engine.dialect, validate=validate)
    prepared = ahead(preparer.prepare(batch) for batch in _batches(records, batch_size))
    total = len(records) if isinstance(records, Sized) else -1
    done = 0
    with vault.engine.connect() as conn, _bulk_cache(conn), contextlib.closing(prepared):
        conn.execution_options(**{WRITE_OPTION: True})  # BEGIN IMMEDIATE: wait, don't fail
        for batch in prepared:
            if cancelled is not None and cancelled():
                raise BulkCancelled(done)
            with conn.begin():
                written = _write(conn, batch, vault.user)
                # One audit entry per batch, in the batch's own transaction.
                with Session(bind=conn) as session:
                    audit.append(
                        session, vault.user, "person.bulk_create", details={"count": written}
                    )
                done += written
            if progress is not None:
                progress(done, total)
    return done
