"""One way for every window to size itself (and to close on Esc): a default that fits a
1366×768 screen (and the screen it opens on), the size and place the officer last left it
at, remembered in the settings (issue 13.11).

``fit_window(window, "audit", 1180, 680)`` replaces ``window.resize(1180, 680)``: the saved
geometry wins when there is one, the default is cut to the available screen, and the window's
geometry is saved whenever it is hidden or closed. Keys are a closed list in
``migdesk.ui.settings`` (no personal data in the settings file).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from migdesk.ui import settings

# The smallest screen the workstations have: every window must fit it whole.
SMALLEST_SCREEN = QSize(1366, 768)
# Room the desktop keeps for itself (task bar, title bar) on that screen.
DESKTOP_MARGIN = QSize(0, 60)


def available_size(widget: QWidget) -> QSize:
    """What a window may take: the smallest supported screen, or less on a smaller one."""
    limit = SMALLEST_SCREEN - DESKTOP_MARGIN
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        limit = limit.boundedTo(screen.availableGeometry().size())
    return limit


class _GeometryKeeper(QObject):
    # Defaults on the class, not only in __init__: PySide6 may hand the filter a fresh
    # wrapper of this C++ object, made without __init__, once the first one was collected
    # (seen while a batch dialog closed: «'_GeometryKeeper' object has no attribute
    # 'shown'»). Such a wrapper knows nothing, so it leaves the window alone.
    name = ""
    shown = False

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.name = name
        self.shown = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.Show and not self.shown:
            # Only now is the layout complete: never smaller than it needs, never bigger
            # than the screen allows (unless the layout itself needs more).
            self.shown = True
            fitted = watched.size().boundedTo(available_size(watched))
            watched.resize(fitted.expandedTo(watched.minimumSizeHint()))
        elif event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and self.shown and self.name:
            settings.save_geometry(watched, self.name)
        return False


def fit_window(window: QWidget, name: str, width: int, height: int) -> None:
    """Restore the remembered geometry, or take ``width``×``height``; when first shown the
    window is cut to the screen, and its geometry is saved whenever it is hidden or closed."""
    if not settings.restore_geometry(window, name):
        window.resize(width, height)
    window.installEventFilter(_GeometryKeeper(window, name))
    if not isinstance(window, QDialog | QMainWindow):
        # Dialogs close on Esc by themselves; plain windows did not (issue 13.16). The main
        # window is left alone: Esc there must not end the session.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(window.close)
