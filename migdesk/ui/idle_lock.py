"""Automatic lock: after the vault's idle time without input, and when the OS locks the screen.

What is watched:

* input (keys, mouse buttons and moves, wheel, touch) in any window of the application,
  through an event filter on each top-level ``QWindow`` (the platform delivers input to the
  window, which passes it on to its widgets); the idle time is the vault setting
  ``idle_lock_minutes`` (``migdesk.office.session_policy``, default 10). Elapsed time is
  measured on a clock that keeps running while the computer sleeps, so waking a laptop after
  an hour locks at once;
* Linux/BSD desktops over D-Bus: the screen saver or screen locker becoming active
  (``org.freedesktop.ScreenSaver`` / ``org.gnome.ScreenSaver`` ``ActiveChanged``), the
  login manager asking this session to lock (logind ``Session.Lock``) and the computer
  going to sleep (logind ``PrepareForSleep``);
* Windows: the session being locked (``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK``);
* any platform: Qt reporting the application as suspended.

macOS screen locking is not observed; there the idle time is what locks.

Locking on these triggers cannot wait for an answer (the officer is away), so open person
cards are closed without saving them as records: a card with unsaved changes is kept as an
encrypted draft in the vault (``migdesk.persons.drafts``) and opened again, dirty, after the
next unlock; the unlock window and the note after it say so. The «Заблокировать» command
instead asks about unsaved changes, as before.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
# Slot signatures for QDBusConnection.connect, in Qt's SLOT() form. PySide6 takes them as str
# although its stubs say bytes (bytes are refused at run time): hence the ignores below.
_ACTIVE_CHANGED = SLOT("_active_changed(bool)")
_LOCK = SLOT("_lock()")
RETRY_MS = 50
RETRY_ATTEMPTS = 200  # 10 s for nested dialogs to unwind before giving up


def _clock() -> float:
    """Seconds on a clock that also counts time asleep (CLOCK_BOOTTIME where there is one)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


class ScreenLockWatcher(QObject):
    """Emits ``locked`` when the desktop says the screen is being locked (D-Bus)."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watched: list[str] = []

    def _connect(
        self, bus: QDBusConnection, service: str, path: str, interface: str, name: str, slot: str
    ) -> bool:
        connected = bus.connect(service, path, interface, name, self, slot)  # type: ignore[call-overload]
        if connected:
            self.watched.append(f"{interface}.{name}")
        return bool(connected)

    def watch_session_bus(self, bus: QDBusConnection) -> None:
        if not bus.isConnected():
            return
        for interface in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"):
            # Empty service and path: whichever locker owns the name, at whatever path.
            self._connect(bus, "", "", interface, "ActiveChanged", _ACTIVE_CHANGED)

    def watch_system_bus(self, bus: QDBusConnection) -> None:
        if not bus.isConnected():
            return
        login1, manager = "org.freedesktop.login1", "org.freedesktop.login1.Manager"
        self._connect(
            bus, login1, "/org/freedesktop/login1", manager, "PrepareForSleep", _ACTIVE_CHANGED
        )
        session = self._own_session(bus)
        if session:
            self._connect(bus, login1, session, f"{login1}.Session", "Lock", _LOCK)

    @staticmethod
    def _own_session(bus: QDBusConnection) -> str | None:
        call = QDBusMessage.createMethodCall(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "GetSessionByPID",
        )
        call.setArguments([QCoreApplication.applicationPid()])
        reply = bus.call(call, timeout=500)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        path = reply.arguments()[0]
        text = path.path() if hasattr(path, "path") else str(path)
        return text if text.startswith("/") else None

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot()
    def _lock(self) -> None:
        self.locked.emit()


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    """``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` → ``callback()`` (Windows only)."""

    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7

    def __init__(self, callback: Any) -> None:
        super().__init__()
        self._callback = callback

    def nativeEventFilter(self, event_type: Any, message: int) -> Any:
        if sys.platform == "win32" and bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == self.WM_WTSSESSION_CHANGE and msg.wParam == self.WTS_SESSION_LOCK:
                self._callback()
        return False, 0


def _register_windows_session(window: QWidget) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        wtsapi = ctypes.windll.wtsapi32
        return bool(wtsapi.WTSRegisterSessionNotification(int(window.winId()), 0))
    except (AttributeError, OSError):
        return False


class IdleLock(QObject):
    """Emits ``triggered`` (with the reason, for the note after unlock) once per lock."""

    triggered = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        timeout_ms: int,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._last_input = _clock()
        self._last_wall = time.time()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self.set_timeout(timeout_ms)
        self.screen = ScreenLockWatcher(self)
        self.screen.locked.connect(self._screen_locked)
        self.screen.watch_session_bus(session_bus or QDBusConnection.sessionBus())
        self.screen.watch_system_bus(system_bus or QDBusConnection.systemBus())
        self._native: _WindowsSessionFilter | None = None
        self._watching = False
        app = QCoreApplication.instance()
        assert app is not None
        if _register_windows_session(parent):
            self._native = _WindowsSessionFilter(self._screen_locked)
            app.installNativeEventFilter(self._native)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
            # A new window (a dialog, a card) is watched as soon as it takes the focus; one
            # that never does (a popup) at the next check, long before any idle time ends.
            app.focusWindowChanged.connect(self._watch_windows)
            self._watching = True
        self._watch_windows()
        self._timer.start()

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = timeout_ms
        self._timer.setInterval(max(50, min(5_000, timeout_ms // 5)))

    # --- watching --------------------------------------------------------------------------

    def _watch_windows(self, *_focused: object) -> None:
        """Filter the top-level windows' events, not the application's: an application filter
        in Python is called for every event of every object (~4,000 while a person card is
        built, 20 ms of the GUI thread), a window's sees little but its input."""
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)  # once: Qt moves an installed filter to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self._last_input = _clock()
            self._last_wall = time.time()
        return False

    def idle_seconds(self) -> float:
        # Whichever clock saw more time: a clock that stops during sleep cannot keep a woken
        # computer unlocked, and a wall clock set back cannot either.
        return max(_clock() - self._last_input, time.time() - self._last_wall)

    def _check(self) -> None:
        self._watch_windows()
        if self.idle_seconds() * 1000 >= self.timeout_ms:
            minutes = max(1, round(self.timeout_ms / 60_000))
            note = self.tr("Хранилище заблокировано автоматически: нет действий {minutes} мин.")
            self._fire(note.format(minutes=minutes))

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._fire(self.tr("Хранилище заблокировано: работа программы приостановлена."))

    def _screen_locked(self) -> None:
        self._fire(self.tr("Хранилище заблокировано вместе с экраном компьютера."))

    def _fire(self, reason: str) -> None:
        if self._fired:
            return
        self._fired = True
        self._timer.stop()
        self.triggered.emit(reason)

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)
            if isinstance(app, QGuiApplication) and self._watching:
                app.focusWindowChanged.disconnect(self._watch_windows)
            self._watching = False
            if self._native is not None:
                app.removeNativeEventFilter(self._native)
                self._native = None


def close_dialogs(keep: tuple[type[QWidget], ...] = ()) -> None:
    """Reject every visible dialog (modal loops end, progress dialogs cancel their work)."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and not isinstance(widget, keep):
            widget.reject()
