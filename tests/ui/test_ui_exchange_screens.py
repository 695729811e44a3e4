"""The exchange screens on two real vaults (KZ-MVD and AM-MIGRATION, keys and trust set up
through the domain): export from the GUI onto a «drive», import with preview and confirm,
a conflict decided per record, the bundle log, a tampered bundle refused in Russian.

``MIGDESK_SCREENSHOTS=1`` also grabs each screen into ``screenshots/``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle
from migdesk.exchange.channels import list_bundles
from migdesk.exchange.keys import use_token_signing
from migdesk.office.users import UserService
from migdesk.persons.family import FamilyService
from migdesk.persons.service import PersonService
from migdesk.pki.keys import KeyAlgorithm
from migdesk.ui.drives import Target, order_targets
from migdesk.ui.exchange import export_setup
from migdesk.ui.exchange.export_dialog import ExportDialog
from migdesk.ui.exchange.import_dialog import ImportDialog
from migdesk.ui.exchange.import_preview import TAKE_BUNDLE
from migdesk.ui.exchange.log_window import BundleLogWindow
from migdesk.ui.main_window import MainWindow
from migdesk.vault import Vault
from tests.conftest import flip_last_byte, sample_person
from tests.exchange.conftest import am, kz, world  # noqa: F401 — fixtures
from tests.exchange.exchange_world import AM, KZ, Station, token_key
from tests.signing.softhsm import make_token, module_path
from tests.support.gui import close_all

GB = 1024**3
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def shot(widget: QWidget, name: str) -> None:
    if os.environ.get("MIGDESK_SCREENSHOTS"):
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def drive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A «removable drive» (a folder) offered first, the home folder after it."""
    folder = tmp_path / "usb"
    folder.mkdir()
    home = tmp_path / "home"
    home.mkdir()

    def targets(home_label: str) -> list[Target]:
        return order_targets(
            [
                Target(home, home_label, False, 50 * GB, 100 * GB),
                Target(folder, "TRANSCEND", True, 7 * GB, 8 * GB),
            ]
        )

    monkeypatch.setattr(export_setup, "list_targets", targets)
    return folder


def _ready(qtbot: QtBot, dialog: ExportDialog) -> None:
    """The addressees, key and drives are read in the background (#17)."""
    qtbot.waitUntil(lambda: dialog.setup_op is None, timeout=10_000)


def _export(qtbot: QtBot, dialog: ExportDialog) -> None:
    op = dialog.start()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20_000)


