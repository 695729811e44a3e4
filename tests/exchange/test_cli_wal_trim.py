"""``bundle import`` in the CLI cuts back the WAL file the import grew before it ends, and
says so in its JSON (``wal_trim``, #17): one try that never waits, so while another process
(a GUI holding the same vault) reads, the WAL is left and the import still stands."""

from __future__ import annotations

from pathlib import Path

from migdesk.vault.wal_trim import wal_size
from tests.exchange.exchange_world import Station, bundle_with_attachment

MIB = 1024 * 1024


def test_a_cli_import_leaves_no_large_wal_beside_a_gui_holding_the_vault(
    kz: Station, am: Station, stick: Path
) -> None:
    path = bundle_with_attachment(kz, stick, 8)
    with am.open() as gui:  # another process's connection, as an open main window keeps
        loaded = am.cli()("bundle", "import", str(path), "--json")
        assert loaded.code == 0, loaded.stderr
        assert loaded.json()["status"] == "imported"
        assert wal_size(gui) < MIB  # beside a GUI holding the vault open
        trim = loaded.json()["wal_trim"]
        assert trim["trimmed"] and trim["bytes_before"] >= 8 * MIB
        stored = gui.raw_execute("SELECT sum(size) FROM attachment_blobs WHERE staged IS NULL")
        assert stored[0][0] >= 8 * MIB  # the import itself is untouched


def test_a_busy_vault_leaves_the_wal_and_the_import_stands(
    kz: Station, am: Station, stick: Path
) -> None:
    path = bundle_with_attachment(kz, stick, 8)
    with am.open() as gui, gui.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("BEGIN")  # a reader whose snapshot predates the import: WAL not reusable
        raw.execute("SELECT count(*) FROM persons").fetchall()
        try:
            loaded = am.cli()("bundle", "import", str(path), "--json")
        finally:
            raw.execute("COMMIT")
        assert loaded.code == 0, loaded.stderr
        assert loaded.json()["status"] == "imported"
        assert loaded.json()["wal_trim"]["trimmed"] is False
        assert wal_size(gui) >= 8 * MIB
