"""The objects Python 3.12 makes immortal kept out of reach of zero: PySide6 6.12.0 on
Python 3.11 takes references from them without giving any back.

The 6.12.0 binding hands out these objects as if they were immortal, which they are only
from Python 3.12 on (PEP 683), so on 3.11 each such call leaves one reference short (6.11.3
does not):
- ``None`` from every method without a result (``setText``, ``processEvents``,
  ``setObjectName``…) and to Python overrides for a null pointer (``QTranslator.translate``'s
  ``disambiguation``, i.e. every ``tr()``);
- ``True`` from every ``Signal.emit`` — every progress report of a background task, every
  change notification, every button's ``clicked``.
When a count reaches zero the program aborts («Fatal Python error: none_dealloc» or
«bool_dealloc») or, once the freed singleton is reused, the garbage collector crashes
(a segfault in ``visit_decref`` on a worker thread) — at whatever moment it happens to be:
``scripts/grab_windows.py --only audit`` died one run in five, and ``True``'s ~150
references in a bare process are spent by as many signals.

So where the binding is measured to drop references, each object that 3.12 makes immortal
gets as many extra references as 3.12 gives its immortal objects' counts: no session calls
Qt 2⁴⁰ times. They are all interpreter singletons that are never freed anyway, so the extra
count changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

SPARE_REFS = 1 << 40  # 10¹² binding calls: years of a running program
_PROBES = 64
_applied = False


class _Probe(QObject):
    fired = Signal()


def _drops(target: object, call: Callable[[], object]) -> bool:
    before = sys.getrefcount(target)
    for _ in range(_PROBES):
        call()
    return before - sys.getrefcount(target) >= _PROBES // 2


def binding_drops_none() -> bool:
    """Whether a Qt method without a result leaves ``None`` a reference short."""
    probe = _Probe()
    return _drops(None, lambda: probe.setObjectName(""))


def binding_drops_true() -> bool:
    """Whether a signal's ``emit`` leaves ``True`` a reference short."""
    probe = _Probe()
    return _drops(True, probe.fired.emit)


def immortal_in_312() -> list[object]:
    """The singletons Python 3.12 makes immortal (PEP 683) that the binding may hand out:
    ``None``, the booleans, ``...``, ``NotImplemented``, the empty str, bytes and tuple, the
    small ints and the one-character Latin-1 strings and bytes."""
    singletons: list[object] = [None, True, False, ..., NotImplemented, "", b"", ()]
    singletons.extend(range(-5, 257))
    singletons.extend(chr(code) for code in range(256))
    latin1 = bytes(range(256))
    singletons.extend(latin1[code : code + 1] for code in range(256))  # slices: the cached ones
    return singletons


def keep_immortals_alive() -> bool:
    """Give each object of :func:`immortal_in_312` :data:`SPARE_REFS` references if the
    binding drops them (once per process). Returns whether it did."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return False
    if not (binding_drops_none() or binding_drops_true()):
        return False
    for singleton in immortal_in_312():
        # Under the GIL, as every reference count change is; ob_refcnt is PyObject's first
        # field.
        ctypes.c_ssize_t.from_address(id(singleton)).value += SPARE_REFS
    _applied = True
    return True
