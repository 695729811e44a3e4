"""«Семья» on the person card (Art. 1, 3.1(4)): relatives with their residence rights, added
through the registry picker, removed, and opened by a double click."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from migdesk.persons.family import FamilyService
from migdesk.persons.service import PersonService
from migdesk.ui.person_form import PersonForm
from migdesk.vault import Vault
from tests.conftest import sample_person


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
    tab.add_picked([(son, "Сыновьев")])
    assert [r.relation for r in FamilyService(gui_vault).relatives(son)] == ["parent"]
    assert tab.table.rowCount() == 2 and tab.status.text() == "Членов семьи: 2"

    with qtbot.waitSignal(form.open_requested) as opened:
        tab.table.cellDoubleClicked.emit(1, 0)
    assert opened.args == [son]
    tab.table.selectRow(1)
    tab.remove_selected()
    assert FamilyService(gui_vault).relatives(son) == []
    assert tab.table.rowCount() == 1
