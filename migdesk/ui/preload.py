"""Loading the document modules (QtPdf, reportlab, pyHanko: about a second of imports) and
the windows the main window opens only later (the person card, exchange, consents,
administration, requests: kept out of the cold start, #17) on a helper thread once the
registry has filled, so the first «Документ…» or the first card does not freeze the window
while they load on the GUI thread.

Only modules are imported there, no widget is made: Qt objects stay on the GUI thread. If
the officer is faster than the preload, the GUI thread waits for the same import to
finish, no longer than it would have taken anyway.
"""

from __future__ import annotations

import gc
import importlib
import threading

# The person card first (the likeliest first action), then the heavy libraries the
# document actions need, then the windows of the menus.
MODULES = (
    "migdesk.ui.person_form",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "migdesk.ui.documents.document_dialog",
    "migdesk.ui.requests.sign_dialog",
    # The key dialog looks for token support (PKCS#11, pyHanko's signer): ~50 ms of imports
    # that ran on the GUI thread at the first «Подписать…» (#17: the signing phase's gap).
    "migdesk.signing.token",
    "migdesk.ui.requests.request_window",
    "migdesk.ui.exchange.export_dialog",
    "migdesk.ui.exchange.import_dialog",
    "migdesk.ui.exchange.log_window",
    "migdesk.ui.consents.consent_window",
    "migdesk.ui.duplicates_window",
    "migdesk.ui.audit_window",
    "migdesk.ui.retention_window",
    "migdesk.ui.users_dialog",
    "migdesk.ui.requests.registries_window",
    "migdesk.ui.requests.thematic_window",
    "migdesk.ui.requests.statistics_view",
    "migdesk.ui.demo_fill",
)

_started = threading.Event()


def _load() -> None:
    # What is alive already (the started program) first: the collections the imports below
    # set off on the GUI thread then walk only what they make (a full one walked the whole
    # program while the preload ran: 35–45 ms of GUI-thread CPU at 1M).
    settle_heap()
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 — the GUI thread imports it again and reports
            continue
    from migdesk.ui import domain_texts

    domain_texts.warm()
    settle_heap()


def settle_heap() -> None:
    """Move every object alive now (modules, classes, the main window) out of the garbage
    collector's reach (before the preload's imports and after them). They live as long as
    the process anyway, and with the GUI and the document libraries loaded a full collection
    walked all of them: 30–110 ms of CPU, holding the GIL, that stopped the event loop at
    random moments (#17). Frozen
    objects are still freed by their reference count; only cycles among them would stay."""
    gc.freeze()


def start() -> threading.Thread | None:
    """Start the preload once per process; returns the thread when it was started now."""
    if _started.is_set():
        return None
    _started.set()
    # Not a daemon: an exit during the preload waits for it instead of cutting an import.
    thread = threading.Thread(target=_load, name="migdesk-preload", daemon=False)
    thread.start()
    return thread
