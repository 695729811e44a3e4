"""«Согласия (ст. 11)…» in the «Обмен» menu of the main window: opens the consent window
once; asking again brings it to the front and reloads it (bundles may have brought news).

Enabled for the roles that may read person records; answering needs the right to change
them (checked by the window, refused by the domain anyway).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from migdesk.office.access import Access
from migdesk.vault import Vault

if TYPE_CHECKING:
    from migdesk.ui.consents.consent_window import ConsentWindow  # loaded when first opened


class ConsentScreens(QObject):
    def __init__(self, window: QMainWindow, vault: Vault, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.vault = vault
        self.consent_window: ConsentWindow | None = None
        self.action = QAction(self.tr("Согласия (ст.\u00a011)…"), window)
        self.action.setEnabled(Access(vault).read_persons)
        self.action.triggered.connect(self.open_window)
        menu.addSeparator()
        menu.addAction(self.action)

    def open_window(self) -> ConsentWindow:
        window = self.consent_window
        if window is None or not shiboken6.isValid(window):
            from migdesk.ui.consents.consent_window import ConsentWindow

            window = ConsentWindow(self.vault, self.window)
            self.consent_window = window
        else:
            window.refresh()
        window.show()
        window.raise_()
        return window

    def close_windows(self) -> None:
        if self.consent_window is not None and shiboken6.isValid(self.consent_window):
            self.consent_window.close()
