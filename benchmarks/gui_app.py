"""The QApplication of a GUI probe, set up as ``migdesk.ui.app.main`` sets up the app's own."""

from __future__ import annotations

import sys
from typing import Any


def officer_application() -> Any:
    """The running QApplication (made if there is none) with what the app installs before its
    first window: garbage collection on the GUI thread only, a short switch interval, the
    settings' names and the interface's translators. Call it after the Qt and migdesk.ui
    modules are loaded: a probe that times the start has loaded them in its measured part."""
    from PySide6.QtWidgets import QApplication

    from migdesk.ui import settings
    from migdesk.ui.gui_thread_gc import GuiThreadCollector
    from migdesk.ui.i18n import install_translators
    from migdesk.ui.switch_interval import favour_the_gui_thread

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    GuiThreadCollector(app)  # as ``migdesk.ui.app.main`` does: collection on the GUI thread only
    favour_the_gui_thread()  # … and a short switch interval
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    install_translators(app)
    return app
