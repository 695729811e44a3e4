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
from datetime import date
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
from migdesk.languages import LANGUAGES
from migdesk.office.users import UserService
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.requests.agreement import AgreementService
from migdesk.signing.demo import create_signed_demo_requests
from migdesk.ui import i18n, language_switch
from migdesk.vault import Vault
from scripts.grab_scenes import SCREEN, Stage, person_form, scenes, settle
from tests.ui.make_screenshots import full_person

if TYPE_CHECKING:
    pass

PREVIEW_TIMEOUT = 30.0  # seconds; QtPdf draws a letter's first page in well under one
INK = 64  # grey level below which a pixel is print: the page is white, the view's ground 122


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
            form = person_form(stage, 0)
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
