"""Background operations: run a callable off the GUI thread, get its outcome back on it.

Modelled on Anki's background op builder: build an op, attach callbacks, ``run()``. The work
function gets a :class:`TaskContext` (progress, cancel flag); success, failure or
cancellation is delivered on the GUI thread. A progress dialog (or any busy indicator)
appears only when the work lasts longer than :data:`SHOW_AFTER_MS`, so quick operations do
not flash a dialog.

Results travel through one long-lived QObject living in the GUI thread (``_MainThread``):
workers queue closures and emit its signal. Short-lived QObjects shared with a worker could
be deleted by one thread while the other still emits on them; a single object that lives
as long as the application cannot.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from migdesk.progress import Cancelled
from migdesk.ui import messages

T = TypeVar("T")
SHOW_AFTER_MS = 300
_UNLIMITED = 2**31 - 1


class TaskContext:
    """What a work function may use from its worker thread: a ``migdesk.progress.Progress``
    (``raise_if_cancelled`` raises ``migdesk.progress.Cancelled``, which ends the op as
    cancelled, as do the domain's own cancellations)."""

    def __init__(self, cancel: threading.Event, report: Callable[[int, int], None]) -> None:
        self._cancel = cancel
        self._report = report

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, value: int, maximum: int = -1) -> None:
        """Report progress; ``maximum`` -1 keeps the one given to ``with_progress``."""
        self._report(value, maximum)


class _MainThread(QObject):
    """Runs closures queued from any thread on the thread this object lives in (the GUI's)."""

    pending = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._queue: deque[Callable[[], None]] = deque()
        self.pending.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def post(self, closure: Callable[[], None]) -> None:
        with self._lock:
            self._queue.append(closure)
        self.pending.emit()

    @Slot()
    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    return
                closure = self._queue.popleft()
            closure()


_main_thread: _MainThread | None = None
_active: set[BackgroundOp[Any]] = set()
# Ops run in order: queued here, run one after another by a single pool task.
_order_lock = threading.Lock()
_in_order: deque[list[BackgroundOp[Any]]] = deque()
_draining = False


def _runner() -> _MainThread:
    global _main_thread
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("BackgroundOp needs a QApplication")
    if _main_thread is None or not shiboken6.isValid(_main_thread):
        _main_thread = _MainThread(app)
    return _main_thread


