"""Cold start (issue 3: main window ≤ 1.5 s) depends on what the main window imports: the
PDF stack (reportlab, pyHanko, QtPdf) loads when a document is first opened, not at start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD

HEAVY = ("reportlab", "pyhanko", "PySide6.QtPdf", "PySide6.QtPdfWidgets")


def test_main_window_does_not_import_the_pdf_stack() -> None:
    probe = (
        "import sys, migdesk.ui.app, migdesk.ui.main_window; "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


# Windows and dialogs opened only later load when first opened (#17: cold start), and with
# them the exchange, bundle, PKI, X.509 and matching modules. ``migdesk.ui.preload`` loads them on a
# helper thread after the first paint.
DEFERRED = (
    "migdesk.ui.person_form",
    "migdesk.ui.duplicates_window",
    "migdesk.ui.demo_fill",
    "migdesk.ui.exchange.export_dialog",
    "migdesk.ui.exchange.import_dialog",
    "migdesk.ui.exchange.log_window",
    "migdesk.ui.exchange.courier_dialog",
    "migdesk.ui.consents.consent_window",
    "migdesk.ui.audit_window",
    "migdesk.ui.retention_window",
    "migdesk.ui.users_dialog",
    "migdesk.ui.user_edit_dialogs",
    "migdesk.ui.requests.request_window",
    "migdesk.ui.requests.registries_window",
    "migdesk.ui.requests.thematic_window",
    "migdesk.ui.requests.statistics_view",
    "migdesk.exchange",
    "migdesk.bundles",
    "migdesk.persons.bulk",
    "rapidfuzz",
    "cryptography.x509",
)

DEFERRED_PROBE = """
import sys
from pathlib import Path
from migdesk.ui import app, tasks
from migdesk.ui.main_window import MainWindow
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault
from PySide6.QtWidgets import QApplication

deferred = {deferred!r}
def loaded():
    return [m for m in deferred if m in sys.modules]

assert not loaded(), ("imported at start", loaded())
qapp = QApplication([])
vault = Vault.open(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
window = MainWindow(vault)
window.show()
unlock = UnlockDialog(vault.path)
assert not loaded(), ("loaded by the windows at start", loaded())
opened = [
    window.new_person(),
    window.open_duplicates(),
    window.exchange.open_export(),
    window.exchange.open_import(),
    window.exchange.open_log(),
    window.consents.open_window(),
    window.admin.open_users(),
    window.admin.open_audit(),
    window.admin.open_retention(),
    window.admin.change_own_password(),
    window.requests.open_registries(),
    window.requests.open_thematic(),
    window.requests.open_statistics(),
    window.requests.new_request(),
    unlock.open_courier(),
]
window.start_demo_fill(1)
assert all(w.isVisible() for w in opened), [type(w).__name__ for w in opened if not w.isVisible()]
missing = [m for m in deferred if m not in sys.modules]
assert not missing, ("still not loaded after opening every window", missing)
tasks.wait_for_all()
vault.close()
print("ok")
"""


def test_windows_opened_later_load_when_first_opened(tmp_path: Path, vault: Vault) -> None:
    vault.close()
    probe = DEFERRED_PROBE.format(deferred=DEFERRED)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(vault.path), ADMIN, PASSWORD],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "ok", done.stdout
