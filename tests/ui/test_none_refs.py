"""PySide6 6.12.0 on Python 3.11 takes a reference from ``None`` on every Qt call without a
result; the screens must not abort when that count would reach zero («none_dealloc», the
audit window's crash under scripts/grab_windows.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from migdesk.ui import none_refs

ROOT = Path(__file__).resolve().parents[2]

# Far more Qt calls than None has references (~4,500 in a bare process; importing the
# screens' package adds a few dozen): without the spare ones the process dies.
OUTLIVE = """
import sys
held = sys.getrefcount(None)
import migdesk.ui  # what every window imports first
from PySide6.QtCore import QObject
probe = QObject()
for _ in range(20 * held):
    probe.setObjectName("")
print("alive")
"""


def test_more_qt_calls_than_none_has_references_do_not_abort() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", OUTLIVE], capture_output=True, text=True, env=env, timeout=30
    )
    assert "none_dealloc" not in done.stderr
    assert (done.returncode, done.stdout) == (0, "alive\n"), done.stderr[-2000:]


@pytest.mark.skipif(not none_refs.binding_drops_none(), reason="this PySide6 keeps None's count")
def test_spare_references_are_given_once() -> None:
    """The screens' import gave them already; a second call gives none."""
    assert sys.getrefcount(None) > none_refs.SPARE_REFS // 2
    before = sys.getrefcount(None)
    assert none_refs.keep_none_alive() is False
    assert abs(sys.getrefcount(None) - before) < none_refs.SPARE_REFS // 2


def test_the_probe_sees_what_a_qt_call_does_to_none() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("")
    lost = before - sys.getrefcount(None)
    assert none_refs.binding_drops_none() == (lost >= 500)
