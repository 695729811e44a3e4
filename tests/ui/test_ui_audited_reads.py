"""A request window, a thematic item or a duplicate candidate's card opened by the officer
is read on a worker (#17: no frozen window): the read is audited (a «…view» entry, a write),
so it waits for the vault's write lock, which an index upkeep step holds up to ~0.5 s at 1M.
The window is up at once in a loading state, fills when the read arrives, and a window
closed meanwhile never shows it (``tests.support.write_lock``)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from migdesk.errors import MigDeskError
from migdesk.persons.service import DuplicateHint, PersonService
from migdesk.requests.records import IncomingInput
from migdesk.requests.service import RequestService
from migdesk.requests.thematic import ThematicInput, ThematicService
from migdesk.requests.workflow import StepInput
from migdesk.ui import person_card_save, tasks
from migdesk.ui.duplicate_dialog import DuplicateDialog
from migdesk.ui.person_card_read import CardRead, read_card
from migdesk.ui.person_form import PersonForm
from migdesk.ui.requests.screens import RequestScreens
from migdesk.ui.requests.thematic_list import ThematicWindow
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.support.gui import save_card
from tests.support.write_lock import TICKS, WriteLockHeld

Hold = Callable[[], WriteLockHeld]


def _received(vault: Vault) -> str:
    incoming = IncomingInput(
        from_authority="AM-POLICE",
        received_on=date.today() - timedelta(days=2),
        substance="Запрос сведений (синтетические данные).",
        purpose="Проверка статуса.",
        justification="Дело о выдворении (тест).",
        their_number="ТЕСТ-7",
    )
    return RequestService(vault).receive(incoming).id


def _screens(qtbot: QtBot, vault: Vault) -> RequestScreens:
    main = QMainWindow()
    qtbot.addWidget(main)
    return RequestScreens(main, vault)


def _views(vault: Vault, record_id: str, action: str = "request.view") -> int:
    rows = vault.raw_execute(
        "SELECT count(*) FROM audit_log WHERE action = ? AND record_id = ?", action, record_id
    )
    return int(rows[0][0])


def test_opening_a_request_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    request_id = _received(gui_vault)
    screens = _screens(qtbot, gui_vault)
    lock = write_lock()
    window = screens.open_request(request_id)  # returns at once: the lock is still held
    assert window is not None and window.isVisible() and not lock.released
    assert window.view is None and window.title.text() == "Загрузка запроса…"
    assert not window.save_button.isVisible()
    with qtbot.waitSignal(window.loaded, timeout=10_000) as loaded:
        pass
    assert loaded.args == [True]
    assert lock.ticks >= TICKS  # the event loop ran all the while
    assert window.view is not None and window.view.id == request_id
    assert window.view.number in window.title.text() and "Загрузка" not in window.windowTitle()
    assert window.fields.isEnabled() and _views(gui_vault, request_id) == 1


def test_a_read_back_after_a_step_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    """As after signing, whose dialog brings no view back, or a letter signed in the
    document dialog: the window reads the request again."""
    request_id = _received(gui_vault)
    window = _screens(qtbot, gui_vault).open_request(request_id)
    assert window is not None
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        pass
    assert window.view is not None and window.view.state == "registered"
    RequestService(gui_vault).step(request_id, StepInput(action="start"))

    lock = write_lock()
    window.reload()
    window.reload()  # asked again meanwhile: read once more after this read, never twice at once
    assert not lock.released and window.view.state == "registered"
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        pass
    assert lock.ticks >= TICKS
    assert window.view.state == "in_work"
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        pass
    assert window.reader.op is None and _views(gui_vault, request_id) == 3


def test_a_window_closed_while_its_request_is_read_never_shows_it(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    request_id = _received(gui_vault)
    screens = _screens(qtbot, gui_vault)
    lock = write_lock()
    window = screens.open_request(request_id)
    assert window is not None
    shown: list[bool] = []
    window.loaded.connect(shown.append)
    window.close()
    assert screens.windows == []
    qtbot.waitUntil(lambda: lock.released, timeout=10_000)
    qtbot.waitUntil(lambda: _views(gui_vault, request_id) == 1, timeout=10_000)
    qtbot.wait(50)
    assert shown in ([], [False])  # gone, or told it was not shown
    assert screens.open_request(request_id) is not None  # opens anew


def test_a_request_that_cannot_be_read_closes_its_window_and_says_so(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    screens = _screens(qtbot, gui_vault)
    said: list[str] = []
    window = screens.open_request("00000000-0000-0000-0000-000000000000")
    assert window is not None
    window.load_failed.disconnect()
    window.load_failed.connect(said.append)
    with qtbot.waitSignal(window.loaded, timeout=10_000) as loaded:
        pass
    assert loaded.args == [False]
    assert len(said) == 1 and said[0] and screens.windows == []


def test_opening_a_thematic_item_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    item = ThematicService(gui_vault).add(
        ThematicInput(category="violations", title="Канал (тест)", text="Описание канала.")
    )
    window = ThematicWindow(gui_vault)
    qtbot.addWidget(window)
    lock = write_lock()
    form = window.open_item(item)  # returns at once: the lock is still held
    assert form is not None and form.isVisible() and not lock.released
    assert form.title_edit.text() == "" and not form.save_button.isVisible()
    with qtbot.waitSignal(form.loaded, timeout=10_000) as loaded:
        pass
    assert loaded.args == [True] and lock.ticks >= TICKS
    assert form.title_edit.text() == "Канал (тест)"
    assert form.windowTitle() == "Канал (тест) — MigDesk"
    assert _views(gui_vault, item, "thematic.view") == 1


def test_a_thematic_item_closed_while_it_is_read_never_shows_it(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    item = ThematicService(gui_vault).add(
        ThematicInput(category="violations", title="Канал (тест)", text="Описание канала.")
    )
    window = ThematicWindow(gui_vault)
    qtbot.addWidget(window)
    lock = write_lock()
    form = window.open_item(item)
    assert form is not None
    shown: list[bool] = []
    form.loaded.connect(shown.append)
    form.close()
    qtbot.waitUntil(lambda: lock.released, timeout=10_000)
    qtbot.waitUntil(lambda: _views(gui_vault, item, "thematic.view") == 1, timeout=10_000)
    qtbot.wait(50)
    assert shown in ([], [False]) and window.forms == []


def test_a_duplicate_candidates_card_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    """Viewing a candidate is an audited view of its record («person.view»)."""
    first = PersonService(gui_vault).add(sample_person()).id
    second = PersonService(gui_vault).add(sample_person(surname_ru="Другов")).id
    hints = [DuplicateHint(first, "Тестов", "тест"), DuplicateHint(second, "Другов", "тест")]
    lock = write_lock()
    dialog = DuplicateDialog(PersonService(gui_vault), {"surname_ru": "Новиков"}, hints)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not lock.released and dialog.stored_card.values["name_ru"].text() in ("", "—")
    dialog.candidates.setCurrentRow(1)  # chosen again before the first card came: it is dropped
    with qtbot.waitSignal(dialog.card_read, timeout=10_000) as read:
        pass
    assert read.args == [True] and lock.ticks >= TICKS
    assert dialog.stored_card.values["name_ru"].text().startswith("Другов")
    assert dialog.card_op is None
    assert _views(gui_vault, first, "person.view") == 1  # both views are audited, in order
    assert _views(gui_vault, second, "person.view") == 1


def test_a_new_persons_family_is_read_once_on_the_worker_after_its_save(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """The saved card's read on the worker brings the family list; the GUI thread does not
    read it again (an audited read: a write that would wait for the write lock, #17)."""
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    form.show()
    form.main_tab.edits["surname_ru"].setText("Сохраняемая")
    assert save_card(qtbot, form)
    assert form.person_id is not None and form.family_tab.person_id == form.person_id
    assert form.family_tab.add_button.isEnabled()
    assert _views(gui_vault, form.person_id, "person.family_view") == 1


def test_the_thematic_list_waits_for_the_write_lock_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold
) -> None:
    """The list is audited too («thematic.list»); only the newest refresh's list is shown."""
    ThematicService(gui_vault).add(
        ThematicInput(category="violations", title="Канал (тест)", text="Описание канала.")
    )
    lock = write_lock()
    window = ThematicWindow(gui_vault)  # returns at once: the lock is still held
    qtbot.addWidget(window)
    window.show()
    window.category_combo.setCurrentIndex(window.category_combo.findData("violations"))
    assert not lock.released and window.items == []
    shown: list[bool] = []
    window.listed.connect(shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)
    assert shown == [True] and lock.ticks >= TICKS
    assert [item.title for item in window.items] == ["Канал (тест)"]
    assert window.table.rowCount() == 1
    rows = gui_vault.raw_execute("SELECT count(*) FROM audit_log WHERE action = 'thematic.list'")
    assert rows[0][0] == 2


