"""The WAL file a long write grew is cut back to nothing afterwards (``vault.wal_trim``,
issue #17), never waiting on a reader or a writer: busy means "later"."""

from __future__ import annotations

import threading
from typing import Any

import sqlcipher3
from sqlalchemy import text

from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect
from migdesk.vault.wal_trim import trim_wal, wal_size

MIB = 1024 * 1024


def _long_write(vault: Vault, mib: int = 8) -> None:
    # One transaction of ``mib`` MiB: the WAL file grows to hold it and stays that size.
    with vault.session() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS scratch (b BLOB)"))
        session.execute(text(f"INSERT INTO scratch VALUES (randomblob({mib * MIB}))"))
        session.commit()


def test_a_long_write_leaves_a_large_wal_and_the_trim_empties_it(vault: Vault) -> None:
    _long_write(vault)
    assert wal_size(vault) >= 8 * MIB  # what stayed until the vault was closed
    trim = trim_wal(vault, trim_from=MIB)
    assert trim.trimmed and trim.tries == 1 and trim.before >= 8 * MIB
    assert trim.after == 0 and wal_size(vault) == 0
    assert vault.raw_execute("SELECT length(b) FROM scratch") == [(8 * MIB,)]
    _long_write(vault, 1)  # the vault goes on as ever
    assert vault.raw_execute("SELECT count(*) FROM scratch") == [(2,)]


def _open_reader(vault: Vault) -> Any:
    """A reader whose snapshot is older than the last commit: the WAL can be neither
    copied past it nor started over until it ends."""
    reader = raw_connect(vault.path, vault.data_key)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM scratch").fetchall()
    _long_write(vault, 1)
    return reader


def test_a_small_wal_is_left_alone(vault: Vault) -> None:
    _long_write(vault, 1)
    trim = trim_wal(vault, trim_from=64 * MIB)
    assert trim.tries == 0 and not trim.trimmed and trim.after == trim.before > 0


def test_a_reader_on_the_wal_makes_it_wait_without_holding_anyone(vault: Vault) -> None:
    _long_write(vault)
    reader = _open_reader(vault)
    try:
        trim = trim_wal(vault, trim_from=MIB, max_seconds=0)  # one try
        assert not trim.trimmed and trim.tries == 1 and wal_size(vault) >= 8 * MIB
        # Nothing is held after a busy try: a writer that will not wait gets the lock.
        writer = raw_connect(vault.path, vault.data_key)
        writer.execute("PRAGMA busy_timeout = 0")
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO scratch VALUES (x'00')")
        writer.execute("COMMIT")
        writer.close()
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert trim_wal(vault, trim_from=MIB).trimmed and wal_size(vault) == 0


def test_it_tries_again_once_the_reader_has_gone(vault: Vault) -> None:
    _long_write(vault)
    reader = _open_reader(vault)

    def reader_leaves() -> bool:
        # Asked only while waiting after a busy try: the reader leaves then.
        if reader.in_transaction:
            reader.execute("COMMIT")
        return False

    trim = trim_wal(vault, trim_from=MIB, max_seconds=60, cancelled=reader_leaves)
    reader.close()
    assert trim.trimmed and trim.tries == 2 and wal_size(vault) == 0


def test_a_cancel_stops_the_tries(vault: Vault) -> None:
    _long_write(vault)
    reader = _open_reader(vault)
    try:
        trim = trim_wal(vault, trim_from=MIB, max_seconds=60, cancelled=lambda: True)
        assert not trim.trimmed and trim.tries == 1 and wal_size(vault) >= 8 * MIB
    finally:
        reader.execute("COMMIT")
        reader.close()


def test_closing_a_vault_never_holds_the_write_lock_while_another_process_reads(
    vault: Vault,
) -> None:
    """Every CLI command closes its vault with a checkpoint. While a GUI holding the same
    vault was reading, that checkpoint took the write lock and waited busy_timeout (5 s) for
    the reader: the command paid 5 s on its way out and the GUI's saves waited behind it."""
    from tests.conftest import ADMIN, PASSWORD

    _long_write(vault)
    reader = _open_reader(vault)  # the GUI, mid-read
    command = Vault.open(vault.path, ADMIN, PASSWORD)  # the CLI's own
    command.raw_execute("SELECT count(*) FROM scratch")
    writer = raw_connect(vault.path, vault.data_key)  # the GUI's save: waits up to 1 s
    writer.execute("PRAGMA busy_timeout = 1000")
    closing = threading.Thread(target=command.close)
    refused = 0
    try:
        closing.start()
        while closing.is_alive():
            try:
                writer.execute("BEGIN IMMEDIATE")
                writer.execute("INSERT INTO scratch VALUES (x'00')")
                writer.execute("COMMIT")
            except sqlcipher3.OperationalError:  # "database is locked" after 1 s
                refused += 1
        closing.join()
        assert reader.in_transaction  # the close did not wait for the reader either
    finally:
        reader.execute("COMMIT")
        reader.close()
        writer.close()
    assert refused == 0
