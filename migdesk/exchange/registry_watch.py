"""Whether anything was committed to the vault between an import's preview and its apply
(issue #17), so that the apply may take the preview's matches instead of matching again.

The import window previews a bundle (``stage_import``: every new person matched against the
registry, ~6 s of CPU for 20,000 persons at 1M) and then applies it (``apply_staged``),
which matched all of them again: the vault may have changed meanwhile. SQLite says whether
it did: ``PRAGMA data_version`` on one connection changes whenever another connection has
committed since it was last read. A connection of the pool is kept aside for that (it runs
nothing else, so no commit is its own); read before the preview's read transaction began
and again inside the apply's transaction, an unchanged value means the apply sees the vault
exactly as the preview did (and, the apply holding the write lock, nothing commits
meanwhile): the same records give the same matches. Any commit in between (a search's audit
entry, a save, an upkeep step, another process) and the apply matches again, as before.
"""

from __future__ import annotations

from typing import Any

from migdesk.vault import Vault


class Watch:
    """Made before the preview's read transaction, asked ``unchanged`` inside the apply's
    transaction, ``close``d in every case (it gives its connection back to the pool)."""

    def __init__(self, vault: Vault) -> None:
        self._conn: Any | None = vault.engine.raw_connection()
        self._version = self._read()

    def _read(self) -> int | None:
        if self._conn is None:
            return None
        cursor = self._conn.cursor()
        try:
            return int(cursor.execute("PRAGMA data_version").fetchone()[0])
        finally:
            cursor.close()

    def unchanged(self) -> bool:
        """Nothing committed by any other connection since this watch was made."""
        return self._conn is not None and self._read() == self._version

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
