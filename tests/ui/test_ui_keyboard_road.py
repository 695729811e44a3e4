"""An officer who types all day, without the mouse: where the cursor starts, what Tab, Enter
and the keypad do, and the name a screen reader reads for every field (the keyboard road)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.ui import language_switch
from migdesk.ui.date_typing import dotted
from migdesk.ui.display import country_label
from migdesk.ui.idle_lock import close_dialogs
from migdesk.ui.kit import date_edit, edit_date
from migdesk.ui.main_window import MainWindow
from migdesk.ui.person_form import PersonForm
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.ui.requests.step_dialogs import StepDialog
from migdesk.ui.unlock import UnlockDialog
from migdesk.vault import Vault
from tests.conftest import ADMIN, sample_person
from tests.support.gui import present
from tests.support.keyboard import (
    out_of_reading_order,
    spoken_name,
    tab_stops,
    type_text,
    unnamed_inputs,
)


@pytest.fixture
def restore_russian(qapp: QApplication) -> Iterator[None]:
    yield
    language_switch.switch_language("ru")


def _shown(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)


# --- the unlock window -----------------------------------------------------------------------


def test_unlock_starts_in_the_name_and_a_refusal_goes_back_to_the_password(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Focus went to the language combo: the name typed there chose a language."""
    monkeypatch.delenv("MIGDESK_USER", raising=False)
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.user_edit
    type_text(dialog.user_edit, ADMIN)
    qtbot.keyClick(dialog.user_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.password_edit
    type_text(dialog.password_edit, "not the password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog._op is None and dialog.open_error.isVisible(), timeout=10_000)
    assert dialog.password_edit.text() == ""
    assert dialog.user_edit.text() == ADMIN
    assert QApplication.focusWidget() is dialog.password_edit
    assert dialog.language_combo.currentData() == "ru"


def test_unlock_with_a_remembered_name_starts_in_the_password(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIGDESK_USER", ADMIN)
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.password_edit


# --- names a screen reader reads --------------------------------------------------------------


def test_every_field_of_the_unlock_window_has_a_name(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_inputs(dialog) == []
    assert spoken_name(dialog.path_edit) == "Хранилище:"  # its row holds «Обзор…» too
    assert spoken_name(dialog.language_combo)  # no label: named like its tip


def test_every_field_of_a_person_card_has_a_name(qtbot: QtBot, gui_vault: Vault) -> None:
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    form.show()
    unnamed = {}
    for index in range(form.tabs.count()):
        form.tabs.setCurrentIndex(index)
        unnamed[form.tabs.tabText(index)] = unnamed_inputs(form)
    assert not any(unnamed.values()), unnamed
    edits = form.main_tab.edits
    assert spoken_name(edits["birth_date"]) == "Дата рождения:"
    assert spoken_name(form.main_tab.sex_combo) == "Пол:"
    # Two fields beside one label: the row names them, the column tells the script.
    assert spoken_name(edits["surname_lat"]) == "Фамилия"
    assert edits["surname_lat"].accessibleDescription() == "Латиницей (как в паспорте)"


def test_every_field_of_the_request_window_has_a_name(qtbot: QtBot, demo_vault: Vault) -> None:
    service = RequestService(demo_vault)
    window = RequestWindow(service, service.list()[0].id)
    qtbot.addWidget(window)
    window.show()
    assert unnamed_inputs(window) == []
    assert spoken_name(window.fields.substance_edit) == "Существо"


def test_the_names_follow_a_language_switch(
    qtbot: QtBot, gui_vault: Vault, restore_russian: None
) -> None:
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    form.show()
    birth = form.main_tab.edits["birth_date"]
    language_switch.switch_language("en")
    english = QCoreApplication.translate("MainInfoTab", "Дата рождения:")
    assert english != "Дата рождения:"
    assert spoken_name(birth) == english
    assert form.main_tab.edits["surname_ru"].accessibleDescription() == (
        QCoreApplication.translate("MainInfoTab", "На русском")
    )


# --- «Найти лицо» → the card ----------------------------------------------------------------------


def _found(qtbot: QtBot, gui_vault: Vault) -> MainWindow:
    PersonService(gui_vault).add(sample_person())
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    _shown(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.registry
    qtbot.waitUntil(view.search_edit.hasFocus, timeout=2_000)
    type_text(view.search_edit, "Тестов")
    qtbot.waitUntil(lambda: not view.searching and view.last_count == 1, timeout=10_000)
    return window


def _opened_card(qtbot: QtBot, window: MainWindow) -> PersonForm:
    qtbot.waitUntil(lambda: len(window.forms) == 1, timeout=2_000)
    form = next(iter(window.forms.values()))[0]
    qtbot.waitUntil(lambda: not form.loading, timeout=10_000)
    return form


def test_down_from_the_search_and_the_keypads_enter_open_the_card(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    window = _found(qtbot, gui_vault)
    view = window.registry
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    assert view.selected_person_id() is not None  # the one result, chosen
    qtbot.keyClick(view.table, Qt.Key.Key_Enter)  # the keypad's
    form = _opened_card(qtbot, window)
    # Read in the background: the cursor comes to the surname once the card is there.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.main_tab.edits["surname_ru"])


def test_enter_opens_the_one_result_reached_by_tab(qtbot: QtBot, gui_vault: Vault) -> None:
    """Tab gave the table a current row but chose none: Enter opened nothing, and ↓
    (the only result) chose nothing either."""
    window = _found(qtbot, gui_vault)
    view = window.registry
    widget: QWidget = view.search_edit
    while widget is not view.table:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = present(QApplication.focusWidget())
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    _opened_card(qtbot, window)


# --- the person card ---------------------------------------------------------------------------


def test_a_card_opens_in_the_surname_and_tab_reads_down_each_column(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    _shown(qtbot, form)
    tab = form.main_tab
    assert QApplication.focusWidget() is tab.edits["surname_ru"]
    left_column = [
        *(tab.edits[f"{n}_ru"] for n in ("given_name", "patronymic")),
        *(tab.edits[f"{n}_lat"] for n in ("surname", "given_name", "patronymic")),
        tab.sex_combo,
        tab.edits["birth_date"],
        tab.edits["birth_place"],
        tab.edits["personal_number"],
        tab.kind_combo,
    ]
    stops = tab_stops(tab.edits["surname_ru"], len(left_column) + 1)
    assert stops[: len(left_column)] == left_column
    # Then the right-hand column, top first: the citizenships.
    assert tab.citizenship_box.isAncestorOf(stops[-1])
    tops = [w.mapTo(form, w.rect().topLeft()).y() for w in left_column[5:]]
    assert tops == sorted(tops)  # down the column as it reads


@pytest.mark.parametrize(
    ("typed", "shown", "stored"),
    [
        ("05051990", "05.05.1990", "1990-05-05"),  # the keypad's digits, no dots
        ("5,5,1990", "5.5.1990", "1990-05-05"),  # the keypad's decimal key in Russian
        ("14.03.1987", "14.03.1987", "1987-03-14"),
    ],
)
def test_a_birth_date_typed_with_the_keypad(
    qtbot: QtBot, gui_vault: Vault, typed: str, shown: str, stored: str
) -> None:
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    _shown(qtbot, form)
    birth = form.main_tab.edits["birth_date"]
    birth.setFocus()
    qtbot.keyClicks(birth, typed)
    qtbot.keyClick(birth, Qt.Key.Key_Tab)
    try:
        assert birth.text() == shown
        data, problems = form.main_tab.collect()
        assert problems == {}
        assert data["birth_date"] == stored
    finally:
        birth.clear()  # a clean card closes without asking


def test_dotted_leaves_what_is_no_date_of_the_keypad_to_the_domain() -> None:
    assert dotted("05051990") == "05.05.1990"
    assert dotted("05,1990") == "05.1990"
    assert dotted("5/5/1990") == "5.5.1990"
    assert dotted("19900505") == "19900505"  # not ДДММГГГГ: the domain names the problem
    assert dotted("1990") == "1990"
    assert dotted("абв") == "абв"


def test_an_empty_optional_date_takes_typed_digits(qtbot: QtBot) -> None:
    """«—» (no date yet: the partner's letter date, a step's «until») swallowed the digits."""
    edit = date_edit(optional=True)
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    assert edit_date(edit) is None
    qtbot.keyClicks(edit, "05031990")
    assert edit_date(edit) == date(1990, 3, 5)
    assert edit.text() == "05.03.1990"


def test_the_save_buttons_tell_their_shortcut(qtbot: QtBot, demo_vault: Vault) -> None:
    """Neither window has a menu to list Ctrl+S in."""
    expected = QKeySequence(QKeySequence.StandardKey.Save)
    shown = expected.toString(QKeySequence.SequenceFormat.NativeText)
    form = PersonForm(PersonService(demo_vault))
    qtbot.addWidget(form)
    assert form.save_button.toolTip() == shown
    service = RequestService(demo_vault)
    window = RequestWindow(service, service.list()[0].id)
    qtbot.addWidget(window)
    assert window.save_button.toolTip() == shown


@pytest.mark.parametrize("lang", ["ru", "kk", "hy", "en"])
def test_sex_is_chosen_by_its_first_letter_in_every_language(
    qtbot: QtBot, gui_vault: Vault, lang: str, restore_russian: None
) -> None:
    language_switch.switch_language(lang)
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    _shown(qtbot, form)
    combo = form.main_tab.sex_combo
    female = combo.itemText(combo.findData("F"))
    combo.setFocus()
    type_text(combo, female[0].lower())
    assert combo.currentData() == "F", (lang, female)


@pytest.mark.parametrize("lang", ["ru", "kk", "hy", "en"])
def test_a_citizenship_typed_in_part_and_enter_is_added(
    qtbot: QtBot, gui_vault: Vault, lang: str, restore_russian: None
) -> None:
    """The popup showed the one country, but Enter without ↓ added nothing."""
    language_switch.switch_language(lang)
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    _shown(qtbot, form)
    tab = form.main_tab
    name = country_label("ARM").split("—")[-1].strip()  # the name in this language
    tab.citizenship_combo.setFocus()
    line = present(QApplication.focusWidget())
    type_text(line, name[:4].lower())
    completer = present(tab.citizenship_combo.completer())
    popup = present(completer.popup())
    qtbot.keyClick(popup if popup.isVisible() else line, Qt.Key.Key_Return)
    assert tab.citizenships() == ["ARM"], (lang, name)
    assert tab.citizenship_combo.currentText() == ""  # ready for the next one


def test_the_registrys_citizenship_filter_takes_a_name_typed_in_part(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    _shown(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.registry.search_edit.hasFocus, timeout=2_000)
    qtbot.keyClick(window.registry.search_edit, Qt.Key.Key_Tab)
    combo = window.registry.citizenship_combo
    assert combo.isAncestorOf(present(QApplication.focusWidget()))
    line = present(QApplication.focusWidget())
    type_text(line, "армен")
    popup = present(present(combo.completer()).popup())
    qtbot.keyClick(popup if popup.isVisible() else line, Qt.Key.Key_Return)
    assert window.registry.filters().citizenship == "ARM"


def test_a_citizenship_typed_that_fits_several_waits_for_a_choice(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    form = PersonForm(PersonService(gui_vault))
    qtbot.addWidget(form)
    _shown(qtbot, form)
    tab = form.main_tab
    tab.citizenship_combo.setFocus()
    line = present(QApplication.focusWidget())
    type_text(line, "гвине")  # Гвинея, Гвинея-Бисау, Экваториальная Гвинея…
    popup = present(present(tab.citizenship_combo.completer()).popup())
    qtbot.keyClick(popup if popup.isVisible() else line, Qt.Key.Key_Return)
    assert tab.citizenships() == []
    line_edit = tab.citizenship_combo.lineEdit()
    assert line_edit is not None
    line_edit.clear()  # a clean card closes without asking


def test_tab_reads_a_request_window_in_its_order(qtbot: QtBot, demo_vault: Vault) -> None:
    """Left column top to bottom, then the steps and their history, then the buttons under
    both. The step buttons came last (after «Закрыть»), and the scroll area took a Tab of
    its own before the first field."""
    service = RequestService(demo_vault)
    for view in service.list()[:4]:
        window = RequestWindow(service, view.id)  # closed below (deleted on close)
        window.resize(1366, 768)
        _shown(qtbot, window)
        first = tab_stops(window, 1)[0]
        stops = [first, *tab_stops(first, 60)]
        assert not isinstance(first, QScrollArea)
        regions = [window._contents, window.progress]
        assert out_of_reading_order(window, stops, regions) == [], (view.direction, view.state)
        enabled = [b for b in window.progress.action_buttons.values() if b.isEnabled()]
        assert all(b in stops for b in enabled)
        window.close()


# --- step dialogs ---------------------------------------------------------------------------


def _refusal(qtbot: QtBot, demo_vault: Vault) -> StepDialog:
    service = RequestService(demo_vault)
    view = next(v for v in service.list() if v.direction == "incoming" and v.state == "in_work")
    window = RequestWindow(service, view.id)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_step("refuse")
    assert isinstance(dialog, StepDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    return dialog


def test_enter_never_records_a_refusal(qtbot: QtBot, demo_vault: Vault) -> None:
    dialog = _refusal(qtbot, demo_vault)
    for widget in [*dialog.ground_checks.values(), *dialog.findChildren(QLineEdit)]:
        if widget.isVisible() and isinstance(widget, QCheckBox | QLineEdit):
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            assert dialog.op is None and dialog.isVisible(), type(widget).__name__
    assert dialog.result_ is None
    dialog.reject()


def test_enter_in_a_refusals_text_makes_a_new_line(
    qtbot: QtBot, demo_vault: Vault, answer_message_box: Callable[[Any], list[str]]
) -> None:
    asked = answer_message_box(QMessageBox.StandardButton.Yes)  # «Закрыть без записи»
    dialog = _refusal(qtbot, demo_vault)
    reasons = dialog.reasons_edit
    reasons.setFocus()
    type_text(reasons, "Первая")
    qtbot.keyClick(reasons, Qt.Key.Key_Return)
    type_text(reasons, "вторая")
    assert reasons.toPlainText() == "Первая\nвторая"
    assert dialog.op is None and dialog.isVisible()
    qtbot.keyClick(reasons, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result_ is None
    assert asked == ["Закрыть без записи шага? Набранный текст будет потерян."]


def test_esc_asks_before_throwing_typed_reasons_away(
    qtbot: QtBot, demo_vault: Vault, answer_message_box: Callable[[Any], list[str]]
) -> None:
    """A refusal's reasons can be paragraphs: Esc, «Отмена» or the close button ask first;
    an untouched dialog closes at once, and the automatic lock never waits for a question."""
    asked = answer_message_box(QMessageBox.StandardButton.Cancel)  # «Отмена»: stay
    dialog = _refusal(qtbot, demo_vault)
    type_text(dialog.reasons_edit, "Причины отказа")
    qtbot.keyClick(dialog.reasons_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.reasons_edit.toPlainText() == "Причины отказа"
    dialog.cancel_asked()  # «Отмена» (the button)
    assert dialog.isVisible() and len(asked) == 2
    close_dialogs()  # the automatic lock
    assert not dialog.isVisible() and len(asked) == 2

    untouched = _refusal(qtbot, demo_vault)
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and len(asked) == 2
