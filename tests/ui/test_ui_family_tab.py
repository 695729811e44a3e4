"""«Семья» on the person card (Art. 1, 3.1(4)): relatives with their residence rights, added
through the registry picker, removed, and opened by a double click."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from migdesk.persons.family import FamilyService
from migdesk.persons.service import PersonService
from migdesk.ui.person_form import PersonForm
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.support.gui import present
from tests.support.write_lock import TICKS, WriteLockHeld


def test_family_tab_lists_adds_removes_and_opens(qtbot: QtBot, gui_vault: Vault) -> None:
    persons = PersonService(gui_vault)
    worker = persons.add(
        sample_person(
            surname_ru="Работнов",
            residence_permits=[
                {"kind": "work_permit", "country": "KAZ", "valid_until": "2027-05-31"}
            ],
        )
    ).id
    wife = persons.add(sample_person(surname_ru="Работнова", sex="F")).id
    son = persons.add(sample_person(surname_ru="Сыновьев")).id
    FamilyService(gui_vault).add(wife, worker, "spouse")

    new = PersonForm(persons)
    qtbot.addWidget(new)
    assert not new.family_tab.add_button.isEnabled()  # a link joins saved persons only

    form = PersonForm(persons, wife)
    qtbot.addWidget(form)
    form.show()
    tab = form.family_tab
    assert tab.table.rowCount() == 1
    cells = [tab.table.item(0, c).text() for c in range(3)]  # type: ignore[union-attr]
    assert cells[0] == "супруг (супруга)" and cells[1].startswith("Работнов ")
    assert cells[2] == "право на работу (KAZ) до 31.05.2027"

    tab.relation.setCurrentIndex(tab.relation.findData("child"))
    with qtbot.waitSignal(tab.write_finished, timeout=10_000):  # written on a worker
        tab.add_picked([(son, "Сыновьев")])
    assert [r.relation for r in FamilyService(gui_vault).relatives(son)] == ["parent"]
    assert tab.table.rowCount() == 2 and tab.status.text() == "Членов семьи: 2"

    with qtbot.waitSignal(form.open_requested) as opened:
        tab.table.cellDoubleClicked.emit(1, 0)
    assert opened.args == [son]
    tab.table.selectRow(1)
    with qtbot.waitSignal(tab.write_finished, timeout=10_000):
        tab.remove_selected()
    assert FamilyService(gui_vault).relatives(son) == []
    assert tab.table.rowCount() == 1


def test_a_family_link_is_written_off_the_gui_thread(
    qtbot: QtBot, gui_vault: Vault, write_lock: Callable[[], WriteLockHeld]
) -> None:
    """The link waits for the vault's write lock (an index upkeep step holds it up to ~0.5 s
    at 1M) on a worker: the window keeps running (#17)."""
    persons = PersonService(gui_vault)
    wife = persons.add(sample_person(surname_ru="Работнова", sex="F")).id
    son = persons.add(sample_person(surname_ru="Сыновьев")).id
    form = PersonForm(persons, wife)
    qtbot.addWidget(form)
    form.show()
    tab = form.family_tab
    tab.relation.setCurrentIndex(tab.relation.findData("child"))

    lock = write_lock()
    with qtbot.waitSignal(tab.write_finished, timeout=10_000) as finished:
        tab.add_picked([(son, "Сыновьев")])
        assert not lock.released and not tab.add_button.isEnabled()
    assert finished.args == [True]
    assert lock.ticks >= TICKS  # the event loop ran all the while
    assert [r.relation for r in FamilyService(gui_vault).relatives(son)] == ["parent"]
    assert tab.table.rowCount() == 1 and tab.add_button.isEnabled()

    tab.table.selectRow(0)
    lock = write_lock()
    with qtbot.waitSignal(tab.write_finished, timeout=10_000) as finished:
        tab.remove_selected()
        assert not lock.released
    assert finished.args == [True] and lock.ticks >= TICKS
    assert FamilyService(gui_vault).relatives(son) == [] and tab.table.rowCount() == 0


def test_every_column_title_has_room_in_every_language(qtbot: QtBot, gui_vault: Vault) -> None:
    """Qt sized the titles for bold text; Armenian glyphs have no bold face here, so bold was
    no wider and «Ազգակցական կապ» was drawn 4 px short of its section."""
    from PySide6.QtWidgets import QApplication

    from migdesk.ui import i18n
    from migdesk.ui.family_tab import FamilyTab

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        for lang in ("hy", "kk", "en", "ru"):
            i18n.install_translators(app, lang)
            tab = FamilyTab(PersonService(gui_vault))
            qtbot.addWidget(tab)
            tab.resize(1200, 400)
            tab.show()
            qtbot.waitExposed(tab)
            header = tab.table.horizontalHeader()
            metrics = header.fontMetrics()
            for column in range(header.count() - 1):  # the last one stretches
                title = present(tab.table.horizontalHeaderItem(column)).text()
                room = header.sectionSize(column) - metrics.horizontalAdvance(title)
                assert room >= 12, (lang, title, room)
    finally:
        i18n.install_translators(app, "ru")
