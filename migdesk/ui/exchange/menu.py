"""The «Обмен» menu of the main window: export, import, the bundle log, and the courier's
check of a bundle (needs no key: open to every role, a courier's only task in the window).

Actions the user's roles do not allow are shown disabled (the domain refuses anyway). Each
window opens once; asking again brings it to the front.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from migdesk.office.access import Access
from migdesk.ui.wal_trim import WalTrimmer
from migdesk.vault import Vault

if TYPE_CHECKING:
    # Loaded when first opened, not at start (#17: the exchange and bundle modules).
    from migdesk.exchange.preview import ImportResult
    from migdesk.ui.exchange.courier_dialog import CourierDialog
    from migdesk.ui.exchange.export_dialog import ExportDialog
    from migdesk.ui.exchange.import_dialog import ImportDialog
    from migdesk.ui.exchange.log_window import BundleLogWindow


class ExchangeMenu(QObject):
    def __init__(self, window: QMainWindow, vault: Vault) -> None:
        super().__init__(window)
        self.window = window
        self.vault = vault
        access = Access(vault)
        self.can_export = access.export_bundles
        self.can_import = access.import_bundles
        self.export_dialog: ExportDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.log_window: BundleLogWindow | None = None
        self.courier_dialog: CourierDialog | None = None
        # The import window's long writes leave a WAL file as large as they were (#17).
        self.wal_trim = WalTrimmer(window, vault)

        self.menu = QMenu(self.tr("&Обмен"), window)
        self.export_action = QAction(self.tr("Выгрузить пакет…"), window)
        self.export_action.setEnabled(self.can_export)
        self.export_action.triggered.connect(lambda: self.open_export())
        self.import_action = QAction(self.tr("Загрузить пакет…"), window)
        self.import_action.setEnabled(self.can_import)
        self.import_action.triggered.connect(lambda: self.open_import())
        self.log_action = QAction(self.tr("Журнал пакетов"), window)
        self.log_action.setEnabled(self.can_export or self.can_import)
        self.log_action.triggered.connect(self.open_log)
        # Until now only the unlock window offered it: a courier who logged in found
        # nothing to do here (the same check, no vault and no key involved).
        self.courier_action = QAction(self.tr("Проверить пакет (курьер)…"), window)
        self.courier_action.triggered.connect(self.open_courier)
        for action in (self.export_action, self.import_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.log_action)
        self.menu.addAction(self.courier_action)
        bar = window.menuBar()
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], self.menu)  # «Справка» stays last
        else:
            bar.addMenu(self.menu)

    def _selected_person(self) -> list[str]:
        registry = getattr(self.window, "registry", None)
        selected = registry.selected_person_id() if registry is not None else None
        return [selected] if selected else []

    @staticmethod
    def _alive(widget: QWidget | None) -> bool:
        return widget is not None and shiboken6.isValid(widget) and widget.isVisible()

    def open_export(self, person_ids: list[str] | None = None) -> ExportDialog:
        if self.export_dialog is not None and self._alive(self.export_dialog):
            self.export_dialog.add_persons(person_ids or [])
        else:
            from migdesk.ui.exchange.export_dialog import ExportDialog

            ids = self._selected_person() if person_ids is None else person_ids
            self.export_dialog = ExportDialog(self.vault, ids, self.window)
            self.export_dialog.show()
        self.export_dialog.raise_()
        return self.export_dialog

    def open_import(self, path: Path | None = None) -> ImportDialog:
        if self.import_dialog is None or not self._alive(self.import_dialog):
            from migdesk.ui.exchange.import_dialog import ImportDialog

            self.import_dialog = ImportDialog(self.vault, path, self.window)
            self.import_dialog.imported.connect(self._imported)
            # Closed after a preview, imported or not: what it staged went through the WAL.
            self.import_dialog.finished.connect(self._import_closed)
            self.import_dialog.show()
        self.import_dialog.raise_()
        return self.import_dialog

    def _import_closed(self, _result: int) -> None:
        self.wal_trim.after_long_write()

    def _imported(self, result: ImportResult) -> None:
        self.wal_trim.after_long_write()
        upkeep = getattr(self.window, "index_upkeep", None)
        if upkeep is not None and result.status == "imported":
            p = result.preview
            upkeep.after_bulk_write(len(p.new_persons) + len(p.updated_persons))

    def open_log(self) -> BundleLogWindow:
        if self.log_window is None or not shiboken6.isValid(self.log_window):
            from migdesk.ui.exchange.log_window import BundleLogWindow

            self.log_window = BundleLogWindow(self.vault, self.window)
        self.log_window.show()
        self.log_window.raise_()
        return self.log_window

    def open_courier(self) -> CourierDialog:
        if self.courier_dialog is None or not self._alive(self.courier_dialog):
            from migdesk.ui.exchange.courier_dialog import CourierDialog

            self.courier_dialog = CourierDialog(self.window)
            self.courier_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.courier_dialog.show()
        self.courier_dialog.raise_()
        return self.courier_dialog

    def close_windows(self) -> None:
        windows = (self.export_dialog, self.import_dialog, self.log_window, self.courier_dialog)
        for window in windows:
            if window is not None and shiboken6.isValid(window):
                window.close()
