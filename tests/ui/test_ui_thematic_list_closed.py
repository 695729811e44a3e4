"""The thematic list closed (it deletes itself) while a form it opened is still saving on
its worker: the form's answer must not reach the deleted list. Before, the list connected
the form's ``saved`` to a lambda over itself, which Qt never disconnects: the late
``saved`` called ``refresh`` on the deleted window («Internal C++ object already
deleted»). Bound methods of the list are disconnected by Qt when it is destroyed."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from migdesk.requests.thematic import ThematicInput, ThematicService
from migdesk.ui.requests.thematic_list import ThematicWindow
from migdesk.vault import Vault


def _delete_now(window: ThematicWindow) -> None:
    """Runs the window's pending ``deleteLater`` alone: the save's outcome, queued on the
    GUI thread too, stays queued until the test waits for it."""
    window.close()
    QCoreApplication.sendPostedEvents(window, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(window)


def test_a_save_ending_after_the_list_closed_reaches_only_the_form(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    window = ThematicWindow(gui_vault)
    window.show()
    form = window.open_item(None)
    assert form is not None  # a window that deletes itself: the fixture closes it
    form.title_edit.setText("Канал (тест)")
    form.text_edit.setPlainText("Синтетическое описание канала.")
    with qtbot.waitSignal(form.save_finished, timeout=10_000) as ended:
        assert form.save()
        _delete_now(window)  # the officer closes the list; the form stays open, saving
    assert ended.args == [True]
    assert [v.title for v in ThematicService(gui_vault).list()] == ["Канал (тест)"]
    assert form.item_id is not None and form.isVisible()
    form.close()


def test_a_form_closed_after_the_list_is_forgotten_without_error(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    window = ThematicWindow(gui_vault)
    form = window.open_item(None)
    assert form is not None
    with qtbot.waitSignal(form.destroyed, timeout=5_000):
        form.close()
    assert window.forms == []  # closed while the list lives: the list lets go of it
    second = window.open_item(None)
    assert second is not None
    _delete_now(window)
    with qtbot.waitSignal(second.destroyed, timeout=5_000):
        second.close()


@pytest.mark.parametrize("list_closed_first", [False, True])
def test_the_lock_closes_the_item_forms_opened_from_the_list(
    qtbot: QtBot, gui_vault: Vault, list_closed_first: bool
) -> None:
    """An item's form is a window of its own, not the main window's child: the lock closed
    the list but left the form open over the unlock window, its item (persons named, a
    partner's text) readable by whoever comes to the desk."""
    from migdesk.ui.main_window import MainWindow

    item = ThematicService(gui_vault).add(
        ThematicInput(category="violations", title="Канал (тест)", text="Описание канала.")
    )
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    listing = window.requests.open_thematic()
    form = listing.open_item(item)
    assert form is not None
    with qtbot.waitSignal(form.loaded, timeout=10_000):  # read on a worker (#17)
        pass
    if list_closed_first:  # the officer closed the list and kept the item open
        _delete_now(listing)
        assert form.isVisible()
    with qtbot.waitSignal(window.lock_requested, timeout=5_000):
        window.lock()
    assert not form.isVisible()
