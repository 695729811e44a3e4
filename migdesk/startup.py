"""Start-up of a MigDesk process (GUI or CLI): loading the modules without the garbage
collector.

Importing the GUI (or the ORM for a CLI command) creates hundreds of thousands of objects
that live as long as the process. The collector, triggered again and again by those
allocations, walks them all each time and finds nothing to free: about 0.2 s of CPU of a
cold start (#17). So it is paused while the modules load, and what they made is frozen out
of its later walks. Done once per process: a test process that calls ``main`` many times
freezes only what existed at its first start.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_done = False


@contextmanager
def loading_modules() -> Iterator[None]:
    global _done
    if _done or not gc.isenabled():
        yield
        return
    _done = True
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
