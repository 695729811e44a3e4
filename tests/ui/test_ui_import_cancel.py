"""The import window's «Загрузка пакета…» can be cancelled while the import waits for its
matching thread (``exchange.match_ahead``): everything rolls back, the preview stays and the
officer may import again."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle
from migdesk.persons.service import PersonService
from migdesk.ui.exchange.import_dialog import ImportDialog
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station
from tests.exchange.slow_matching import slow_matching


def test_a_cancel_while_matching_rolls_the_import_back(
    qtbot: QtBot,
    kz: Station,
    am_vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with kz.open() as vault:
        service = PersonService(vault)
        ids = [service.add(sample_person(surname_ru=f"Отменов{n}")).id for n in range(4)]
        result = export_bundle(vault, AM, stick, persons=ids)
    assert result.ok and result.path is not None
    dialog = ImportDialog(am_vault, result.path)
    qtbot.addWidget(dialog)
    preview_op = dialog.run_preview()
    assert preview_op is not None
    qtbot.waitUntil(lambda: preview_op.finished, timeout=30_000)
    assert dialog.preview is not None and dialog.preview.status == "preview"

    # A card saved meanwhile: the import cannot take the preview's matches and matches
    # again (``exchange.registry_watch``), and that is where it is cancelled.
    PersonService(am_vault).add(sample_person(surname_ru="Сохранов"))
    matching = slow_matching(monkeypatch, 1.0)
    op = dialog.run_import()
    assert op is not None
    qtbot.waitUntil(matching.is_set, timeout=30_000)
    op.cancel()
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    assert dialog.outcome is None
    assert PersonService(am_vault).count() == 1  # the card saved, none of the bundle's
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.import_button.isEnabled()  # the preview stays: the officer may try again
