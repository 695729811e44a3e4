"""The courier's check from the unlock window: no vault, no password, never content."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle, own_certificates_pem
from migdesk.exchange.register import register_lines
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.ui.exchange.courier_dialog import CourierDialog
from migdesk.ui.exchange.menu import ExchangeMenu
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault
from tests.conftest import flip_last_byte, sample_person
from tests.exchange.conftest import kz, world  # noqa: F401 — fixtures
from tests.exchange.exchange_world import AM, Station

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def shot(widget: QWidget, name: str) -> None:
    if os.environ.get("MIGDESK_SCREENSHOTS"):
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"{name}.png"))


def _bundle(kz: Station, out: Path) -> tuple[Path, Path]:  # noqa: F811
    """A real KZ → AM bundle, and KZ's certificates as the courier's CA file."""
    out.mkdir(parents=True, exist_ok=True)
    with kz.open() as vault:
        pid = PersonService(vault).add(sample_person()).id
        result = export_bundle(vault, AM, out, persons=[pid])
        pem, _sha = own_certificates_pem(vault)
    assert result.ok and result.path is not None
    ca = out.parent / "kz-ca.pem"
    ca.write_bytes(pem)
    return result.path, ca


def _check(qtbot: QtBot, dialog: CourierDialog) -> None:
    op = dialog.run_check()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20_000)


def _texts(dialog: CourierDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_courier_screen_from_the_unlock_window_needs_no_vault(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    tmp_path: Path,
) -> None:
    path, ca = _bundle(kz, tmp_path / "stick")
    unlock = UnlockDialog(tmp_path / "nowhere.vault")
    qtbot.addWidget(unlock)
    unlock.show()
    assert unlock.courier_button.text() == "Проверить пакет (курьер)"
    shot(unlock, "67_unlock_with_courier_button")
    dialog = unlock.open_courier()
    assert unlock.vault is None
    dialog.path_edit.setText(str(path))
    _check(qtbot, dialog)
    info = dialog.info
    assert info is not None and info.intact
    assert dialog.fields["sender"].text() == "KZ-MVD"
    assert dialog.fields["addressee"].text() == "AM-MIGRATION"
    assert dialog.fields["sequence"].text() == "1 (канал основной)"
    assert dialog.fields["hashes"].text() == "в порядке"
    assert "подписант не проверен" in dialog.fields["signature"].text()
    # The certificate's English CN is named in the interface language (issue 13.9).
    assert dialog.fields["signer"].text() == "KZ-MVD: ключ подписи пакетов"
    # Issue 13.18: without the CA the headline does not call the bundle sound; it says what
    # was checked (checksums, signature intact) and what was not (the signer).
    assert not dialog.verdict.text().startswith("Пакет цел")
    assert "Контрольные суммы совпадают и подпись цела" in dialog.verdict.text()
    assert "подписант НЕ проверен" in dialog.verdict.text()
    assert "Тестов" not in _texts(dialog)  # never content
    shot(dialog, "68_courier_unverified")

    dialog.ca_edit.setText(str(ca))
    _check(qtbot, dialog)
    assert dialog.fields["signature"].text() == "действительна, подписант проверен по УЦ"
    assert dialog.verdict.text().startswith("Пакет цел: контрольные суммы совпадают")
    assert "подписант проверен по сертификату УЦ отправителя" in dialog.verdict.text()
    assert "KZ-MVD" in dialog.fields["signer"].text() or dialog.fields["signer"].text()
    shot(dialog, "69_courier_verified")
    dialog.close()


def test_courier_screen_shows_a_tampered_bundle(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    tmp_path: Path,
) -> None:
    path, _ca = _bundle(kz, tmp_path / "stick")
    payload = path / "payload.bin"
    flip_last_byte(payload)
    dialog = CourierDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    _check(qtbot, dialog)
    assert dialog.info is not None and not dialog.info.intact
    assert dialog.verdict.text().startswith("Пакет НЕ прошёл проверку")
    assert dialog.fields["hashes"].text() == "НЕ совпадают"
    assert "контрольной суммой" in dialog.problems.text()
    shot(dialog, "70_courier_tampered")


def test_courier_screen_shows_the_checksum_the_register_lists(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The courier signs a register listing each bundle's label SHA-256: the window shows
    that checksum for the bundle on the stick, grouped as the register prints it."""
    path, ca = _bundle(kz, tmp_path / "stick")
    dialog = CourierDialog()
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(path))
    dialog.ca_edit.setText(str(ca))
    _check(qtbot, dialog)
    sha256 = hashlib.sha256((path / "label.json").read_bytes()).hexdigest()
    groups = [sha256[i : i + 16] for i in range(0, 64, 16)]
    shown = dialog.fields["label_sha256"].text()
    assert shown == f"{groups[0]} {groups[1]}\n{groups[2]} {groups[3]}"
    bundle_id = json.loads((path / "label.json").read_bytes())["bundle_id"]
    with kz.open() as vault:  # the register's line for it, from the sender's bundle log
        assert [line.sha256 for line in register_lines(vault, [bundle_id])] == [sha256]
    shot(dialog, "68_courier_checksum")


def test_a_courier_who_logged_in_finds_the_check_in_the_exchange_menu(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The courier's one task in the main window: every other exchange action is greyed
    for the role, the check is not (it needs no key and shows no content)."""
    path, ca = _bundle(kz, tmp_path / "stick")
    with kz.open() as vault:
        UserService(vault).add("carrier", "courier", "bag-of-letters-71")
    courier = Vault.open(kz.path, "carrier", "bag-of-letters-71")
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        menu = ExchangeMenu(window, courier)
        assert not menu.export_action.isEnabled() and not menu.import_action.isEnabled()
        assert menu.courier_action.text() == "Проверить пакет (курьер)…"
        assert menu.courier_action.isEnabled()
        menu.courier_action.trigger()
        dialog = menu.courier_dialog
        assert dialog is not None and dialog.isVisible()
        assert menu.open_courier() is dialog  # asked again: the same window to the front
        dialog.path_edit.setText(str(path))
        dialog.ca_edit.setText(str(ca))
        _check(qtbot, dialog)
        assert dialog.info is not None and dialog.info.intact
        assert "Тестов" not in _texts(dialog)  # never content
        menu.close_windows()
    finally:
        courier.close()
