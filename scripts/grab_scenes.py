"""The windows and dialogs ``grab_windows`` grabs, each built by a scene from the demo
vault's stage (its main window, a person, requests in work), by name.

Imported by ``grab_windows`` once it has set up the offscreen screen: Qt must not be
imported before that.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from migdesk.errors import MigDeskError
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.vault import Vault
from tests.ui.make_screenshots import full_person

if TYPE_CHECKING:
    from migdesk.ui.main_window import MainWindow

SCREEN = (1366, 768)
Scene = Callable[["Stage"], QWidget | None]


def settle(app: QApplication, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()
    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(rounds):
        app.processEvents()


class Stage:
    """The demo vault and the main window the scenes open their windows from."""

    def __init__(self, app: QApplication, vault: Vault, vault_path: Path) -> None:
        self.app = app
        self.vault = vault
        self.vault_path = vault_path
        self.person_id = ""
        self._window: MainWindow | None = None

    @property
    def window(self) -> MainWindow:
        from migdesk.ui.main_window import MainWindow

        if self._window is None:
            self._window = MainWindow(self.vault)
            self._window.resize(*SCREEN)
        return self._window

    def close(self) -> None:
        if self._window is not None:
            self._window.close()
            self._window.deleteLater()
            self._window = None
        settle(self.app)


def _person_tab(tab: int) -> Scene:
    return lambda stage: person_form(stage, tab)


def person_form(stage: Stage, tab: int) -> QWidget:
    from migdesk.ui.person_form import PersonForm

    form = PersonForm(PersonService(stage.vault), stage.person_id)
    form.tabs.setCurrentIndex(tab)
    return form


def _new_person_errors(stage: Stage) -> QWidget:
    from migdesk.ui.person_form import PersonForm

    form = PersonForm(PersonService(stage.vault))
    form.main_tab.edits["given_name_ru"].setText("Анна")
    form.main_tab.edits["surname_lat"].setText("IVАNOVA")
    form.main_tab.edits["birth_date"].setText("31.02.1990")
    form.save()
    return form


def _duplicate_hint(stage: Stage) -> QWidget:
    """A new record typed like one in the registry: the dialog that asks before saving."""
    from migdesk.persons.duplicates import DuplicateService
    from migdesk.ui.duplicate_dialog import DuplicateDialog

    typed = full_person()
    hints = DuplicateService(stage.vault).check(typed)
    return DuplicateDialog(PersonService(stage.vault), typed, hints)


def _user_add_refused(stage: Stage) -> QWidget:
    """«Новый пользователь» after a too simple password (the rule's line under the field)."""
    from migdesk.security.password_policy import problem
    from migdesk.ui.user_edit_dialogs import AddUserDialog

    add = AddUserDialog(UserService(stage.vault))
    add.name_edit.setText("ivanov.a")
    refused = problem("Qwerty123456", min_length=10)
    add.password_field.set_error(str(refused))
    return add


def _users_wait_cleared(stage: Stage) -> QWidget:
    """«Пользователи» after ending an officer's login wait (the line under the table)."""
    from migdesk.ui.users_dialog import UsersDialog
    from migdesk.vault.login_guard import FailedLogins

    guard = FailedLogins(stage.vault.path)
    for _ in range(5):
        guard.add_failure("sidorov.k", "window")
    dialog = UsersDialog(UserService(stage.vault))
    dialog.select("sidorov.k")
    dialog.clear_wait()
    settle(stage.app)
    return dialog


def _password_notice(stage: Stage) -> QWidget:
    """After an unlock with a password the rule would refuse today."""
    from migdesk.ui.password_rule import announce_outdated_password

    return announce_outdated_password(stage.window, 10, lambda: None)


def _sign(stage: Stage) -> QWidget | None:
    """The signing dialog of an outgoing draft (the demo's signatory is bound to operator)."""
    from migdesk.ui.requests.sign_dialog import SignDialog

    service = RequestService(stage.vault)
    drafts = [r for r in service.list() if r.state == "draft"]
    return SignDialog(service, service.get(drafts[0].id)) if drafts else None


def _unlock(page: int) -> Scene:
    def make(stage: Stage) -> QWidget:
        from migdesk.ui.unlock import UnlockDialog

        dialog = UnlockDialog(stage.vault_path)
        dialog.user_edit.setText("operator")
        if page == 1:
            dialog.show_page(1)
        return dialog

    return make


def _main_tab(index: int) -> Scene:
    def make(stage: Stage) -> QWidget:
        window = stage.window
        window.requests.tabs.setCurrentIndex(index)
        return window

    return make


def _request(stage: Stage, step: str | None = None) -> QWidget | None:
    screens = stage.window.requests
    views = RequestService(stage.vault).list()
    incoming = next(v for v in views if v.direction == "incoming" and v.state == "in_work")
    window = screens.open_request(incoming.id)
    settle(stage.app)  # the request is read on a worker
    if step is None or window is None:
        return window
    return window.open_step(step)


def _request_documents(stage: Stage) -> QWidget | None:
    """The documents of an incoming request: our letters on its steps, by kind and date."""
    from migdesk.reports.documents.choices import request_choices
    from migdesk.ui.documents.document_dialog import DocumentDialog

    service = RequestService(stage.vault)
    views = [service.get(row.id) for row in service.list() if row.direction == "incoming"]
    answered = next((v for v in views if request_choices(v)), None)
    return DocumentDialog.for_request(stage.vault, answered) if answered else None


def _new_request_errors(stage: Stage) -> QWidget:
    draft = stage.window.requests.new_request("request", "outgoing")
    draft.save()
    return draft


def _registries(tab: int) -> Scene:
    def make(stage: Stage) -> QWidget:
        from migdesk.ui.requests.registries_window import RegistriesWindow

        window = RegistriesWindow(stage.vault)
        window.tabs.setCurrentIndex(tab)
        return window

    return make


def _thematic_form(stage: Stage) -> QWidget | None:
    thematic = stage.window.requests.open_thematic()
    form = thematic.open_item(None)
    if form is not None:
        form.save()
    return form


def _thematic_restored(stage: Stage) -> QWidget:
    """A new item's form brought back from a draft (kept at the lock or before a crash)."""
    from migdesk.requests.records import AttachmentInput

    form = stage.window.requests.new_thematic_form()
    form.title_edit.setText("Канал через третью страну (синтетический пример)")
    form.text_edit.setPlainText("Описание схемы, набранное до блокировки.\n" * 6)
    form.show_attachment(AttachmentInput("схема.pdf", "application/pdf", b"%PDF" * 600))
    data = form.draft_data()
    form.close_discarding()
    restored = stage.window.requests.new_thematic_form()
    restored.restore_draft("grab", data, datetime.now(UTC).replace(tzinfo=None))
    return restored


def _thematic_close(stage: Stage) -> QWidget:
    """«Сохранить изменения?» over a new item's form with something typed."""
    from migdesk.ui import messages

    form = stage.window.requests.new_thematic_form()
    form.title_edit.setText("Канал через третью страну (синтетический пример)")
    return messages.save_changes_box(form)


def _request_restored(stage: Stage) -> QWidget:
    """A new request's window brought back from the draft the automatic lock kept."""
    from migdesk.ui.requests import request_unsaved

    window = stage.window.requests.new_request()
    window.fields.substance_edit.setPlainText("Просим сообщить сведения (синтетический пример).")
    window.fields.purpose_edit.setPlainText("Цель, набранная до блокировки.")
    data = request_unsaved.draft_data(window)
    window.close_discarding()
    restored = stage.window.requests.new_request()
    request_unsaved.restore(restored, data, datetime.now(UTC).replace(tzinfo=None))
    return restored


def _unreadable_draft(stage: Stage) -> QWidget:
    """A draft kept at the lock whose person cannot be read now: the domain's own reason."""
    from migdesk.persons.drafts import Draft
    from migdesk.ui.unreadable_draft import UnreadableDraftDialog

    draft = Draft("grab", str(uuid.uuid4()), {}, datetime.now(UTC).replace(tzinfo=None))
    try:
        PersonService(stage.vault).get(str(draft.person_id))
    except MigDeskError as exc:
        return UnreadableDraftDialog(stage.vault, draft, str(exc), stage.window)
    raise AssertionError("a person nobody saved was read")


def _propose(ahead: int) -> Scene:
    """«Предложить уничтожение» for the card's person, kept ``ahead`` days more (<0: due)."""

    def make(stage: Stage) -> QWidget:
        from migdesk.office.retention import DueRecord
        from migdesk.ui.propose_dialog import ProposeDialog

        today = date.today()
        until = date.fromordinal(today.toordinal() + ahead)
        return ProposeDialog(DueRecord("person", stage.person_id, until, False), today)

    return make


def scenes() -> dict[str, Scene]:
    from migdesk.ui.audit_window import AuditWindow
    from migdesk.ui.backup_action import BackupDialog
    from migdesk.ui.consents.consent_window import ConsentWindow
    from migdesk.ui.consents.request_dialog import RequestDialog as ConsentRequestDialog
    from migdesk.ui.documents.document_dialog import DocumentDialog
    from migdesk.ui.duplicates_window import DuplicatesWindow
    from migdesk.ui.exchange.courier_dialog import CourierDialog
    from migdesk.ui.exchange.export_dialog import ExportDialog
    from migdesk.ui.exchange.import_dialog import ImportDialog
    from migdesk.ui.exchange.log_window import BundleLogWindow
    from migdesk.ui.letter_settings import LetterheadDialog
    from migdesk.ui.mrz_dialog import MrzDialog
    from migdesk.ui.requests.statistics_view import StatisticsWindow
    from migdesk.ui.requests.thematic_list import ThematicWindow
    from migdesk.ui.retention_window import RetentionWindow
    from migdesk.ui.user_edit_dialogs import AddUserDialog, PasswordDialog
    from migdesk.ui.users_dialog import UsersDialog

    found: dict[str, Scene] = {
        "unlock": _unlock(0),
        "unlock_create": _unlock(1),
    }
    for index in range(3):
        found[f"main_tab{index}"] = _main_tab(index)
    for tab in range(9):
        found[f"person_tab{tab}"] = _person_tab(tab)
    found.update(
        {
            "person_errors": _new_person_errors,
            "person_duplicate": _duplicate_hint,
            "mrz": lambda s: MrzDialog(),
            "person_document": lambda s: DocumentDialog.for_person(s.vault, s.person_id),
            "request_incoming": _request,
            "request_refuse": lambda s: _request(s, "refuse"),
            "request_postpone": lambda s: _request(s, "postpone"),
            "request_new_errors": _new_request_errors,
            "request_documents": _request_documents,
            "request_sign": _sign,
            "registries0": _registries(0),
            "registries1": _registries(1),
            "registries2": _registries(2),
            "thematic": lambda s: ThematicWindow(s.vault),
            "thematic_form": _thematic_form,
            "thematic_restored": _thematic_restored,
            "thematic_close": _thematic_close,
            "request_restored": _request_restored,
            "statistics": lambda s: StatisticsWindow(s.vault),
            "audit": lambda s: AuditWindow(s.vault),
            "retention": lambda s: RetentionWindow(s.vault),
            "propose_due": _propose(-30),
            "propose_early": _propose(30),
            "users": lambda s: UsersDialog(UserService(s.vault)),
            "users_wait_cleared": _users_wait_cleared,
            "user_add": lambda s: AddUserDialog(UserService(s.vault)),
            "password": lambda s: PasswordDialog(UserService(s.vault), s.vault.user),
            "idle_lock": lambda s: s.window.admin.open_idle_lock(),
            "password_rule": lambda s: s.window.admin.open_password_rule(),
            "user_add_refused": _user_add_refused,
            "password_notice": _password_notice,
            "backup": lambda s: BackupDialog(s.vault),
            "letterhead": lambda s: LetterheadDialog(s.vault),
            "bundle_log": lambda s: BundleLogWindow(s.vault),
            "bundle_import": lambda s: ImportDialog(s.vault),
            "bundle_export": lambda s: ExportDialog(s.vault, [s.person_id]),
            "courier": lambda s: CourierDialog(),
            "consents": lambda s: ConsentWindow(s.vault),
            "consent_request": lambda s: ConsentRequestDialog(s.vault, s.person_id),
            "duplicates": lambda s: DuplicatesWindow(s.vault),
            "draft_unreadable": _unreadable_draft,
        }
    )
    return found
