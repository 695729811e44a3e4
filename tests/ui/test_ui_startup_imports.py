"""Cold start (issue 3: main window ≤ 1.5 s) depends on what the main window imports: the
PDF stack (reportlab, pyHanko, QtPdf) loads when a document is first opened, not at start."""

from __future__ import annotations

import os
import subprocess
import sys

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
