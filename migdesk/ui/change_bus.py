"""The application's change broadcast: an operation's window publishes what it changed
(``migdesk.changes.Changes``), and every window showing those kinds of records reloads.

A window subscribes once, with the kinds it shows; the subscription is a child of the window
and ends with it. Publishing is done on the GUI thread (after a background operation, in its
success callback), so subscribers run on the GUI thread too.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from migdesk.changes import Changes, Kind


class ChangeBus(QObject):
    changed = Signal(object)  # Changes


_bus: ChangeBus | None = None


def bus() -> ChangeBus:
    """The bus of the running application (a new one for each QApplication, as in tests)."""
    global _bus
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the change bus needs a QApplication")
    if _bus is None or not shiboken6.isValid(_bus) or _bus.parent() is not app:
        _bus = ChangeBus(app)
    return _bus


def publish(changes: Changes) -> None:
    if changes:
        bus().changed.emit(changes)


class _Subscription(QObject):
    def __init__(
        self, receiver: QObject, kinds: frozenset[Kind], callback: Callable[[], None]
    ) -> None:
        super().__init__(receiver)
        self.kinds = kinds
        # A weak reference: the receiver owns this subscription, which must not keep the
        # receiver's Python object alive after the window was deleted.
        self.callback = weakref.WeakMethod(callback)
        bus().changed.connect(self._deliver)

    @Slot(object)
    def _deliver(self, changes: Changes) -> None:
        callback = self.callback()
        if callback is not None and changes.touches(self.kinds):
            callback()


def subscribe(receiver: QObject, kinds: Iterable[Kind], callback: Callable[[], None]) -> QObject:
    """Call ``callback`` (a method of ``receiver``, usually its reload) whenever a published
    change touches one of ``kinds``, for as long as ``receiver`` lives."""
    return _Subscription(receiver, frozenset(kinds), callback)
