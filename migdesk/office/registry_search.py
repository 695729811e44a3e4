"""The registry's reads for the screens: searching keys in a worker, fetching one page of rows.

Every call takes its own connection from the vault's pool, so the worker thread and the
GUI thread never share one.
"""

from __future__ import annotations

import contextlib
from array import array
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection

from migdesk.persons import search
from migdesk.persons.search import RegistryRow, SearchFilters
from migdesk.persons.service import PersonService
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

# Every match is listed (the count label tells how many); keys are 8 bytes each.
RESULT_LIMIT: int | None = None
_PROGRESS_STEPS = 2000  # SQLite VM instructions between cancel checks


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
    with vault.engine.connect() as conn, interruptible(conn, cancelled):
        pks = search.search_pks(conn, query, limit=RESULT_LIMIT, filters=filters)
    return array("q", pks)


def fetch_rows(vault: Vault, pks: list[int]) -> list[RegistryRow]:
    with vault.engine.connect() as conn:
        return search.fetch_rows(conn, pks)
