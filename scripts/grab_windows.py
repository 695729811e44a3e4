# ruff: noqa: E402 — the environment must be set before Qt is imported
"""Grab every main window and dialog in each interface language, to look at (issue 15).

``QT_QPA_PLATFORM=offscreen python scripts/grab_windows.py [OUT] [--lang kk,hy]``

Writes ``OUT/<lang>/<nn>_<name>.png`` (default OUT: /tmp/migdesk-grabs), main windows at
1366×768 and dialogs at the size they open with (at most 1366×768). Kazakh and Armenian run
longer than Russian: look for text cut off, overflowing or elided without a tooltip. Each
language's windows are built after switching to it; ``switched_*`` grabs are built in
Russian and switched at run time, as an officer would. Only synthetic data; the vault lives
in a temporary directory removed at the end. Not run by ``make test``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("MIGDESK_INSECURE_FAST_KDF", "1")
# Offscreen, one screen of 1366×768 (the smallest the officers have), so windows open and
# fit as they would there.
_SCREEN_CONFIG = Path(tempfile.gettempdir()) / "migdesk-grab-screen.json"
_SCREEN_CONFIG.write_text(
    '{"screens": [{"name": "smallest", "x": 0, "y": 0, "width": 1366, "height": 768, '
    '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN_CONFIG}"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings, QThread, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from migdesk.demo import synthetic_persons
from migdesk.errors import MigDeskError
from migdesk.languages import LANGUAGES
from migdesk.office.users import UserService
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.requests.agreement import AgreementService
from migdesk.requests.service import RequestService
from migdesk.signing.demo import create_signed_demo_requests
from migdesk.ui import i18n, language_switch
from migdesk.vault import Vault
from tests.ui.make_screenshots import full_person

if TYPE_CHECKING:
    from migdesk.ui.main_window import MainWindow

SCREEN = (1366, 768)
PREVIEW_TIMEOUT = 30.0  # seconds; QtPdf draws a letter's first page in well under one
INK = 64  # grey level below which a pixel is print: the page is white, the view's ground 122
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
    return lambda stage: _person(stage, tab)


def _person(stage: Stage, tab: int) -> QWidget:
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
            "statistics": lambda s: StatisticsWindow(s.vault),
            "audit": lambda s: AuditWindow(s.vault),
            "retention": lambda s: RetentionWindow(s.vault),
            "propose_due": _propose(-30),
            "propose_early": _propose(30),
            "users": lambda s: UsersDialog(UserService(s.vault)),
            "user_add": lambda s: AddUserDialog(UserService(s.vault)),
            "password": lambda s: PasswordDialog(UserService(s.vault), s.vault.user),
            "idle_lock": lambda s: s.window.admin.open_idle_lock(),
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


def _shows_ink(preview: QWidget) -> bool:
    """A PDF preview with a document shows print (QtPdf has drawn a page), or has none."""
    from migdesk.ui.documents.preview import PdfPreview

    assert isinstance(preview, PdfPreview)
    if preview.page_count() == 0:
        return True
    image = preview.view.viewport().grab().toImage()
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data, width, line = bytes(image.constBits()), image.width(), image.bytesPerLine()
    return any(min(data[row * line : row * line + width]) < INK for row in range(image.height()))


def wait_for_previews(app: QApplication, widget: QWidget) -> None:
    """QtPdf draws a preview's pages in a thread of its own once the view is painted; until
    then each page is a white sheet. Polls until every document preview in ``widget`` shows
    print, or fails the scene after ``PREVIEW_TIMEOUT``."""
    from migdesk.ui.documents.preview import PdfPreview

    previews = widget.findChildren(PdfPreview)
    if not previews:
        return
    deadline = time.monotonic() + PREVIEW_TIMEOUT
    while QThreadPool.globalInstance().activeThreadCount() or not all(
        _shows_ink(p) for p in previews
    ):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the document preview was not drawn in {PREVIEW_TIMEOUT:.0f} s")
        QThread.msleep(20)
        app.processEvents()


def grab(stage: Stage, widget: QWidget, path: Path) -> None:
    """Dialogs as they open; other windows at the smallest screen's size. A document preview
    is waited for until its page is drawn."""
    widget.show()
    settle(stage.app)
    if not isinstance(widget, QDialog):
        widget.resize(*SCREEN)
        settle(stage.app)
    wait_for_previews(stage.app, widget)
    widget.grab().save(str(path))


def build_vault(directory: Path) -> tuple[Vault, Path]:
    path = directory / "demo.vault"
    vault = Vault.create(path, "operator", "demo-password", authority="KZ-MVD")
    users = UserService(vault)
    users.add("petrova.a", "supervisor", "demo-password-2", "Петрова Анна (демо)")
    users.add("sidorov.k", "officer", "demo-password-3", "Сидоров Карим (демо)")
    bulk_add(vault, synthetic_persons(40, seed=3), validate=False)
    create_signed_demo_requests(vault, seed=5)
    today = date.today()
    agreement = AgreementService(vault)
    agreement.record_notice("ratification", "KZ", date(today.year, 1, 10), "Нота № 1 (демо)")
    agreement.record_notice("ratification", "AM", date(today.year, 1, 20), "Нота № 7 (демо)")
    return vault, path


def never_block() -> None:
    """No modal loop may wait for an answer nobody gives: questions answer «discard»."""
    from PySide6.QtWidgets import QMessageBox

    from migdesk.ui import messages

    messages.ask_save_changes = lambda _parent: messages.SaveAnswer.DISCARD  # type: ignore[assignment]
    QMessageBox.exec = lambda self: int(QMessageBox.StandardButton.Discard.value)  # type: ignore[method-assign]
    QDialog.exec = lambda self: int(QDialog.DialogCode.Rejected.value)  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("/tmp/migdesk-grabs"))
    parser.add_argument("--lang", default=",".join(LANGUAGES))
    parser.add_argument("--only", help="scene names, comma-separated")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    never_block()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        i18n.install_translators(app, "ru")
        vault, path = build_vault(Path(tmp))
        stage = Stage(app, vault, path)
        stage.person_id = PersonService(vault).add(full_person()).id
        chosen = scenes()
        if args.only:
            chosen = {k: v for k, v in chosen.items() if k in args.only.split(",")}
        for lang in args.lang.split(","):
            language_switch.switch_language(lang)
            folder = args.out / lang
            folder.mkdir(parents=True, exist_ok=True)
            for number, (name, make) in enumerate(chosen.items()):
                try:
                    widget = make(stage)
                    if widget is not None:
                        grab(stage, widget, folder / f"{number:02d}_{name}.png")
                        if widget is not stage.window:
                            widget.close()
                except Exception:  # noqa: BLE001 — one broken scene must not hide the others
                    failures += 1
                    print(f"{lang}/{name}: failed", file=sys.stderr)
                    traceback.print_exc()
            stage.close()
            for widget in QApplication.topLevelWidgets():
                widget.close()
            settle(app)
        # Built in Russian, switched while open: the same windows must look the same.
        for lang in args.lang.split(","):
            if lang == "ru":
                continue
            language_switch.switch_language("ru")
            window = stage.window
            form = _person(stage, 0)
            grab(stage, window, args.out / lang / "switched_main.png")
            grab(stage, form, args.out / lang / "switched_person.png")
            language_switch.switch_language(lang)
            settle(app)
            grab(stage, window, args.out / lang / "switched_main.png")
            grab(stage, form, args.out / lang / "switched_person.png")
            form.close()
            stage.close()
        language_switch.switch_language("ru")
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        settle(app)
        vault.close()
    print(f"grabs in {args.out}; scenes failed: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
