"""«Реестр передачи…» from the bundle log and from the export dialog, on two real vaults;
the PDF read back with pdftotext, the print recorded in the audit trail."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from migdesk.exchange import export_bundle, import_bundle
from migdesk.models import AuditEntry
from migdesk.persons.service import PersonService
from migdesk.ui.drives import Target
from migdesk.ui.exchange import register_action
from migdesk.ui.exchange.export_dialog import ExportDialog
from migdesk.ui.exchange.log_window import BundleLogWindow
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.conftest import am, kz, world  # noqa: F401 — fixtures
from tests.exchange.exchange_world import AM, KZ, Station
from tests.support.files import pdftotext

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


@pytest.fixture
def save_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The «save as» dialog answers with this file."""
    target = tmp_path / "Реестр.pdf"
    monkeypatch.setattr(register_action, "choose_save_path", lambda *_a, **_kw: target)
    return target


def _prints(vault: Vault) -> list[str]:
    with vault.read_session() as session:
        stmt = select(AuditEntry.details).where(AuditEntry.action == "document.print")
        return [str(d) for d in session.scalars(stmt)]


def _select(window: BundleLogWindow, rows: list[int]) -> None:
    model = window.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    window.table.clearSelection()
    for row in rows:
        model.select(window.table.model().index(row, 0), flags)


def test_register_for_selected_outgoing_bundles(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am_vault: Vault,
    tmp_path: Path,
    save_to: Path,
) -> None:
    with kz.open() as vault:
        pid = PersonService(vault).add(sample_person()).id
        (tmp_path / "in").mkdir()
        incoming = export_bundle(vault, AM, tmp_path / "in", persons=[pid])
    assert incoming.ok and incoming.path is not None
    import_bundle(am_vault, incoming.path)
    (tmp_path / "out").mkdir()
    sent = export_bundle(am_vault, KZ, tmp_path / "out")  # the acknowledgement back
    assert sent.ok and sent.sha256 is not None

    window = BundleLogWindow(am_vault)
    qtbot.addWidget(window)
    window.show()
    assert not window.register_button.isEnabled()
    directions = [r.direction for r in window.rows]
    received = directions.index("in")
    _select(window, [received])
    assert window.selected_outgoing() == []
    assert not window.register_button.isEnabled()  # received bundles are not ours to hand over
    _select(window, list(range(len(window.rows))))
    assert window.selected_outgoing() == [sent.bundle_id]
    assert window.register_button.isEnabled()

    op = window.print_register()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    text = pdftotext(save_to)
    assert "Всего пакетов: 1." in text
    # The authorities by name, not by MigDesk's codes (issue 13, item 23).
    assert "Министерство" in text and "Миграционная" in text
    assert KZ not in text and AM not in text
    assert sent.sha256[:16] in text
    assert incoming.sha256 is not None and incoming.sha256[:16] not in text
    prints = _prints(am_vault)
    assert len(prints) == 1 and str(sent.bundle_id) in prints[0]
    assert "Реестр.pdf" not in prints[0]
    assert list(tmp_path.glob(".*.tmp")) == []  # written atomically


def test_cancelled_save_dialog_prints_nothing(
    qtbot: QtBot,
    kz_vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = PersonService(kz_vault).add(sample_person()).id
    (tmp_path / "out").mkdir()
    assert export_bundle(kz_vault, AM, tmp_path / "out", persons=[pid]).ok
    monkeypatch.setattr(register_action, "choose_save_path", lambda *_a, **_kw: None)
    window = BundleLogWindow(kz_vault)
    qtbot.addWidget(window)
    _select(window, [0])
    assert window.register_button.isEnabled()
    assert window.print_register() is None
    assert _prints(kz_vault) == []


def test_export_dialog_offers_the_register_for_its_bundle(
    qtbot: QtBot,
    kz_vault: Vault,
    tmp_path: Path,
    save_to: Path,
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    earlier = export_bundle(
        kz_vault, AM, drive, persons=[PersonService(kz_vault).add(sample_person()).id]
    )
    assert earlier.ok and earlier.sha256 is not None
    person = PersonService(kz_vault).add(sample_person(surname_ru="Второв")).id
    dialog = ExportDialog(kz_vault, [person])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.setup_op is None, timeout=10_000)
    assert not dialog.register_button.isVisible()
    assert dialog.print_register() is None  # nothing written yet
    dialog.targets.clear()
    dialog.targets.setCurrentItem(dialog.add_target(Target(drive, "USB", True, -1, -1)))
    op = dialog.start()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    result = dialog.outcome
    assert result is not None and result.ok and result.sha256 is not None
    assert dialog.register_button.isVisible()

    printing = dialog.print_register()
    assert printing is not None
    qtbot.waitUntil(lambda: printing.finished, timeout=30_000)
    text = pdftotext(save_to)
    assert "Всего пакетов: 1." in text
    assert result.sha256[:16] in text
    assert earlier.sha256[:16] not in text  # only the bundle this dialog wrote
    # The sequence number: the first number in the row after the row's own.
    row = next(line.split() for line in text.splitlines() if line.startswith("1 "))
    assert next(t for t in row[1:] if t.isdigit()) == "2", text
