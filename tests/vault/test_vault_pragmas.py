"""Every pooled connection carries the pragmas that protect data at rest."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD

EXPECTED = {"journal_mode": "wal", "temp_store": 2, "secure_delete": 1, "foreign_keys": 1}


def _pragmas(conn: Connection) -> dict[str, object]:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED}


def _every_pooled_connection(vault: Vault) -> None:
    pool = vault.engine.pool
    # All at once, so that each is a distinct DB-API connection (pool plus overflow).
    size = pool.size() + pool._max_overflow  # type: ignore[attr-defined]
    conns = [vault.engine.connect() for _ in range(size)]
    try:
        raw_ids = {id(c.connection.driver_connection) for c in conns}
        assert len(raw_ids) == size
        for conn in conns:
            assert _pragmas(conn) == EXPECTED
            version = str(conn.exec_driver_sql("PRAGMA cipher_version").scalar())
            assert version.startswith("4."), version
    finally:
        for conn in conns:
            conn.close()


def test_pragmas_on_every_connection_of_a_new_vault(vault: Vault) -> None:
    _every_pooled_connection(vault)


def test_pragmas_on_every_connection_after_reopen_and_reconnect(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    with Vault.open(vault_path, ADMIN, PASSWORD) as reopened:
        _every_pooled_connection(reopened)
        # Connections made after the pool was emptied get them too.
        reopened.engine.dispose()
        _every_pooled_connection(reopened)


def test_foreign_keys_are_enforced(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        try:
            conn.exec_driver_sql(
                "INSERT INTO person_citizenships (person_pk, position, country) "
                "VALUES (999999, 0, 'KAZ')"
            )
        except Exception as exc:  # noqa: BLE001 — the driver's IntegrityError, wrapped
            assert "FOREIGN KEY" in str(exc)
        else:
            raise AssertionError("a sub-record without its person was accepted")
