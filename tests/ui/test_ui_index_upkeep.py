"""After a bulk write the main window merges the person search index in the background
(``ui.index_upkeep``): after demo data, after a bundle import, not when nothing was added.
Its steps give way to the officer's typing, for a bounded time."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from migdesk.demo import synthetic_persons
from migdesk.persons import index_structure, index_upkeep
from migdesk.persons.bulk import bulk_add
from migdesk.ui import tasks
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
    state = index_structure.index_state(gui_vault)
    assert state.segments == 1 and not state.needs_upkeep
    assert not upkeep.note.isVisible()


def test_a_bundle_import_that_added_persons_starts_the_upkeep(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    bulk_add(gui_vault, synthetic_persons(1200, seed=3), validate=False, batch_size=100)
    assert index_structure.index_state(gui_vault).needs_upkeep
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
    assert index_structure.index_state(gui_vault).segments == 1


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


def _typing(qtbot: QtBot, window: MainWindow) -> Callable[[], None]:
    """The officer typing into the registry's search field: one key every 50 ms, sent to
    the window as the platform sends input (the idle lock's input watch sees it there)."""
    window.registry.search_edit.setFocus()

    def key() -> None:
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_A)

    return key


def test_the_upkeep_takes_no_step_while_the_officer_types_and_finishes_once_idle(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    bulk_add(gui_vault, synthetic_persons(1200, seed=3), validate=False, batch_size=100)
    before = index_structure.index_state(gui_vault)
    assert before.needs_upkeep and not before.merging
    window = _window(qtbot, gui_vault)
    upkeep = window.index_upkeep
    upkeep.max_wait_s = 600.0  # no step let through by the bound while this test types
    # A pause of 3 s before a step: a GUI thread held up under load between two keys does
    # not pass for the officer's pause.
    upkeep.quiet_s = 3.0
    key = _typing(qtbot, window)
    key()
    op = upkeep.after_bulk_write(1200)
    assert op is not None
    for _ in range(40):  # 2 s of typing
        key()
        qtbot.wait(50)
    assert window.registry.search_edit.text() == "a" * 41  # the keys reached the widget
    # No step was taken: the index is as the batches left it, no merge begun.
    assert index_structure.index_state(gui_vault) == before
    assert op.running
    qtbot.waitUntil(lambda: upkeep.op is None, timeout=60_000)
    assert upkeep.last is not None and upkeep.last.finished and upkeep.last.ran
    assert index_structure.index_state(gui_vault).segments == 1
    assert index_upkeep.automerge_setting(gui_vault) == index_upkeep.FTS5_AUTOMERGE


def test_an_officer_who_never_pauses_postpones_the_upkeep_only_so_long(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    bulk_add(gui_vault, synthetic_persons(1200, seed=3), validate=False, batch_size=100)
    window = _window(qtbot, gui_vault)
    upkeep = window.index_upkeep
    watch = upkeep.idle_seconds
    assert watch is not None
    seen: list[float] = []  # the idle time each look of the worker found

    def looked() -> float:
        seen.append(watch())
        return seen[-1]

    upkeep.idle_seconds = looked
    upkeep.max_wait_s = 0.2
    upkeep.quiet_s = 30.0  # an officer who never pauses that long
    key = _typing(qtbot, window)
    typing = QTimer(window)
    typing.timeout.connect(key)
    typing.start(50)
    key()
    upkeep.after_bulk_write(1200)
    qtbot.waitUntil(lambda: upkeep.op is None, timeout=120_000)
    typing.stop()
    assert upkeep.last is not None and upkeep.last.finished and upkeep.last.steps >= 2
    assert index_structure.index_state(gui_vault).segments == 1
    # Every step waited for a pause that never came: the bound let it through.
    assert seen and max(seen) < upkeep.quiet_s


def test_a_lock_while_the_upkeep_waits_for_the_officer_cancels_it(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    bulk_add(gui_vault, synthetic_persons(1200, seed=3), validate=False, batch_size=100)
    window = _window(qtbot, gui_vault)
    upkeep = window.index_upkeep
    upkeep.max_wait_s = 600.0
    key = _typing(qtbot, window)
    key()
    op = upkeep.after_bulk_write(1200)
    assert op is not None
    for _ in range(5):
        key()
        qtbot.wait(50)
    window.lock()
    # What the application does before closing the vault (``ui.app``); the wait for a
    # pause asks the cancel flag as it waits, not only the next step.
    assert tasks.wait_for_all(timeout_ms=10_000)
    qtbot.waitUntil(lambda: op.finished, timeout=10_000)
    assert upkeep.op is None and upkeep.last is None  # cancelled: no result
    assert index_structure.index_state(gui_vault).needs_upkeep  # left to the next bulk write
    assert index_upkeep.automerge_setting(gui_vault) == index_upkeep.FTS5_AUTOMERGE
