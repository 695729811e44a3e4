"""``None`` kept out of reach of zero: PySide6 6.12.0 on Python 3.11 takes a reference from
it on every call that returns nothing.

The 6.12.0 binding returns ``None`` from every method without a result (``setText``,
``processEvents``, ``setObjectName``…) and hands it to Python overrides for a null pointer
(``QTranslator.translate``'s ``disambiguation``, i.e. every ``tr()``) without taking a
reference to it — as if ``None`` were immortal, which it is only from Python 3.12 on
(PEP 683). On 3.11 each such call leaves ``None`` one reference short (6.11.3 does not).
When the count reaches zero the program aborts with «Fatal Python error: none_dealloc» at
whatever moment drops the last reference — often a garbage collection or the exit — which
is how ``scripts/grab_windows.py --only audit`` died one run in five: the audit window, its
cells' ``tr()`` and four language switches spend tens of thousands of them.

So where the binding is measured to drop references, ``None`` gets as many extra as
Python 3.12 gives its immortal objects' counts: no session calls Qt 2⁴⁰ times.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

SPARE_REFS = 1 << 40  # 10¹² binding calls: years of a running program
_PROBES = 64
_applied = False


def binding_drops_none() -> bool:
    """Whether a Qt method without a result leaves ``None`` a reference short."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("")
    return before - sys.getrefcount(None) >= _PROBES // 2


def keep_none_alive() -> bool:
    """Give ``None`` :data:`SPARE_REFS` references if the binding drops them (once per
    process). Returns whether it did."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or not binding_drops_none():
        return False
    # Under the GIL, as every reference count change is; ob_refcnt is PyObject's first field.
    ctypes.c_ssize_t.from_address(id(None)).value += SPARE_REFS
    _applied = True
    return True
