"""After a bulk write the main window merges the person search index in the background
(``ui.index_upkeep``): after demo data, after a bundle import, not when nothing was added."""

from __future__ import annotations

from types import SimpleNamespace

from pytestqt.qtbot import QtBot

from migdesk.demo import synthetic_persons
from migdesk.persons import index_upkeep
from migdesk.persons.bulk import bulk_add
from migdesk.ui.main_window import MainWindow
from migdesk.vault import Vault


def _window(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.registry.last_count is not None, timeout=10_000)
    return window


def test_demo_data_in_many_batches_leaves_the_index_merged(qtbot: QtBot, gui_vault: Vault) -> None:
    window = _window(qtbot, gui_vault)
    # 200 a batch (demo_fill.batch_size): a batch leaves at least a segment behind.
    op = window.start_demo_fill(1400)
    qtbot.waitUntil(lambda: op.finished, timeout=60_000)
    upkeep = window.index_upkeep
    assert upkeep.op is not None, "no upkeep after the bulk write"
    qtbot.waitUntil(lambda: upkeep.op is None, timeout=60_000)
    assert upkeep.last is not None and upkeep.last.before.needs_upkeep and upkeep.last.ran
    state = index_upkeep.index_state(gui_vault)
    assert state.segments == 1 and not state.needs_upkeep
    assert not upkeep.note.isVisible()


def test_a_bundle_import_that_added_persons_starts_the_upkeep(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    bulk_add(gui_vault, synthetic_persons(1200, seed=3), validate=False, batch_size=100)
    assert index_upkeep.index_state(gui_vault).needs_upkeep
    window = _window(qtbot, gui_vault)
    dialog = window.exchange.open_import()
    nothing_new = SimpleNamespace(preview=SimpleNamespace(new_persons=[], updated_persons=[]))
    dialog.imported.emit(SimpleNamespace(status="imported", **vars(nothing_new)))
    dialog.imported.emit(SimpleNamespace(status="already_imported", **vars(nothing_new)))
    assert window.index_upkeep.op is None
    added = SimpleNamespace(new_persons=[object()] * 1200, updated_persons=[])
    dialog.imported.emit(SimpleNamespace(status="imported", preview=added))
    assert window.index_upkeep.op is not None
    qtbot.waitUntil(lambda: window.index_upkeep.op is None, timeout=60_000)
    assert index_upkeep.index_state(gui_vault).segments == 1


def test_opening_the_window_after_a_killed_upkeep_switches_automerge_back_on(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    # What a run killed inside ``automerge_paused`` leaves behind.
    index_upkeep._set_automerge(gui_vault, 0)
    assert index_upkeep.automerge_setting(gui_vault) == 0
    _window(qtbot, gui_vault)
    qtbot.waitUntil(
        lambda: index_upkeep.automerge_setting(gui_vault) == index_upkeep.FTS5_AUTOMERGE,
        timeout=10_000,
    )


def test_an_ordinary_start_leaves_the_index_alone(qtbot: QtBot, gui_vault: Vault) -> None:
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    op = window.index_upkeep.after_killed_run()
    qtbot.waitUntil(lambda: op.finished, timeout=10_000)
    assert window.index_upkeep.last is None  # no run: automerge was on
