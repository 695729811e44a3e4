"""A person card shows the officers' decisions on pairs (ui/person_links.py) and names a
supervisor's merge in its history, on a real vault with real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from migdesk.office.users import UserService
from migdesk.persons.duplicates import NOT_DUPLICATE, SAME_PERSON, DuplicateService
from migdesk.persons.service import PersonService
from migdesk.ui import language_switch
from migdesk.ui.person_form import PersonForm
from migdesk.vault import Vault

PERSON = {
    "surname_ru": "Жұмабеков",
    "given_name_ru": "Әлихан",
    "patronymic_ru": "Серікұлы",
    "sex": "M",
    "birth_date": "1990-05-05",
    "citizenship": ["KAZ"],
}
TYPED = {**PERSON, "surname_ru": "Жумабеков", "given_name_ru": "Алихан"}
NAMESAKE = {**PERSON, "birth_date": "1972-01-19"}


def _card(qtbot: QtBot, vault: Vault, person_id: str) -> PersonForm:
    form = PersonForm(PersonService(vault), person_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: not form.loading, timeout=10_000)
    return form


def test_both_cards_show_the_link_and_open_the_other_record(qtbot: QtBot, gui_vault: Vault) -> None:
    """Before, a link (e.g. a partner's record linked to ours on import) was written and
    listed by ``person links``, but neither card said so."""
    people = PersonService(gui_vault)
    ours, theirs = people.add(PERSON).id, people.add(TYPED).id
    namesake = people.add(NAMESAKE).id
    decisions = DuplicateService(gui_vault)
    decisions.link(theirs, ours, SAME_PERSON, "паспорт совпадает")
    decisions.link(ours, namesake, NOT_DUPLICATE, "другая дата рождения")
    card = _card(qtbot, gui_vault, ours)
    assert card.links_line.isVisible()
    text = card.links_line.text()
    assert "То же лицо, что" in text and "Жумабеков Алихан" in text
    assert "основание: паспорт совпадает" in text
    assert "Не то же лицо, что" in text and "19.01.1972" in text
    opened: list[str] = []
    card.open_requested.connect(opened.append)
    card.links_line.linkActivated.emit(theirs)  # a click or Tab and Enter on the name
    assert opened == [theirs]
    other = _card(qtbot, gui_vault, theirs)
    assert "То же лицо, что" in other.links_line.text()
    assert "Жұмабеков Әлихан" in other.links_line.text()
    # A card without decisions shows no line.
    fresh = _card(qtbot, gui_vault, people.add({**PERSON, "surname_ru": "Другов"}).id)
    assert not fresh.links_line.isVisible()
    assert (
        fresh.links_line.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )


def test_the_history_names_a_merge(qtbot: QtBot, gui_vault: Vault, vault_path: Path) -> None:
    people = PersonService(gui_vault)
    survivor, absorbed = people.add(PERSON).id, people.add(TYPED).id
    UserService(gui_vault).add("boss", "supervisor", "head of unit pass 1")
    with Vault.open(vault_path, "boss", "head of unit pass 1") as boss:
        DuplicateService(boss).merge(survivor, absorbed, "одно лицо")
    card = _card(qtbot, gui_vault, survivor)
    tree = card.history_tab.tree
    top = tree.topLevelItem(0)
    assert top is not None
    assert top.text(3).startswith("объединение с другой записью"), top.text(3)


def test_the_line_follows_a_language_switch(qtbot: QtBot, gui_vault: Vault) -> None:
    people = PersonService(gui_vault)
    ours, theirs = people.add(PERSON).id, people.add(TYPED).id
    DuplicateService(gui_vault).link(theirs, ours, SAME_PERSON, "паспорт совпадает")
    card = _card(qtbot, gui_vault, ours)
    try:
        language_switch.switch_language("kk")
        assert "тұлғасымен бірдей" in card.links_line.text()
        assert "паспорт совпадает" in card.links_line.text()  # typed by the officer: kept
    finally:
        language_switch.switch_language("ru")
    assert card.links_line.text().startswith("То же лицо, что")
