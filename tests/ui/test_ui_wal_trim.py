"""After the import window's long write the vault's WAL file is cut back in the background
(``ui.wal_trim``, issue #17): it stayed as large as the imported attachment until the
vault was closed (~1.1 GB after a 1 GiB bundle)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from migdesk.ui.main_window import MainWindow
from migdesk.vault import Vault, wal_trim
from tests.exchange.conftest import am, kz, world  # noqa: F401 — fixtures
from tests.exchange.exchange_world import Station, bundle_with_attachment

MIB = 1024 * 1024


def _wal_bytes(vault: Vault) -> int:
    wal = vault.path.with_name(vault.path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_the_wal_is_cut_back_after_an_import_with_a_big_attachment(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am_vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(wal_trim, "TRIM_FROM", MIB)  # the test's attachment is 6 MiB, not 1 GiB
    stick = tmp_path / "stick"
    stick.mkdir()
    path = bundle_with_attachment(kz, stick, 6)
    window = MainWindow(am_vault)
    qtbot.addWidget(window)
    window.show()
    dialog = window.exchange.open_import(path)
    preview_op = dialog.run_preview()
    assert preview_op is not None
    qtbot.waitUntil(lambda: preview_op.finished, timeout=60_000)
    assert _wal_bytes(am_vault) >= 6 * MIB  # the staged attachment went through it
    op = dialog.run_import()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=60_000)
    assert dialog.outcome is not None and dialog.outcome.status == "imported"
    # Once the upkeep ran (a background job) the WAL holds only what was written since
    # (the window's own small writes).
    qtbot.waitUntil(lambda: _wal_bytes(am_vault) < MIB, timeout=60_000)
    trimmer = window.exchange.wal_trim
    qtbot.waitUntil(lambda: trimmer.op is None, timeout=60_000)
    assert trimmer.last is not None and trimmer.last.trimmed
    assert trimmer.last.before >= 6 * MIB and _wal_bytes(am_vault) < MIB
    stored = am_vault.raw_execute("SELECT sum(size) FROM attachment_blobs WHERE staged IS NULL")
    assert stored[0][0] >= 6 * MIB  # the import itself is untouched
