"""Loading the document modules (QtPdf, reportlab, pyHanko: about a second of imports) on a
helper thread once the main window shows, so the first «Документ…» does not freeze the
window while they load on the GUI thread.

Only modules are imported there, no widget is made: Qt objects stay on the GUI thread. If
the officer is faster than the preload, the GUI thread waits for the same import to
finish, no longer than it would have taken anyway.
"""

from __future__ import annotations

import importlib
import threading

# Each pulls in one of the heavy libraries the document actions need.
MODULES = (
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "migdesk.ui.documents.document_dialog",
    "migdesk.ui.requests.sign_dialog",
)

_started = threading.Event()


def _load() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 — the GUI thread imports it again and reports
            continue


def start() -> threading.Thread | None:
    """Start the preload once per process; returns the thread when it was started now."""
    if _started.is_set():
        return None
    _started.set()
    # Not a daemon: an exit during the preload waits for it instead of cutting an import.
    thread = threading.Thread(target=_load, name="migdesk-preload", daemon=False)
    thread.start()
    return thread
