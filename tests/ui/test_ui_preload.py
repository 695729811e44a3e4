"""The document modules (QtPdf, reportlab, pyHanko) load on a helper thread, once."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import gc
import sys
from migdesk.ui import preload
heavy = ("PySide6.QtPdf", "reportlab", "pyhanko", "migdesk.ui.documents.document_dialog")
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
