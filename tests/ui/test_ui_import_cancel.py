"""The import window's «Загрузка пакета…» can be cancelled while the import waits for its
matching thread (``exchange.match_ahead``): everything rolls back, the preview stays and the
officer may import again."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle, match_ahead, person_batch
from migdesk.persons.service import PersonService
from migdesk.ui.exchange.import_dialog import ImportDialog
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.conftest import am, kz, world  # noqa: F401 — fixtures
from tests.exchange.exchange_world import AM, Station


@pytest.fixture
def am_vault(am: Station) -> Iterator[Vault]:  # noqa: F811
    with am.open() as vault:
        yield vault


def test_a_cancel_while_matching_rolls_the_import_back(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am_vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(match_ahead, "WAIT", 0.01)
    monkeypatch.setattr(person_batch, "BATCH_MIN", 2)
    matching = threading.Event()
    real_match = match_ahead.match_records

    def slow_match(*args: Any, **kwargs: Any) -> Any:
        matching.set()
        time.sleep(1.0)
        return real_match(*args, **kwargs)

    stick = tmp_path / "stick"
    stick.mkdir()
    with kz.open() as vault:
        service = PersonService(vault)
        ids = [service.add(sample_person(surname_ru=f"Отменов{n}")).id for n in range(4)]
        result = export_bundle(vault, AM, stick, persons=ids)
    assert result.ok and result.path is not None
    dialog = ImportDialog(am_vault, result.path)
    qtbot.addWidget(dialog)
    op = dialog.run_preview()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    assert dialog.preview is not None and dialog.preview.status == "preview"

    monkeypatch.setattr(match_ahead, "match_records", slow_match)
    op = dialog.run_import()
    assert op is not None
    qtbot.waitUntil(matching.is_set, timeout=30_000)
    op.cancel()
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    assert dialog.outcome is None
    assert PersonService(am_vault).count() == 0
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.import_button.isEnabled()  # the preview stays: the officer may try again
