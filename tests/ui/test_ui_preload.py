"""The document modules (QtPdf, reportlab, pyHanko) load on a helper thread, once."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot

from migdesk.ui import app, preload
from migdesk.ui.main_window import MainWindow
from migdesk.vault import Vault

PROBE = """
import gc
import sys
from migdesk.ui import preload
heavy = (
    "PySide6.QtPdf",
    "reportlab",
    "pyhanko",
    "migdesk.ui.documents.document_dialog",
    "migdesk.signing.token",  # the key dialog's token support
)
assert not [m for m in heavy if m in sys.modules], "loaded before the preload"
thread = preload.start()
assert thread is not None and preload.start() is None
thread.join()
missing = [m for m in heavy if m not in sys.modules]
assert not missing, missing
# What is loaded by then lives as long as the process: out of the collector's walks (#17).
assert gc.get_freeze_count() > 0
# The services' catalogs a language switch reads are parsed there too, not on the GUI thread.
from migdesk.ui import domain_texts
assert domain_texts._reverse.cache_info().currsize == 4, domain_texts._reverse.cache_info()
print("ok")
"""


def test_preload_imports_the_document_modules_on_a_thread() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_the_app_starts_the_preload_once_the_registry_has_filled(
    qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not at the first paint: its imports would compete with the registry's first read."""
    fills: list[int] = []
    started: list[int] = []  # how many fills had arrived when it started
    monkeypatch.setattr(preload, "start", lambda: started.append(len(fills)))
    monkeypatch.setattr(app, "PRELOAD_FALLBACK_MS", 60_000)
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.registry.search_finished.connect(fills.append)  # connected first, called first
    app.preload_after_first_fill(window)
    window.show()
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    assert started[0] == 1


def test_the_preload_loads_the_windows_opened_later() -> None:
    """What the main window no longer imports at start (``DEFERRED``) the preload loads."""
    from tests.ui.test_ui_startup_imports import DEFERRED

    # The courier's check opens from the unlock window, before any preload.
    windows = [m for m in DEFERRED if m.startswith("migdesk.ui.") and "courier" not in m]
    probe = (
        "import sys; from migdesk.ui import preload; preload.start().join(); "
        f"print([m for m in {windows!r} if m not in sys.modules])"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_the_preload_freezes_what_is_alive_before_it_imports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The collections the preload's imports set off on the GUI thread walk only what they
    make, not the whole started program (35–45 ms of GUI-thread CPU at 1M, #17)."""
    import gc
    import importlib

    from migdesk.ui import domain_texts, preload

    frozen_at_import: list[int] = []
    monkeypatch.setattr(preload, "MODULES", ("json",))
    monkeypatch.setattr(
        importlib, "import_module", lambda _name: frozen_at_import.append(gc.get_freeze_count())
    )
    monkeypatch.setattr(domain_texts, "warm", lambda: None)
    gc.unfreeze()
    try:
        preload._load()
    finally:
        gc.unfreeze()
    assert frozen_at_import and frozen_at_import[0] > 0
