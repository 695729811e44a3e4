"""The import window reads and decrypts a bundle once: the preview's pass is what the
import applies (issue #17). Proof without counting calls: after the preview the stick is
pulled (the bundle folder is gone) and the import still applies, all or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle
from migdesk.persons.service import PersonService
from migdesk.ui.exchange.import_dialog import ImportDialog
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.conftest import am, kz, world  # noqa: F401 — fixtures
from tests.exchange.exchange_world import AM, Station


def test_preview_then_import_with_the_stick_pulled(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am_vault: Vault,
    tmp_path: Path,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with kz.open() as vault:
        pid = PersonService(vault).add(sample_person(surname_ru="Однопроходов")).id
        result = export_bundle(vault, AM, stick, persons=[pid])
    assert result.ok and result.path is not None
    dialog = ImportDialog(am_vault, result.path)
    qtbot.addWidget(dialog)
    preview_op = dialog.run_preview()
    assert preview_op is not None
    qtbot.waitUntil(lambda: preview_op.finished, timeout=30_000)
    assert dialog.preview is not None and dialog.preview.status == "preview"
    assert PersonService(am_vault).count() == 0

    shutil.rmtree(stick)  # the stick is pulled: nothing can be read again
    op = dialog.run_import()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
    assert dialog.outcome is not None and dialog.outcome.status == "imported"
    assert PersonService(am_vault).get(pid)["surname_ru"] == "Однопроходов"
