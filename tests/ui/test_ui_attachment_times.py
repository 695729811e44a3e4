"""The request window's list of stored files says when each was added, in the workstation's
local time (DESIGN: calendar dates in local time); a file stored before the time was recorded
(migration 0030) shows «—», never an invented time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from migdesk.models import RequestAttachment
from migdesk.requests.records import AttachmentInput
from migdesk.requests.service import RequestService
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.vault import Vault
from tests.requests.request_helpers import draft


@pytest.fixture
def in_yerevan(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Yerevan")  # UTC+4 all year
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_each_stored_file_shows_when_it_was_added(
    qtbot: QtBot, gui_vault: Vault, in_yerevan: None
) -> None:
    requests = RequestService(gui_vault)
    created = requests.create_draft(
        draft(attachments=[AttachmentInput("скан.png", "image/png", b"synthetic scan")])
    )
    requests.update_draft(
        created.id, draft(attachments=[AttachmentInput("старый.txt", "text/plain", b"old")])
    )
    with gui_vault.session() as session:
        session.execute(
            update(RequestAttachment)
            .where(RequestAttachment.name == "скан.png")
            .values(added_at=datetime(2026, 3, 1, 12, 5))  # stored naive UTC
        )
        session.execute(  # as a file stored before 0030 whose time nothing tells
            update(RequestAttachment)
            .where(RequestAttachment.name == "старый.txt")
            .values(added_at=None)
        )
    window = RequestWindow(requests, created.id)
    qtbot.addWidget(window)
    listed = window.attachments.attachments_list
    texts = [listed.item(row).text() for row in range(listed.count())]
    assert texts[0].startswith("скан.png, ") and "добавлено 01.03.2026 16:05" in texts[0]
    assert texts[1].startswith("старый.txt, ") and "добавлено —" in texts[1]