class BackgroundOp(Generic[T]):
    """One background operation. Build, attach callbacks, then ``run()`` on the GUI thread."""

    def __init__(self, parent: QWidget, work: Callable[[TaskContext], T]) -> None:
        self._parent = parent
        self._work = work
        self._cancel = threading.Event()
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._on_busy: Callable[[bool], None] | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._progress_label: str | None = None
        self._maximum = 0
        self._value = 0
        self._report_pending = False
        self._report_lock = threading.Lock()
        self._dialog: QProgressDialog | None = None
        self._show_timer: QTimer | None = None
        self._busy_shown = False
        self._in_order = False
        self._disabled: tuple[QWidget, ...] = ()
        self.running = False
        self.finished = False

    # --- building ----------------------------------------------------------------------------

    def on_success(self, callback: Callable[[T], None]) -> BackgroundOp[T]:
        self._on_success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp[T]:
        """Without it, a failure is shown in a message box (Russian message, no details)."""
        self._on_failure = callback
        return self

    def on_cancelled(self, callback: Callable[[], None]) -> BackgroundOp[T]:
        self._on_cancelled = callback
        return self

    def on_busy(self, callback: Callable[[bool], None]) -> BackgroundOp[T]:
        """``callback(True)`` once the op has run for SHOW_AFTER_MS, ``callback(False)`` at end."""
        self._on_busy = callback
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> BackgroundOp[T]:
        """``callback(value, maximum)`` on the GUI thread for the work's progress reports."""
        self._on_progress = callback
        return self

    def with_progress(self, label: str, maximum: int = 0) -> BackgroundOp[T]:
        """Show a progress dialog with «Отмена» if the work lasts; ``maximum`` 0 = busy bar."""
        self._progress_label = label
        self._maximum = maximum
        return self

    def in_order(self) -> BackgroundOp[T]:
        """Run one at a time, after every op started ``in_order`` before it (the officer's
        writes: their audit entries keep the order of the clicks). Such an op is never
        dropped: a cancel only sets its flag, and ``wait_for_all`` waits until the last one
        queued has run (a search's audit entry must reach the vault before it closes)."""
        self._in_order = True
        return self

    def disabling(self, *widgets: QWidget) -> BackgroundOp[T]:
        """Disable ``widgets`` (the controls that started the op) from ``run()`` until the op
        ends, whatever the outcome, cancel included: a second click does nothing meanwhile.
        They are enabled again before the outcome's callback, which may disable them again;
        one deleted meanwhile is skipped."""
        self._disabled = widgets
        return self

    # --- running -----------------------------------------------------------------------------

    def run(self) -> BackgroundOp[T]:
        runner = _runner()
        _active.add(self)
        self.running = True
        for widget in self._disabled:
            widget.setEnabled(False)
        if self._progress_label is not None or self._on_busy is not None:
            self._show_timer = QTimer(runner)
            self._show_timer.setSingleShot(True)
            self._show_timer.timeout.connect(self._show_busy)
            self._show_timer.start(SHOW_AFTER_MS)
        # The pool thread gets the op only inside a box that the GUI thread empties: the last
        # reference to the op (and through it to widgets) is never dropped off the GUI thread.
        if not self._in_order:
            QThreadPool.globalInstance().start(partial(_run_in_pool, [self]))
            return self
        global _draining
        with _order_lock:
            _in_order.append([self])
            start, _draining = not _draining, True
        if start:
            QThreadPool.globalInstance().start(_drain_in_order)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next check. Work that stops by raising ends as cancelled;
        work that returns a value (e.g. "stopped after N") has that value delivered."""
        self._cancel.set()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setLabelText(QCoreApplication.translate("BackgroundOp", "Отмена…"))
            self._dialog.setCancelButton(None)

    def _compute(self) -> tuple[str, Any]:
        """Runs in a pool thread."""
        context = TaskContext(self._cancel, self._report)
        try:
            return ("ok", self._work(context))
        except Cancelled:
            return ("cancelled", None)
        except BaseException as exc:  # noqa: BLE001 — every failure goes back to the GUI thread
            # A query interrupted by the cancel flag fails with a driver error: a cancellation.
            # Without its traceback: exc → traceback → this frame → self → the parent widget
            # would be a cycle that a worker thread's garbage collection could free, deleting
            # the widget off the GUI thread (a crash).
            failed = exc.with_traceback(None)
            return ("cancelled", None) if self._cancel.is_set() else ("error", failed)

    def _report(self, value: int, maximum: int) -> None:
        """Runs in the pool thread: at most one progress update waits in the queue at a time."""
        with self._report_lock:
            self._value = value
            if maximum >= 0:
                self._maximum = maximum
            if self._report_pending:
                return
            self._report_pending = True
        runner = _main_thread
        if runner is not None:
            runner.post(self._apply_progress)

    # --- GUI thread --------------------------------------------------------------------------

    def _apply_progress(self) -> None:
        with self._report_lock:
            self._report_pending = False
            value, maximum = self._value, self._maximum
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setMaximum(maximum)
            self._dialog.setValue(min(value, maximum) if maximum else 0)
        if self._on_progress is not None and shiboken6.isValid(self._parent):
            self._on_progress(value, maximum)

    def _show_busy(self) -> None:
        if self.finished or not shiboken6.isValid(self._parent):
            return
        self._busy_shown = True
        if self._on_busy is not None:
            self._on_busy(True)
        if self._progress_label is None:
            return
        dialog = QProgressDialog(
            self._progress_label,
            QCoreApplication.translate("BackgroundOp", "Отмена"),
            0,
            self._maximum,
            self._parent,
        )
        dialog.setWindowTitle(QCoreApplication.translate("BackgroundOp", "Выполняется…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(_UNLIMITED)  # shown by us, not by its own timer
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        self._apply_progress()
        dialog.show()

    def _close_busy(self) -> None:
        if self._show_timer is not None:
            self._show_timer.stop()
            self._show_timer.deleteLater()
            self._show_timer = None
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None
        if self._busy_shown and self._on_busy is not None and shiboken6.isValid(self._parent):
            self._on_busy(False)

    def _deliver(self, outcome: tuple[str, Any]) -> None:
        self.running = False
        self.finished = True
        _active.discard(self)
        self._close_busy()
        for widget in self._disabled:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        self._disabled = ()
        if not shiboken6.isValid(self._parent):
            return  # the window that asked is gone; nobody to tell
        kind, value = outcome
        if kind == "ok":
            if self._on_success is not None:
                self._on_success(value)
        elif kind == "error":
            if self._on_failure is not None:
                self._on_failure(value)
            else:
                messages.show_error(self._parent, messages.error_text(value))
        elif self._on_cancelled is not None:
            self._on_cancelled()


class RepeatableOp(Generic[T]):
    """One background job asked for again and again (the index upkeep after each bulk write,
    the WAL trim after each import window): never two runs at once; asked while running, it
    runs once more when the run ends (what the request was for may have come after the
    run's start). A failure or a cancel just ends the run: these jobs leave nothing to
    decide, and the next request tries again."""

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[TaskContext], T],
        on_busy: Callable[[bool], None] | None = None,
    ) -> None:
        self._parent = parent
        self._work = work
        self._on_busy = on_busy
        self.op: BackgroundOp[T] | None = None
        self.last: T | None = None  # the last run's result
        self._again = False

    def request(self) -> BackgroundOp[T] | None:
        """The op started, or None when a run is going (it will run once more)."""
        if self.op is not None:
            self._again = True
            return None
        op = BackgroundOp(self._parent, self._work)
        if self._on_busy is not None:
            op.on_busy(self._on_busy)
        self.op = (
            op.on_success(self._done)
            .on_failure(lambda _exc: self._ended())
            .on_cancelled(self._ended)
            .run()
        )
        return self.op

    def _done(self, result: T) -> None:
        self.last = result
        self._ended()

    def _ended(self) -> None:
        self.op = None
        if self._again:
            self._again = False
            self.request()


def cancel_all() -> None:
    for op in list(_active):
        op.cancel()


def in_order_pending() -> bool:
    """True while an op run ``in_order`` has not been delivered yet (a write on its way)."""
    return any(op._in_order for op in _active)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Cancel every running op and wait for the workers (before closing a vault); the ops
    run in order all run to their end, cancelled or not."""
    cancel_all()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def _run_in_pool(box: list[BackgroundOp[Any]]) -> None:
    """Runs in a pool thread; ``box`` holds the op until the GUI thread takes it back."""
    op = box[0]
    outcome = op._compute()
    del op  # from here on only the box (emptied on the GUI thread) keeps the op alive
    runner = _main_thread
    if runner is not None:
        runner.post(partial(_deliver_from_box, box, outcome))


def _drain_in_order() -> None:
    """Runs in a pool thread: the ops queued in order, one after another, until none is left
    (so ``QThreadPool.waitForDone`` also waits for the ones queued behind the running one)."""
    global _draining
    while True:
        with _order_lock:
            if not _in_order:
                _draining = False
                return
            box = _in_order.popleft()
        _run_in_pool(box)


def _deliver_from_box(box: list[BackgroundOp[Any]], outcome: tuple[str, Any]) -> None:
    if box:
        box.pop()._deliver(outcome)
