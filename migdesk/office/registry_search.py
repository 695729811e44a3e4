"""The registry's reads for the screens: searching keys in a worker, fetching one page of rows.

Every call takes its own connection from the vault's pool, so the worker thread and the
GUI thread never share one.
"""

from __future__ import annotations

import contextlib
import json
from array import array
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection

from migdesk.persons import search
from migdesk.persons.search import RegistryRow, SearchFilters
from migdesk.persons.search_index import dbapi_connection
from migdesk.persons.service import PersonService
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

# Every match is listed (the count label tells how many); keys are 8 bytes each.
RESULT_LIMIT: int | None = None
_PROGRESS_STEPS = 2000  # SQLite VM instructions between cancel checks
# JSON decoded in one call at most (~60,000 keys, a few ms): ``json.loads`` holds the GIL
# until it returns, and the million keys' array in one call froze the window for 100–300 ms
# at start (#17: the GUI thread blocked, the stall probe's watchdog as late as the gap).
DECODE_CHARS = 1 << 19


@contextlib.contextmanager
def interruptible(conn: Connection, cancelled: Callable[[], bool]) -> Iterator[None]:
    """Abort the running statement as soon as ``cancelled()`` turns true."""
    raw: Any = conn.connection.dbapi_connection
    raw.set_progress_handler(lambda: 1 if cancelled() else 0, _PROGRESS_STEPS)
    try:
        yield
    finally:
        raw.set_progress_handler(None, 0)


def search_keys(
    service: PersonService, query: str, filters: SearchFilters, cancelled: Callable[[], bool]
) -> array[int]:
    """Matching keys, in registry order (read only: the caller audits the search)."""
    vault = service.vault
    require(vault.current_roles(), Permission.PERSON_READ)
    sql, params = search.search_statement(query, RESULT_LIMIT, filters)
    with vault.engine.connect() as conn, interruptible(conn, cancelled):
        return key_array(conn, sql, params)


def key_array(conn: Connection, sql: str, params: dict[str, Any]) -> array[int]:
    """The keys a ``search_statement`` selects, in its order, read as one JSON array that
    SQLite builds: the registry's million keys cost ~40 % less CPU than a million rows
    through the driver (#17: the first fill at start). The statement runs as a co-routine
    of the aggregate, so its rows reach the array in its ``ORDER BY``."""
    raw = dbapi_connection(conn)
    (keys,) = raw.execute(f"SELECT json_group_array(pk) FROM ({sql})", params).fetchone()
    return decode_keys(keys)


def decode_keys(text: str) -> array[int]:
    """SQLite's «[1,2,…]» of integer keys, decoded a slice of :data:`DECODE_CHARS` at a time
    so that another thread (the GUI's) gets the GIL in between."""
    keys: array[int] = array("q")
    end = len(text) - 1  # the closing «]»
    start = 1
    while start < end:
        stop = text.find(",", min(start + DECODE_CHARS, end))
        if stop < 0:
            stop = end
        keys.fromlist(json.loads(f"[{text[start:stop]}]"))
        start = stop + 1
    return keys


def fetch_rows(vault: Vault, pks: list[int]) -> list[RegistryRow]:
    with vault.engine.connect() as conn:
        return search.fetch_rows(conn, pks)


def person_ids(vault: Vault, pks: list[int]) -> dict[int, str]:
    """pk → person id, by the primary key alone (a few pages; a results page is ~50 ms cold
    at a million persons)."""
    if not pks:
        return {}
    marks = ", ".join("?" * len(pks))
    with vault.engine.connect() as conn:
        raw = dbapi_connection(conn)
        return dict(raw.execute(f"SELECT pk, id FROM persons WHERE pk IN ({marks})", pks))
