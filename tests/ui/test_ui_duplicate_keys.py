"""The «Возможные дубликаты» dialog before saving, from the keyboard (issue 16's entry path),
on a real vault with real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from migdesk.persons.duplicates import NOT_DUPLICATE, DuplicateService
from migdesk.persons.service import PersonService
from migdesk.ui.duplicate_dialog import DuplicateDialog
from migdesk.ui.person_form import PersonForm
from migdesk.vault import Vault
from tests.support.gui import save_card

STORED = {
    "surname_ru": "Жұмабеков",
    "given_name_ru": "Әлихан",
    "patronymic_ru": "Серікұлы",
    "sex": "M",
    "birth_date": "1990-05-05",
    "citizenship": ["KAZ"],
}
TYPED = {"surname_ru": "Жумабеков", "given_name_ru": "Алихан", "birth_date": "05.05.1990"}


def _dialog(qtbot: QtBot, vault: Vault) -> tuple[PersonForm, DuplicateDialog, list[str]]:
    PersonService(vault).add(STORED)
    form = PersonForm(PersonService(vault), None)
    qtbot.addWidget(form)
    form.show()
    for name, text in TYPED.items():
        form.main_tab.edits[name].setText(text)
    assert save_card(qtbot, form) is False  # the officer sees the candidate first
    dialog = form.duplicate_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.card_op is None, timeout=10_000)
    opened: list[str] = []
    form.open_requested.connect(opened.append)
    return form, dialog, opened


def test_enter_after_the_reason_saves_the_new_record(qtbot: QtBot, gui_vault: Vault) -> None:
    """Before, «Открыть эту запись» was the dialog's default button: the officer typed why
    this is another person, pressed Enter, and the candidate opened instead, the new record
    left unsaved."""
    form, dialog, opened = _dialog(qtbot, gui_vault)
    dialog.reason_edit.setFocus()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # no reason yet: nothing happens
    assert dialog.isVisible() and opened == []
    dialog.reason_edit.setText("другое лицо: другой паспорт")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert opened == [] and PersonService(gui_vault).count() == 2
    assert form.person_id is not None


def test_saved_anyway_is_a_decision_the_registry_list_keeps(qtbot: QtBot, gui_vault: Vault) -> None:
    """«Сохранить как новое лицо» with a reason is the officer's judgement that the
    candidates are another person. Before, it went only into the audit entry: the
    registry-wide list offered the same pair again the next day, and no card or
    ``person links`` showed what the officer had decided, or why."""
    form, dialog, _opened = _dialog(qtbot, gui_vault)
    stored = dialog.hints[0].id
    dialog.reason_edit.setText("другое лицо: другой паспорт")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        dialog.save_button.click()
    new = form.person_id
    assert new is not None
    service = DuplicateService(gui_vault)
    assert [(x.kind, {x.person_id, x.other_id}, x.reason) for x in service.links(new)] == [
        (NOT_DUPLICATE, {new, stored}, "другое лицо: другой паспорт")
    ]
    assert service.scan() == []


def test_open_from_the_keyboard_keeps_the_typed_card(qtbot: QtBot, gui_vault: Vault) -> None:
    form, dialog, opened = _dialog(qtbot, gui_vault)
    dialog.reason_edit.setFocus()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.open_button
    qtbot.keyClick(dialog.open_button, Qt.Key.Key_Return)
    assert len(opened) == 1 and not dialog.isVisible()
    # Nothing typed is lost: the new card is still open with its text, unsaved.
    assert form.isVisible() and form.person_id is None
    assert form.main_tab.edits["surname_ru"].text() == "Жумабеков"
    assert PersonService(gui_vault).count() == 1
