"""Hooks the request screens into the main window: the tabs (deadlines first, then the
person registry, then requests), the menus «Справочники» and «Статистика», and the windows
they open (one per request, one of each other kind)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from migdesk.changes import Kind
from migdesk.office.access import Access
from migdesk.requests.service import RequestService
from migdesk.ui import messages
from migdesk.ui.change_bus import subscribe
from migdesk.ui.requests.dashboard import DashboardView
from migdesk.ui.requests.request_list import RequestListView
from migdesk.vault import Vault

if TYPE_CHECKING:
    # Loaded when first opened, not at start (#17: cold start).
    from migdesk.ui.requests.registries_window import RegistriesWindow
    from migdesk.ui.requests.request_restore import RequestDraftsRestore
    from migdesk.ui.requests.request_window import RequestWindow
    from migdesk.ui.requests.statistics_view import StatisticsWindow
    from migdesk.ui.requests.thematic_list import ThematicWindow
    from migdesk.ui.requests.thematic_restore import ThematicDraftsRestore
    from migdesk.ui.requests.thematic_window import ThematicForm


class RequestScreens(QObject):
    # A thematic item's form or a request window opened: the main window follows its saves
    # and closing (it closes with the window, asking about unsaved changes).
    editing_window_opened = Signal(QWidget)
    # After an unlock, the windows kept as drafts are shown again (count): new thematic
    # items (kept at the lock or while typing), request windows (kept at the lock).
    thematic_drafts_restored = Signal(int)
    request_drafts_restored = Signal(int)

    def __init__(self, window: QMainWindow, vault: Vault) -> None:
        super().__init__(window)
        self.window = window
        self.vault = vault
        self.access = Access(vault)
        self.service = RequestService(vault)
        self.windows: list[RequestWindow] = []
        self.registries: RegistriesWindow | None = None
        self.thematic: ThematicWindow | None = None
        # The item forms the thematic list opened: windows of their own, closed at the lock
        # even when the list was closed before them.
        self.thematic_forms: list[ThematicForm] = []
        self.statistics: StatisticsWindow | None = None
        self.thematic_restore: ThematicDraftsRestore | None = None  # the one after this unlock
        self.request_restore: RequestDraftsRestore | None = None

        self.dashboard = DashboardView(self.service)
        self.dashboard.open_requested.connect(self.open_request)
        self.request_list = RequestListView(self.service)
        self.request_list.open_requested.connect(self.open_request)
        self.request_list.new_requested.connect(self.new_request)

        persons = window.takeCentralWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, self.tr("Сроки исполнения"))
        if persons is not None:
            self.tabs.addTab(persons, self.tr("Реестр лиц"))
        self.tabs.addTab(self.request_list, self.tr("Запросы"))
        self.tabs.setCurrentIndex(0)
        window.setCentralWidget(self.tabs)
        self._build_menus()
        self.refresh()
        subscribe(self, [Kind.REQUESTS], self.refresh)

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        actions = bar.actions()
        before = actions[-1] if actions else None  # «Справка» stays last
        registries = QMenu(self.tr("С&правочники"), self.window)
        self.registries_action = QAction(
            self.tr("Компетентные органы, Соглашение, подписанты, журналы…"), self.window
        )
        self.registries_action.triggered.connect(self.open_registries)
        registries.addAction(self.registries_action)
        self.thematic_action = QAction(
            self.tr("Тематическая информация (ст.\u00a04)…"), self.window
        )
        self.thematic_action.setEnabled(self.access.working)
        self.thematic_action.triggered.connect(self.open_thematic)
        registries.addAction(self.thematic_action)
        statistics = QMenu(self.tr("С&татистика"), self.window)
        self.statistics_action = QAction(self.tr("Статистика запросов (ст.\u00a03)…"), self.window)
        self.statistics_action.setEnabled(self.access.working)
        self.statistics_action.triggered.connect(self.open_statistics)
        statistics.addAction(self.statistics_action)
        for menu in (registries, statistics):
            if before is not None:
                bar.insertMenu(before, menu)
            else:
                bar.addMenu(menu)

    def refresh(self) -> None:
        self.dashboard.refresh()
        self.request_list.refresh()

    # --- request windows -------------------------------------------------------------------

    def open_request(self, request_id: str) -> RequestWindow | None:
        for window in self.windows:
            if window.request_id == request_id:
                window.raise_()
                window.activateWindow()
                return window
        from migdesk.ui.requests.request_window import RequestWindow

        # Read on a worker: the read's audit entry waits for the write lock (#17).
        window = RequestWindow(self.service, request_id, background=True)
        window.load_failed.connect(self._load_failed)
        return self._show(window)

    def _load_failed(self, text: str) -> None:
        messages.show_error(self.window, text)

    def new_request(
        self, kind: str = "request", direction: str = "outgoing", related: str | None = None
    ) -> RequestWindow:
        from migdesk.ui.requests.request_window import RequestWindow

        return self._show(
            RequestWindow(self.service, kind=kind, direction=direction, related=related)
        )

    def _show(self, window: RequestWindow) -> RequestWindow:
        self.windows.append(window)
        window.closed.connect(self._forget)
        # Methods, not lambdas: a request window is a window of its own, and Qt disconnects
        # only a destroyed receiver's methods.
        window.confirmation_requested.connect(self._new_confirmation)
        self.editing_window_opened.emit(window)
        window.show()
        return window

    def open_request_windows(self) -> list[RequestWindow]:
        return [w for w in self.windows if shiboken6.isValid(w) and w.isVisible()]

    def _new_confirmation(self, related: str) -> None:
        self.new_request("confirmation", "outgoing", related)

    def _forget(self, window: QWidget) -> None:
        self.windows = [w for w in self.windows if w is not window]

    # --- other windows -----------------------------------------------------------------------

    def open_registries(self) -> RegistriesWindow:
        if self.registries is None:
            from migdesk.ui.requests.registries_window import RegistriesWindow

            self.registries = RegistriesWindow(self.vault)
            self.registries.destroyed.connect(lambda: setattr(self, "registries", None))
        self.registries.show()
        self.registries.raise_()
        return self.registries

    def open_thematic(self) -> ThematicWindow:
        if self.thematic is None:
            from migdesk.ui.requests.thematic_list import ThematicWindow

            self.thematic = ThematicWindow(self.vault)
            self.thematic.destroyed.connect(lambda: setattr(self, "thematic", None))
            self.thematic.form_opened.connect(self._keep_thematic_form)
            # Linked requests and persons open where the main window opens them.
            self.thematic.open_request_requested.connect(self.open_request)
            open_person = getattr(self.window, "open_person", None)
            if open_person is not None:
                self.thematic.open_person_requested.connect(open_person)
        self.thematic.show()
        self.thematic.raise_()
        return self.thematic

    def _keep_thematic_form(self, form: QWidget) -> None:
        self.thematic_forms = [*self.open_thematic_forms(), cast("ThematicForm", form)]
        self.editing_window_opened.emit(form)

    def open_thematic_forms(self) -> list[ThematicForm]:
        """The thematic items' forms still open, whether their list is open or not."""
        return [f for f in self.thematic_forms if shiboken6.isValid(f) and f.isVisible()]

    def new_thematic_form(self) -> ThematicForm:
        """A new item's form, opened from the thematic list as «Новые сведения…» does."""
        form = self.open_thematic().open_item(None)
        assert form is not None
        return form

    # --- drafts kept at the lock -----------------------------------------------------------

    def restore_drafts(self) -> None:
        """Open every window this user left unsaved (on workers; the two signals follow)."""
        from migdesk.ui.requests.request_restore import RequestDraftsRestore
        from migdesk.ui.requests.thematic_restore import ThematicDraftsRestore

        window, vault = self.window, self.vault
        self.thematic_restore = ThematicDraftsRestore(
            window, vault, self.new_thematic_form, self._thematic_restored
        )
        self.request_restore = RequestDraftsRestore(window, vault, self, self._requests_restored)
        self.thematic_restore.start()
        self.request_restore.start()

    def _thematic_restored(self, count: int) -> None:
        if count:
            self._note(
                self.tr(
                    "Открыты тематические сведения, не сохранённые до блокировки или сбоя: {count}."
                ).format(count=count)
            )
        self.thematic_drafts_restored.emit(count)

    def _requests_restored(self, count: int) -> None:
        if count:
            self._note(
                self.tr("Открыты запросы с текстом, не сохранённым до блокировки: {count}.").format(
                    count=count
                )
            )
        self.request_drafts_restored.emit(count)

    def _note(self, text: str) -> None:
        bar = self.window.statusBar()
        bar.showMessage(f"{bar.currentMessage()} {text}".strip(), 60_000)

    def open_statistics(self) -> StatisticsWindow:
        if self.statistics is None:
            from migdesk.ui.requests.statistics_view import StatisticsWindow

            self.statistics = StatisticsWindow(self.vault)
            self.statistics.destroyed.connect(lambda: setattr(self, "statistics", None))
        self.statistics.show()
        self.statistics.raise_()
        return self.statistics

    def close_windows(self) -> None:
        forms = [f for f in self.thematic_forms if shiboken6.isValid(f)]
        for window in [*self.windows, self.registries, self.thematic, *forms, self.statistics]:
            if window is not None:
                window.close()
        self.thematic_forms = []
