"""The main window: menu, the person registry, and a status bar (vault, user, count)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from migdesk.changes import Kind
from migdesk.demo_vault import is_demo_vault
from migdesk.errors import MigDeskError
from migdesk.office import session_policy
from migdesk.office.access import Access
from migdesk.persons.service import PersonService
from migdesk.ui import messages
from migdesk.ui.admin_menu import AdminMenu
from migdesk.ui.change_bus import subscribe
from migdesk.ui.close_after_saves import CloseAfterSaves, ClosingForm
from migdesk.ui.consents.menu import ConsentScreens
from migdesk.ui.demo_menu import DemoMenu
from migdesk.ui.exchange.menu import ExchangeMenu
from migdesk.ui.geometry import fit_window
from migdesk.ui.idle_lock import RETRY_ATTEMPTS, RETRY_MS, IdleLock, close_dialogs
from migdesk.ui.index_upkeep import IndexUpkeep
from migdesk.ui.language_menu import LanguageMenu
from migdesk.ui.lock_drafts import dirty_cards, keep_drafts, lock_note_drafts
from migdesk.ui.registry import RegistryView
from migdesk.ui.requests.screens import RequestScreens
from migdesk.ui.restore_drafts import DraftsRestore, Failed
from migdesk.ui.tasks import BackgroundOp
from migdesk.vault import Vault, remember

if TYPE_CHECKING:
    # Loaded when first opened, not at start (#17: cold start); ``migdesk.ui.preload``
    # loads them on a helper thread once the registry has filled.
    from migdesk.ui import demo_fill
    from migdesk.ui.duplicates_window import DuplicatesWindow
    from migdesk.ui.person_form import PersonForm


class MainWindow(QMainWindow):
    lock_requested = Signal()  # closed by «Заблокировать»: the unlock dialog comes back
    exit_requested = Signal()  # closed for good
    drafts_restored = Signal(int)  # the cards kept at the automatic lock are shown (count)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.service = PersonService(vault)
        self.forms: dict[str | None, list[PersonForm]] = {}
        self.drafts_restore: DraftsRestore | None = None  # the one after this unlock
        self._drafts_op: BackgroundOp[object] | None = None  # drafts being kept at the lock
        self._locking = False
        self.after_saves = CloseAfterSaves()  # closing waits for cards closing once saved
        self.duplicates_window: DuplicatesWindow | None = None
        self.setWindowTitle(self.tr("MigDesk — Реестр лиц"))

        # The domain refuses anyway; the window only avoids offering what will be refused.
        access = Access(vault)
        self.can_write = access.write_persons
        self.registry = RegistryView(self.service)
        self.registry.new_button.setEnabled(self.can_write)
        self.registry.open_requested.connect(self.open_person)
        self.registry.new_requested.connect(self.new_person)
        # An administrator does not read person records (Art. 11): no «Реестр лиц» tab,
        # rather than one that only shows the refusal of its every search.
        self.reads_persons = access.read_persons
        if self.reads_persons:
            # The registry's keys first: its read is the longest of the start, and it runs
            # on a pool thread while the rest of the window is built and the other screens
            # queue their reads behind it (#17: cold start).
            self.registry.refresh()
            self.setCentralWidget(self.registry)
        else:
            self.registry.setParent(self)
            self.registry.hide()
        self.lock_note: str | None = None  # why an automatic lock happened, shown after unlock
        # issue 7: users, audit, retention, backup, idle lock
        self.admin = AdminMenu(self, vault, lambda ms: self.idle_lock.set_timeout(ms))
        # «Заполнить демо-данными…»; the index upkeep merges what a fill wrote (#17)
        self.demo = DemoMenu(self, vault, self.can_write, self._after_demo_fill)
        self.demo_action = self.demo.action
        self.demo_action.triggered.connect(self.fill_demo)
        self._build_menu()
        self._build_status_bar()
        # Requests (issue 4): deadlines tab first, then persons, requests; its own menus.
        self.requests = RequestScreens(self, vault)
        self.requests.editing_window_opened.connect(self._follow_editing_window)
        # Idleness and screen locks lock the window; whatever way it locks, it forgets. Its
        # input watch also tells the index upkeep when the officer works (it gives way).
        self.idle_lock = IdleLock(self, session_policy.idle_lock_minutes(vault) * 60_000)
        self.idle_lock.triggered.connect(self.force_lock)
        self.index_upkeep = IndexUpkeep(self, vault, self.idle_lock.idle_seconds)  # #17
        self.index_upkeep.after_killed_run()
        self.exchange = ExchangeMenu(self, vault)  # issue 6: «Обмен» (bundles)
        # Consents travel in bundles: their window is opened from «Обмен» (Art. 11.2, 11.3).
        self.consents = ConsentScreens(self, vault, self.exchange.menu)
        self.admin.attach_menu()  # «Администрирование», before «Справка»
        self.language_menu = LanguageMenu(self, vault)  # issue 15, before «Справка»
        self.lock_requested.connect(self.idle_lock.stop)
        self.lock_requested.connect(self.clear_personal_data)
        self.exit_requested.connect(self.idle_lock.stop)

        fit_window(self, "main_window", 1180, 720)
        # The count of the status bar comes from the registry's first listing (everyone): a
        # second read of the million rows would compete with it for the cores (#17).
        self.registry.search_finished.connect(
            self._first_listing, Qt.ConnectionType.SingleShotConnection
        )
        if self.can_write:
            # After the window is up: cards kept by an automatic lock come back (issue 13.3).
            QTimer.singleShot(0, self.restore_drafts)
        if access.working:
            # Request windows and new thematic items kept at the lock (thematic items also
            # while typing, before a crash).
            QTimer.singleShot(0, self.requests.restore_drafts)
        # Persons added, changed or destroyed anywhere (a card, an import, the demo fill,
        # a destruction): the registry and the count follow.
        subscribe(self, [Kind.PERSONS], self._persons_changed)

    def _persons_changed(self) -> None:
        if not self.reads_persons:
            return
        self.registry.refresh()
        self.refresh_count()

    # --- chrome ----------------------------------------------------------------------------

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Файл"))
        new_action = QAction(self.tr("Новое лицо"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_person)
        new_action.setEnabled(self.can_write)
        file_menu.addAction(new_action)
        self.search_action = QAction(self.tr("Найти лицо"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F (issue 13.16)
        self.search_action.triggered.connect(self.focus_search)
        # A role that reads no person (administrator, courier) has no registry to search.
        self.search_action.setEnabled(self.reads_persons)
        file_menu.addAction(self.search_action)
        # Only a demonstration vault offers synthetic data (issue 13.17).
        if is_demo_vault(self.vault):
            file_menu.addAction(self.demo_action)
        duplicates_action = QAction(self.tr("Возможные дубликаты…"), self)
        duplicates_action.setEnabled(Access(self.vault).read_persons)
        duplicates_action.triggered.connect(self.open_duplicates)
        file_menu.addAction(duplicates_action)
        file_menu.addSeparator()
        file_menu.addAction(self.admin.password_action)
        lock_action = QAction(self.tr("Заблокировать"), self)
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.triggered.connect(self.lock)
        file_menu.addAction(lock_action)
        quit_action = QAction(self.tr("Выход"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Справка"))
        about_action = QAction(self.tr("О программе"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        self.vault_label = QLabel(self.tr("Хранилище: {name}").format(name=self.vault.path.name))
        self.vault_label.setToolTip(str(self.vault.path))
        self.user_label = QLabel(self.tr("Пользователь: {user}").format(user=self.vault.user))
        self.count_label = QLabel()
        self._last_count: int | None = None  # the count shown, for a language switch
        bar = self.statusBar()
        for label in (self.vault_label, self.user_label, self.count_label):
            label.setStyleSheet("padding: 0 10px;")
        bar.addPermanentWidget(self.vault_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.count_label)

    def _first_listing(self, found: int) -> None:
        if self.registry.lists_everyone:
            self._show_count(found)
        else:
            self.refresh_count()

    def refresh_count(self) -> None:
        service = self.service
        BackgroundOp(self, lambda _ctx: service.count()).on_success(self._show_count).run()

    def retranslate(self) -> None:
        """After a language switch: the count in the new language's number format. The count
        did not change: it is formatted again, not counted again (at 1M the count query kept
        a worker busy through the switch, #17)."""
        if self._last_count is None:
            if self.reads_persons:
                self.refresh_count()
        else:
            self._show_count(self._last_count)

    def _show_count(self, count: int) -> None:
        self._last_count = count
        self.count_label.setText(
            self.tr("Записей: {count}").format(count=QLocale().toString(count))
        )

    def show_about(self) -> QMessageBox:
        from migdesk.ui.about_box import show_about

        return show_about(self)

    # --- persons ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        """The person registry with the cursor in its search field."""
        tabs = getattr(getattr(self, "requests", None), "tabs", None)
        if tabs is not None:
            tabs.setCurrentWidget(self.registry)
        self.registry.search_edit.setFocus()
        self.registry.search_edit.selectAll()

    def new_person(self) -> PersonForm:
        from migdesk.ui.person_form import PersonForm

        return self._show_form(PersonForm(self.service))

    def open_person(
        self, person_id: str, *, background: bool = True, failed: Failed | None = None
    ) -> PersonForm | None:
        """The person's card; it opens at once and its record is read in the background
        (``background=False``: read before this returns). A card that cannot be read says
        why in an error box, or to ``failed`` when given."""
        for form in self.forms.get(person_id, []):
            form.raise_()
            form.activateWindow()
            return form
        from migdesk.ui.person_form import PersonForm

        try:
            form = PersonForm(self.service, person_id, background=background)
        except MigDeskError as exc:  # e.g. deleted meanwhile: say so, keep working
            (failed or self._card_failed)(str(exc))
            return None
        form.load_failed.connect(failed or self._card_failed)
        return self._show_form(form)

    def _card_failed(self, text: str) -> None:
        messages.show_error(self, text)

    def open_duplicates(self) -> DuplicatesWindow:
        if self.duplicates_window is None:
            from migdesk.ui.duplicates_window import DuplicatesWindow

            self.duplicates_window = DuplicatesWindow(self.vault, self)
            self.duplicates_window.open_requested.connect(self.open_person)
        self.duplicates_window.show()
        self.duplicates_window.raise_()
        return self.duplicates_window

    def _show_form(self, form: PersonForm) -> PersonForm:
        key = form.person_id
        self.forms.setdefault(key, []).append(form)
        form.saved.connect(self._person_saved)
        form.open_requested.connect(self.open_person)
        form.closed.connect(self._forget_form)
        form.save_finished.connect(self.after_saves.save_ended)
        form.show()
        return form

    def _forget_form(self, form: QWidget) -> None:
        for forms in self.forms.values():
            if form in forms:
                forms.remove(form)
        self.forms = {k: v for k, v in self.forms.items() if v}
        self.after_saves.form_closed(self.open_forms())

    def _person_saved(self, _person_id: str) -> None:
        # A new person's form now has an id: regroup so «Открыть» finds it.
        self.forms = self._regrouped()

    def _regrouped(self) -> dict[str | None, list[PersonForm]]:
        grouped: dict[str | None, list[PersonForm]] = {}
        for forms in self.forms.values():
            for form in forms:
                grouped.setdefault(form.person_id, []).append(form)
        return grouped

    def restore_drafts(self) -> None:
        """Open every card this user had unsaved when the vault locked itself (on workers:
        ``drafts_restored(count)`` follows)."""
        restore = DraftsRestore(self, self.vault, self.open_person, self.new_person, self._restored)
        self.drafts_restore = restore
        restore.start()

    def _restored(self, count: int) -> None:
        if count:
            shown = self.statusBar().currentMessage()  # the lock's note, if any, stays
            text = self.tr(
                "Открыты карточки с изменениями, не сохранёнными до блокировки: {count}."
            ).format(count=count)
            self.statusBar().showMessage(f"{shown} {text}".strip(), 60_000)
        self.drafts_restored.emit(count)

    def open_forms(self) -> list[PersonForm]:
        return [form for forms in self.forms.values() for form in forms]

    def _follow_editing_window(self, form: QWidget) -> None:
        form.save_finished.connect(self.after_saves.save_ended)  # type: ignore[attr-defined]
        form.destroyed.connect(self._editing_window_gone)

    def _editing_window_gone(self) -> None:
        self.after_saves.form_closed(self._closing_forms())

    def _closing_forms(self) -> list[ClosingForm]:
        """Every form that asks about unsaved changes when the window closes."""
        requests = self.requests
        return [
            *self.open_forms(),
            *requests.open_thematic_forms(),
            *requests.open_request_windows(),
        ]

    # --- demo data -------------------------------------------------------------------------

    def fill_demo(self) -> None:
        count = self.demo.ask_count()
        if count is not None:
            self.start_demo_fill(count)

    def start_demo_fill(self, count: int) -> BackgroundOp[demo_fill.DemoResult]:
        return self.demo.start(count)

    def _after_demo_fill(self, added: int) -> None:
        self.index_upkeep.after_bulk_write(added)

    # --- locking and closing -----------------------------------------------------------------

    def close_forms(self) -> bool:
        """Close every person window (each asks about unsaved changes); False if one stays.

        A card that will close once its save has ended does not stop the others being asked
        (the window then follows them); a card the officer keeps open (Отмена) does."""
        for form in self._closing_forms():
            if not form.close() and not form.close_after_save:
                return False
        return not self._closing_forms()

    def lock(self) -> None:
        if not self.close_forms():
            self.after_saves.wait(self._closing_forms(), self.lock)
            return
        self._locking = True
        self.close()

    def force_lock(self, note: str, attempts: int = RETRY_ATTEMPTS) -> None:
        """Lock without asking anything: dialogs are closed, unsaved cards discarded.

        A dialog running its own event loop (a question box, a file chooser) unwinds only
        after this returns, and the window under it cannot close before; so the lock is
        retried every ``RETRY_MS`` until nothing is in the way.
        """
        if not shiboken6.isValid(self) or not self.isVisible():
            return
        items = self.requests.open_thematic_forms()
        requests = self.requests.open_request_windows()
        if (
            any(f.save_op for f in self.open_forms())
            or any(f.save_op for f in items)
            or any(w.save_op for w in requests)
        ):
            # A save under way ends first (it always ends: busy_timeout), its result (a new
            # record's id) reaching the card; no draft is kept of what was being saved.
            QTimer.singleShot(RETRY_MS, lambda: self.force_lock(note, attempts))
            return
        if self.lock_note is None:
            cards = dirty_cards(self.open_forms(), items, requests)
            if cards:
                # Kept on a worker, after the writes on their way (#17: they wait for the
                # write lock as any write); the lock goes on once they are kept. Writes
                # still queued then are waited for before the vault closes (``app``).
                if self._drafts_op is None:
                    done = partial(self._drafts_kept, note, attempts)
                    self._drafts_op = keep_drafts(self, self.vault, cards, done)
                return
            self.lock_note = note
        close_dialogs()
        for form in self.open_forms():
            form.close_discarding()
        for item in items:
            item.close_discarding()  # its draft is kept (or it had nothing typed)
        for request in requests:
            request.close_discarding()  # its draft is kept (or it had nothing typed)
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.close()
        if QApplication.activeModalWidget() is None and not self.open_forms():
            self.lock()
            if not self.isVisible():
                return
        if attempts > 0:
            QTimer.singleShot(RETRY_MS, lambda: self.force_lock(note, attempts - 1))

    def _drafts_kept(self, note: str, attempts: int, kept: int, lost: int) -> None:
        self._drafts_op = None
        self.lock_note = note + lock_note_drafts(kept, lost, self.vault.user)
        self.force_lock(self.lock_note, attempts)

    def clear_personal_data(self) -> None:
        """After a lock: the registry forgets its rows and the search text, the
        administration windows close, and the keyring forgets the remembered unlock (the
        password is needed)."""
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.close()
        self.registry.forget()
        remember.forget_key(self.vault.vault_id, self.vault.user)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_forms():
            self.after_saves.wait(self._closing_forms(), self.close)
            event.ignore()
            return
        self.registry.shutdown()
        self.requests.close_windows()
        self.exchange.close_windows()
        self.consents.close_windows()
        self.demo.cancel()
        event.accept()
        (self.lock_requested if self._locking else self.exit_requested).emit()
