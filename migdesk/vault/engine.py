"""SQLCipher connections through SQLAlchemy, with the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

# SQLCipher must see the key before anything else on a connection; the rest protects data at
# rest: WAL (FTS5 triggers on a keyed rollback-journal DB failed HMAC checks at ~100k rows),
# temp B-trees in RAM instead of clear temp files, freed pages overwritten.
SESSION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
)


WRITE_OPTION = "migdesk_write"


def key_pragma(data_key: bytes) -> str:
    # Raw 256-bit key in SQLCipher's x'…' form: no passphrase KDF on every open.
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def raw_connect(path: Path, data_key: bytes) -> Any:
    """A keyed ``sqlcipher3`` connection, nothing else set (used for checks and baselines)."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    # SQLCipher logs decryption failures (wrong key, not a vault) to stderr in English; the
    # caller turns them into a Russian message, so the library stays quiet.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(data_key))
    return conn


def make_engine(path: Path, data_key: bytes) -> Engine:
    def creator() -> Any:
        conn = raw_connect(path, data_key)
        for pragma in SESSION_PRAGMAS:
            conn.execute(pragma)
        return conn

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        poolclass=QueuePool,
        # Error messages must not carry row values: they may hold personal data.
        hide_parameters=True,
        pool_size=4,
        max_overflow=4,
    )

    # Let SQLAlchemy own transactions (BEGIN on first statement) instead of the driver.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Write units take the write lock up front: a deferred BEGIN that reads first and
        # writes later fails at once with "database is locked" if another connection
        # committed in between, instead of waiting for busy_timeout.
        write = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
