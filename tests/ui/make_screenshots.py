"""Window grabs for review: ``QT_QPA_PLATFORM=offscreen python -m tests.ui.make_screenshots``.

Writes PNGs to ``screenshots/`` (git-ignored): unlock dialog (open and create pages),
registry with 50 demo persons, the person form on every tab, the validation-error state,
the MRZ dialog, and the main window and form in English. Only synthetic data is used; the
vault lives in a temporary directory that is removed at the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("MIGDESK_INSECURE_FAST_KDF", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from migdesk.demo import synthetic_persons
from migdesk.identity.iin import iin_with_check_digit
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.ui import i18n, tasks
from migdesk.ui.main_window import MainWindow
from migdesk.ui.person_form import PersonForm
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault

OUT = Path(__file__).resolve().parents[2] / "screenshots"
SPECIMEN_MRZ = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)


def settle(app: QApplication, rounds: int = 20) -> None:
    """Let workers finish and their results arrive, then let the windows repaint."""
    for _ in range(rounds):
        app.processEvents()
    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(rounds):
        app.processEvents()


def wait_for(app: QApplication, condition: Any, timeout_s: float = 10.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        app.processEvents()
        time.sleep(0.01)


def grab(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def synthetic_photo() -> str:
    """A drawn placeholder portrait (no real face), as base64 PNG."""
    import base64

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe7ef"))
    painter = QPainter(image)
    painter.setBrush(QColor("#9aaabb"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(95, 60, 110, 140)
    painter.drawRoundedRect(50, 220, 200, 200, 80, 80)
    painter.setPen(QColor("#333"))
    painter.drawText(10, 390, "ДЕМО")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs say bytes, PySide6 itself wants str for the format name.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return base64.b64encode(bytes(data.data())).decode("ascii")


def full_person() -> dict[str, Any]:
    """A synthetic record with every part filled, so each tab has something to show."""
    return {
        "surname_ru": "Демонстрационная",
        "given_name_ru": "Айгерим",
        "patronymic_ru": "Ерлановна",
        "sex": "F",
        "birth_date": "1988-07-21",
        "birth_place": "г. Алматы (демо)",
        "citizenship": ["KAZ", "ARM"],
        "personal_number": iin_with_check_digit("88072140012"),
        "personal_number_kind": "KZ_IIN",
        "documents": [
            {
                "kind": "passport",
                "number": "N00000001",
                "issuing_country": "KAZ",
                "issued_on": "2019-03-01",
                "issued_by": "ДЕМО",
                "valid_until": "2029-02-28",
            },
            {"kind": "id_card", "number": "000000001", "issuing_country": "KAZ"},
        ],
        "administrative_liability": [
            {
                "country": "ARM",
                "decided_on": "2021-05-14",
                "authority": "Полиция (демо)",
                "legal_basis": "ст. 201 (демо)",
                "description": "Нарушение срока пребывания (демонстрационная запись)",
                "penalty": "штраф",
            }
        ],
        "criminal_liability": [],
        "registrations": [
            {
                "kind": "stay",
                "country": "ARM",
                "address": "г. Ереван, ул. Демонстрационная, 1",
                "valid_from": "2021-01-10",
                "valid_until": "2021-04-10",
                "authority": "Миграционная служба (демо)",
            }
        ],
        "residence_permits": [
            {
                "kind": "temporary_residence",
                "country": "ARM",
                "number": "TR-0001",
                "issued_on": "2021-04-01",
                "valid_from": "2021-04-01",
                "valid_until": "2022-04-01",
            }
        ],
        "citizenship_acts": [
            {
                "kind": "admission",
                "country": "ARM",
                "decided_on": "2023-02-01",
                "decision_number": "Д-1",
            }
        ],
        "restrictions": [
            {
                "kind": "entry_ban",
                "country": "KAZ",
                "imposed_on": "2022-06-01",
                "valid_from": "2022-06-01",
                "valid_until": "2027-06-01",
                "grounds": "Демонстрационное основание",
            }
        ],
        "photos": [{"mime": "image/png", "data_base64": synthetic_photo()}],
        "notes": "Синтетическая запись для снимков экрана",
    }


def main() -> int:
    OUT.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        translators = i18n.install_translators(app, "ru")
        vault_path = Path(tmp) / "demo.vault"
        vault = Vault.create(vault_path, "operator", "demo-password", authority="KZ-MVD")
        service = PersonService(vault)
        person_id = service.add(full_person()).id
        service.update(person_id, {"birth_place": "г. Алматы, Медеуский р-н (демо)"})
        bulk_add(vault, synthetic_persons(49, seed=7), validate=False)

        unlock = UnlockDialog(vault_path)
        unlock.user_edit.setText("operator")
        unlock.password_edit.setText("wrong")
        unlock.show()
        grab(unlock, "01_unlock")
        unlock.open_button.click()
        wait_for(app, lambda: unlock.open_error.isVisible())
        grab(unlock, "02_unlock_wrong_password")
        unlock.path_edit.setText(str(Path(tmp) / "new.vault"))
        grab(unlock, "03_unlock_missing_file")
        unlock.create_button.click()
        grab(unlock, "04_unlock_create")
        unlock.close()

        window = MainWindow(vault)
        window.resize(1200, 700)
        window.show()
        wait_for(app, lambda: window.registry.last_count == 50)
        settle(app)
        grab(window, "05_registry")

        window.registry.search_edit.setText("ахмет")
        wait_for(app, lambda: not window.registry.searching)
        settle(app)
        grab(window, "06_registry_search")

        form = PersonForm(service, person_id)
        form.resize(1200, 760)
        form.show()
        for index in range(form.tabs.count()):
            form.tabs.setCurrentIndex(index)
            settle(app, 5)
            grab(form, f"1{index}_person_tab_{index}")
        form.tabs.setCurrentIndex(0)

        new = PersonForm(service)
        new.resize(1200, 760)
        new.show()
        new.main_tab.edits["given_name_ru"].setText("Анна")
        new.main_tab.edits["surname_lat"].setText("IVАNOVA")  # Cyrillic А: refused
        new.main_tab.edits["birth_date"].setText("31.02.1990")
        new.main_tab.edits["personal_number"].setText("900231400125")
        new.save()
        settle(app, 5)
        grab(new, "20_validation_main_tab")
        new.main_tab.edits["birth_date"].setText("1990")
        new.main_tab.edits["surname_ru"].setText("Иванова")
        new.main_tab.edits["surname_lat"].setText("")
        docs = new.tables["documents"]
        row = docs.add_row()
        docs.set_value(row, "issued_on", "2020")
        issued = docs.table.item(row, 4)
        assert issued is not None
        issued.setText("31.02.2020")
        new.save()
        settle(app, 5)
        grab(new, "21_validation_documents_tab")

        dialog = new.open_mrz_dialog()
        dialog.set_text(SPECIMEN_MRZ.replace("7408122F", "7408123F"))
        settle(app, 5)
        grab(dialog, "22_mrz_dialog_with_error")
        dialog.set_text(SPECIMEN_MRZ)
        dialog.fill_button.click()
        new.tabs.setCurrentIndex(0)
        settle(app, 5)
        grab(new, "23_after_mrz")
        new.hide()  # not close(): it would ask about the unsaved changes

        op = window.start_demo_fill(20_000)
        wait_for(app, lambda: _progress(window) is not None)
        progress = _progress(window)
        assert progress is not None
        grab(progress, "24_demo_progress")
        op.cancel()
        wait_for(app, lambda: op.finished)

        i18n.remove_translators(app, translators)
        translators = i18n.install_translators(app, "en")
        english = MainWindow(vault)
        english.resize(1200, 700)
        english.show()
        wait_for(app, lambda: english.registry.last_count is not None)
        settle(app)
        grab(english, "30_registry_en")
        english_form = PersonForm(service, person_id)
        english_form.resize(1200, 760)
        english_form.show()
        settle(app, 5)
        grab(english_form, "31_person_en")
        english_unlock = UnlockDialog(vault_path)
        english_unlock.show()
        grab(english_unlock, "32_unlock_en")
        i18n.remove_translators(app, translators)

        for widget in (form, english_form, english_unlock):
            widget.close()
        for main_window in (window, english):
            main_window.close()
        tasks.wait_for_all()
        settle(app)
        vault.close()
    QCoreApplication.processEvents()
    return 0


def _progress(window: MainWindow) -> QWidget | None:
    from PySide6.QtWidgets import QProgressDialog

    dialog = window.findChild(QProgressDialog)
    visible = dialog is not None and dialog.isVisible() and dialog.value() > 0
    return dialog if visible else None


if __name__ == "__main__":
    raise SystemExit(main())
