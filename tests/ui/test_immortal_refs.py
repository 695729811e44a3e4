"""PySide6 6.12.0 on Python 3.11 takes a reference from ``None`` on every Qt call without a
result and from ``True`` on every signal emitted; the screens must not abort when one of
those counts would reach zero («none_dealloc», the audit window's crash under
scripts/grab_windows.py; «bool_dealloc» or a segfault in the garbage collector after as
many signals as ``True`` has references)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from migdesk.ui import immortal_refs

ROOT = Path(__file__).resolve().parents[2]

# Far more Qt calls than None has references (~4,500 in a bare process; importing the
# screens' package adds a few dozen): without the spare ones the process dies.
OUTLIVE_NONE = """
import sys
held = sys.getrefcount(None)
import migdesk.ui  # what every window imports first
from PySide6.QtCore import QObject
probe = QObject()
for _ in range(20 * held):
    probe.setObjectName("")
print("alive")
"""

# True has ~150 references in a bare process: a background task's progress reports alone
# emit more signals than that.
OUTLIVE_TRUE = """
import sys
held = sys.getrefcount(True)
import migdesk.ui  # what every window imports first
from PySide6.QtCore import QObject, Signal

class Task(QObject):
    progress = Signal(int, int)

task = Task()
seen = []
task.progress.connect(lambda done, total: seen.append(done))
for done in range(20 * held):
    task.progress.emit(done, 0)
    seen.clear()
print("alive")
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=30
    )


def test_more_qt_calls_than_none_has_references_do_not_abort() -> None:
    done = _run(OUTLIVE_NONE)
    assert "none_dealloc" not in done.stderr
    assert (done.returncode, done.stdout) == (0, "alive\n"), done.stderr[-2000:]


def test_more_signals_than_true_has_references_do_not_abort() -> None:
    done = _run(OUTLIVE_TRUE)
    assert "bool_dealloc" not in done.stderr
    assert (done.returncode, done.stdout) == (0, "alive\n"), done.stderr[-2000:]


def _dropping() -> bool:
    return immortal_refs.binding_drops_none() or immortal_refs.binding_drops_true()


@pytest.mark.skipif(
    sys.version_info >= (3, 12) or not _dropping(), reason="this PySide6 keeps their counts"
)
def test_spare_references_are_given_once_to_every_singleton() -> None:
    """The screens' import gave them already; a second call gives none."""
    singletons = immortal_refs.immortal_in_312()
    assert all(sys.getrefcount(one) > immortal_refs.SPARE_REFS // 2 for one in singletons)
    before = [sys.getrefcount(one) for one in singletons]
    assert immortal_refs.keep_immortals_alive() is False
    after = [sys.getrefcount(one) for one in singletons]
    spare = immortal_refs.SPARE_REFS // 2
    assert all(abs(a - b) < spare for a, b in zip(after, before, strict=True))


def test_the_singletons_are_the_interpreters_own() -> None:
    """Only objects the interpreter keeps for its whole life get spare references: a fresh
    object among them would simply never be freed."""
    again = immortal_refs.immortal_in_312()
    assert all(a is b for a, b in zip(immortal_refs.immortal_in_312(), again, strict=True))
    assert len({id(one) for one in again}) == len(again) == 8 + 262 + 256 + 256


class _Emitter(QObject):
    fired = Signal()


def test_the_probes_see_what_qt_calls_and_signals_do() -> None:
    probe = _Emitter()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        probe.setObjectName("")
        probe.fired.emit()
    lost_none = before[0] - sys.getrefcount(None)
    lost_true = before[1] - sys.getrefcount(True)
    assert immortal_refs.binding_drops_none() == (lost_none >= 500)
    assert immortal_refs.binding_drops_true() == (lost_true >= 500)