class _LockTaker(QObject):
    """Takes the write lock on the GUI thread when a worker asks (a QTimer releases it)."""

    asked = Signal()

    def __init__(self, hold: Hold) -> None:
        super().__init__()
        self.hold = hold
        self.lock: WriteLockHeld | None = None
        self.taken = threading.Event()
        self.asked.connect(self._take)  # queued: the worker emits, the GUI thread takes

    def _take(self) -> None:
        self.lock = self.hold()
        self.taken.set()


def test_the_cards_read_again_after_a_failed_read_back_waits_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Hold, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save's worker could not read the card back; it is read once more, on a worker
    too: an audited read waiting for the write lock (an index merge step) never stops the
    window, and the card ends up showing what was stored."""
    person_id = PersonService(gui_vault).add(sample_person()).id
    form = PersonForm(PersonService(gui_vault), person_id)
    qtbot.addWidget(form)
    form.show()
    taker = _LockTaker(write_lock)
    real_read = read_card
    calls: list[str] = []

    def read_back(service: PersonService, pid: str) -> CardRead:
        calls.append(pid)
        if len(calls) > 1:
            return real_read(service, pid)
        taker.asked.emit()  # the save has landed; an upkeep step takes the lock now
        assert taker.taken.wait(10)
        raise MigDeskError("the read back failed (test)")

    monkeypatch.setattr(person_card_save, "read_card", read_back)
    form.main_tab.edits["surname_ru"].setText("Перечитанная")
    assert save_card(qtbot, form)
    assert taker.lock is not None and taker.lock.ticks >= TICKS  # the loop ran meanwhile
    assert calls == [person_id, person_id]
    assert form.main_tab.edits["surname_ru"].text() == "Перечитанная"  # as stored
    assert not form.is_dirty()
    assert form.save_button.isEnabled()