def test_export_from_the_gui_writes_a_bundle_to_the_drive(
    qtbot: QtBot, kz_vault: Vault, drive: Path
) -> None:
    person = PersonService(kz_vault).add(sample_person()).id
    window = MainWindow(kz_vault)
    qtbot.addWidget(window)
    assert window.exchange.export_action.isEnabled()
    dialog = window.exchange.open_export([person])
    assert dialog.person_ids() == [person]
    # #17: listed at once, the name read in the background.
    assert dialog.persons.item(0).text() == "Загрузка…"
    _ready(qtbot, dialog)
    assert dialog.addressee.currentData() == AM
    qtbot.waitUntil(lambda: "Тестов Пробный" in dialog.persons.item(0).text(), timeout=10_000)
    first = dialog.targets.item(0).text()
    assert first.startswith("Съёмный носитель: TRANSCEND (свободно 7,0 ГБ) — ")
    dialog.cover.setPlainText("Для сведения (тест)")
    shot(dialog, "60_exchange_export")
    _export(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.ok, dialog.error.text()
    assert dialog.outcome.sequence == 1
    assert (drive / "KZ-MVD_to_AM-MIGRATION_000001.mdbundle" / "label.json").exists()
    text = dialog.done_label.text()
    assert "Пакет записан и проверен." in text and "Номер пакета: 1" in text
    assert not dialog.start_button.isEnabled()
    shot(dialog, "61_exchange_export_done")
    assert [e.sequence for e in list_bundles(kz_vault)] == [1]


def test_export_refusals_are_the_domains_sentences(
    qtbot: QtBot, kz_vault: Vault, drive: Path
) -> None:
    dialog = ExportDialog(kz_vault, [])
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    dialog.include_acks.setChecked(False)
    _export(qtbot, dialog)
    assert dialog.error.isVisibleTo(dialog)
    assert "Нечего отправлять в AM-MIGRATION" in dialog.error.text()
    assert list(drive.iterdir()) == []


def test_export_with_the_signing_key_on_a_token_asks_for_its_pin(
    qtbot: QtBot, kz_vault: Vault, drive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = make_token(tmp_path, "Токен органа", "3579", monkeypatch)
    token_key(kz_vault, token, KeyAlgorithm.EC_P256, chain=False)
    use_token_signing(kz_vault, module_path(), token.label, b"3579")
    person = PersonService(kz_vault).add(sample_person()).id
    dialog = ExportDialog(kz_vault, [person])
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "ПИН-код токена «Токен органа»:" in labels
    assert dialog.pin.isVisibleTo(dialog)

    assert dialog.start() is None  # no PIN: asked for, nothing started
    assert "хранится на токене «Токен органа»" in dialog.error.text()
    assert list(drive.iterdir()) == []

    qtbot.keyClicks(dialog.pin, "0000")
    _export(qtbot, dialog)
    assert "Неверный ПИН-код токена «Токен органа»" in dialog.error.text()
    assert dialog.pin.text() == ""  # never kept after an attempt
    assert list(drive.iterdir()) == []
    shot(dialog, "65_exchange_export_token_pin")

    qtbot.keyClicks(dialog.pin, "3579")
    _export(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.ok, dialog.error.text()
    assert (drive / "KZ-MVD_to_AM-MIGRATION_000001.mdbundle" / "label.json").exists()


def test_export_dialog_has_no_pin_field_for_a_key_in_the_vault(
    qtbot: QtBot, kz_vault: Vault
) -> None:
    dialog = ExportDialog(kz_vault, [])
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    dialog.show()
    assert not dialog.pin.isVisibleTo(dialog)
    assert not any("ПИН-код" in label.text() for label in dialog.findChildren(QLabel))


def test_exchange_actions_follow_the_roles(qtbot: QtBot, kz_vault: Vault) -> None:
    UserService(kz_vault).add("admin2", "administrator", "another long password 2")
    with Vault.open(kz_vault.path, "admin2", "another long password 2") as admin_only:
        window = MainWindow(admin_only)
        qtbot.addWidget(window)
        assert not window.exchange.export_action.isEnabled()
        assert not window.exchange.import_action.isEnabled()
        assert not window.exchange.log_action.isEnabled()
        window.close()
        close_all(QApplication.instance())  # type: ignore[arg-type]


def _bundle_from_kz(kz: Station, out: Path, person: dict[str, object]) -> tuple[Path, str]:  # noqa: F811
    out.mkdir(parents=True, exist_ok=True)
    with kz.open() as vault:
        pid = PersonService(vault).add(person).id
        result = export_bundle(vault, AM, out, persons=[pid], note="Для сведения (тест)")
    assert result.ok and result.path is not None
    return result.path, pid


def _preview(qtbot: QtBot, dialog: ImportDialog) -> None:
    op = dialog.run_preview()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20_000)


def test_import_preview_shows_the_new_person_and_confirm_imports_it(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am_vault: Vault,
    tmp_path: Path,
) -> None:
    path, pid = _bundle_from_kz(kz, tmp_path / "stick", sample_person())
    window = MainWindow(am_vault)
    qtbot.addWidget(window)
    dialog = window.exchange.open_import(path)
    _preview(qtbot, dialog)
    assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
    assert dialog.preview is not None and dialog.preview.status == "preview"
    top = dialog.tree.topLevelItem(0)
    assert top is not None and top.text(0) == "Новые лица: 1"
    child = top.child(0)
    assert child is not None and "Тестов" in child.text(0) and child.toolTip(0) == pid
    assert "Отправитель: KZ-MVD; пакет № 1" in dialog.summary.text()
    assert "Для сведения (тест)" in dialog.summary.text()
    assert PersonService(am_vault).count() == 0  # the preview changed nothing
    assert dialog.import_button.isEnabled()
    shot(dialog, "62_exchange_import_preview")

    op = dialog.run_import()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20_000)
    assert dialog.outcome is not None and dialog.outcome.status == "imported"
    assert "новых лиц — 1" in dialog.done_label.text()
    assert PersonService(am_vault).get(pid)["surname_ru"] == "Тестов"
    assert not dialog.import_button.isEnabled()
    shot(dialog, "63_exchange_import_done")

    log = window.exchange.open_log()
    assert log.table.rowCount() == 1
    assert log.table.item(0, 0).text() == "получен"  # type: ignore[union-attr]
    assert log.table.item(0, 3).text() == "1"  # type: ignore[union-attr]


def test_import_preview_lists_the_family_links(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am_vault: Vault,
    tmp_path: Path,
) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    with kz.open() as vault:
        persons = PersonService(vault)
        mother = persons.add(sample_person(surname_ru="Матерова", sex="F")).id
        child = persons.add(sample_person(surname_ru="Детова", sex="F")).id
        FamilyService(vault).add(mother, child, "child")
        sent = export_bundle(vault, AM, out, persons=[mother, child], note="Семья (тест)")
    assert sent.ok and sent.path is not None
    window = MainWindow(am_vault)
    qtbot.addWidget(window)
    dialog = window.exchange.open_import(sent.path)
    _preview(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.status == "preview"
    tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    family = [t for t in tops if t is not None and t.text(0) == "Связи с членами семьи: 1"]
    assert family, [t.text(0) for t in tops if t is not None]
    line = family[0].child(0)
    assert line is not None
    assert line.text(0) == (
        "Детова Пробный Образцович — ребёнок лица Матерова Пробный Образцович: будет записана"
    )
    assert line.toolTip(0) == f"{child} → {mother}"
    shot(dialog, "64_exchange_import_family_links")


def test_conflict_is_decided_per_record(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am_vault: Vault,
    tmp_path: Path,
) -> None:
    path, pid = _bundle_from_kz(kz, tmp_path / "stick", sample_person())
    local = {**sample_person(given_name_ru="Другое"), "id": pid}
    PersonService(am_vault).add(local)
    dialog = ImportDialog(am_vault, path)
    qtbot.addWidget(dialog)
    dialog.show()
    _preview(qtbot, dialog)
    assert dialog.conflicts.rowCount() == 1, dialog.error.text()
    assert "Имя" in dialog.conflicts.item(0, 1).text()  # type: ignore[union-attr]
    assert not dialog.import_button.isEnabled()  # never silently overwritten
    shot(dialog, "64_exchange_import_conflict")
    dialog.set_resolution(0, TAKE_BUNDLE)
    assert dialog.import_button.isEnabled()
    op = dialog.run_import()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20_000)
    assert dialog.outcome is not None and dialog.outcome.status == "imported"
    assert PersonService(am_vault).get(pid)["given_name_ru"] == "Пробный"


def test_tampered_bundle_is_refused_in_russian(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am_vault: Vault,
    tmp_path: Path,
) -> None:
    path, _pid = _bundle_from_kz(kz, tmp_path / "stick", sample_person())
    payload = path / "payload.bin"
    flip_last_byte(payload)
    dialog = ImportDialog(am_vault, path)
    qtbot.addWidget(dialog)
    dialog.show()
    _preview(qtbot, dialog)
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text().startswith("Пакет отклонён: ")
    assert "контрольной суммой" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert PersonService(am_vault).count() == 0
    shot(dialog, "65_exchange_import_rejected")


def test_bundle_log_flags_gaps_and_acknowledgements(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am_vault: Vault,
    tmp_path: Path,
) -> None:
    first, _ = _bundle_from_kz(kz, tmp_path / "one", sample_person())
    _bundle_from_kz(kz, tmp_path / "two", sample_person(surname_ru="Второв"))
    third, _ = _bundle_from_kz(kz, tmp_path / "three", sample_person(surname_ru="Третьев"))
    from migdesk.exchange import import_bundle

    import_bundle(am_vault, first)
    import_bundle(am_vault, third)
    (tmp_path / "back").mkdir()
    result = export_bundle(am_vault, KZ, tmp_path / "back")  # acknowledgements only
    assert result.ok
    window = BundleLogWindow(am_vault)
    qtbot.addWidget(window)
    window.show()
    rows = [
        [window.table.item(r, c).text() for c in range(window.table.columnCount())]  # type: ignore[union-attr]
        for r in range(window.table.rowCount())
    ]
    missing = [r for r in rows if r[0] == "не получен"]
    assert len(missing) == 1 and missing[0][3] == "2" and missing[0][6] == "пропуск: пакета нет"
    sent = [r for r in rows if r[0] == "отправлен"]
    assert len(sent) == 1 and sent[0][5] == "подтверждение получения"
    assert sent[0][7] == "ожидается"
    assert "пропущено: 1" in window.summary.text()
    shot(window, "66_exchange_log")


def test_article_11_refusal_is_shown_as_the_domain_says(
    qtbot: QtBot,
    am: Station,  # noqa: F811
    kz_vault: Vault,
    tmp_path: Path,
    drive: Path,
) -> None:
    """A record received from AM goes only back to AM: not on to KZ-MTSZN without consent."""
    from migdesk.exchange import import_bundle

    (tmp_path / "from_am").mkdir()
    with am.open() as vault:
        pid = PersonService(vault).add(sample_person()).id
        sent = export_bundle(vault, KZ, tmp_path / "from_am", persons=[pid])
    assert sent.ok and sent.path is not None
    import_bundle(kz_vault, sent.path)
    dialog = ExportDialog(kz_vault, [pid])
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    dialog.show()
    dialog.addressee.setCurrentIndex(dialog.addressee.findData("KZ-MTSZN"))
    _export(qtbot, dialog)
    assert dialog.outcome is None
    assert dialog.error.isVisibleTo(dialog)
    assert "письменного согласия AM-MIGRATION (ст.\u00a011.3)" in dialog.error.text()
    assert list(drive.iterdir()) == []
    shot(dialog, "71_exchange_export_art11_refused")
