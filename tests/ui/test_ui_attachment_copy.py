"""«Сохранить копию…» in the request window: a stored attachment written to a file on a
worker, byte for byte, through the service behind ``request attachment`` (audited); a file
not saved yet offers no copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from migdesk.models import AuditEntry
from migdesk.requests.records import AttachmentInput
from migdesk.requests.service import RequestService
from migdesk.ui.requests import request_attachments
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.vault import Vault
from tests.requests.request_helpers import draft

SCAN = bytes(range(256)) * 64  # not text: the copy must be the stored bytes exactly


def test_a_stored_attachment_is_copied_to_a_file_and_audited(
    qtbot: QtBot,
    gui_vault: Vault,
    tmp_path: Path,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    requests = RequestService(gui_vault)
    attachment = AttachmentInput("скан паспорта.png", "image/png", SCAN)
    created = requests.create_draft(draft(attachments=[attachment]))
    window = RequestWindow(requests, created.id)
    qtbot.addWidget(window)
    window.show()
    panel = window.attachments
    assert not panel.copy_button.isEnabled()  # nothing selected
    panel.attachments_list.setCurrentRow(0)
    assert panel.copy_button.isEnabled()

    target = tmp_path / "копия.png"
    asked: list[str] = []

    def chosen(_parent: object, _caption: str, _filter: str, name: str, **_: object) -> Path:
        asked.append(name)
        return target

    monkeypatch.setattr(request_attachments, "choose_save_path", chosen)
    panel.copy_button.click()
    qtbot.waitUntil(lambda: panel.copy_op is None and target.exists(), timeout=20_000)
    assert asked == ["скан паспорта.png"]  # the stored name is offered
    assert target.read_bytes() == SCAN
    assert panel.copy_button.isEnabled()
    boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any(str(target) in box.text() for box in boxes)
    with gui_vault.read_session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "request.attachment_export")
        ).one()
        assert entry.record_id == created.id and str(len(SCAN)) in entry.details

    # A file added in the window but not saved yet has no stored bytes to copy.
    extra = tmp_path / "новый.txt"
    extra.write_bytes(b"not saved yet")
    panel.add_attachment(extra)
    panel.attachments_list.setCurrentRow(1)
    assert not panel.copy_button.isEnabled()
