"""Start-up loads its modules without the garbage collector, then freezes them (#17)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import gc
from migdesk.startup import loading_modules
assert gc.get_freeze_count() == 0
with loading_modules():
    assert not gc.isenabled()
    import sqlalchemy.orm  # a start's worth of long-lived objects
assert gc.isenabled() and gc.get_freeze_count() > 10_000, gc.get_freeze_count()
frozen = gc.get_freeze_count()
with loading_modules():  # a second main() in the same process: nothing paused or frozen
    assert gc.isenabled()
    import json
assert gc.get_freeze_count() == frozen
print("ok")
"""


def test_start_up_loads_modules_without_the_collector_once() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=dict(os.environ)
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
