"""Person form on real vaults: save, domain validation next to fields, MRZ, media, history,
unsaved changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from migdesk.identity.iin import iin_with_check_digit
from migdesk.persons.service import PersonService
from migdesk.ui.delegates import CODE_ROLE
from migdesk.ui.main_window import MainWindow
from migdesk.ui.person_form import PersonForm
from migdesk.ui.subrecord_table import PROBLEM_BRUSH, SubrecordTable
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.support.gui import save_card
from tests.ui.conftest import SPECIMEN_MRZ

Answer = Callable[[Any], list[str]]


def _form(qtbot: QtBot, vault: Vault, person_id: str | None = None) -> PersonForm:
    form = PersonForm(PersonService(vault), person_id)
    qtbot.addWidget(form)
    form.show()
    return form


def _type(form: PersonForm, **fields: str) -> None:
    for name, text in fields.items():
        form.main_tab.edits[name].setText(text)


def _cell(table: SubrecordTable, row: int, column: int) -> QTableWidgetItem:
    item = table.table.item(row, column)
    assert item is not None
    return item


def _tab_titles(form: PersonForm) -> list[str]:
    return [form.tabs.tabText(i) for i in range(form.tabs.count())]


def test_form_has_a_tab_per_part_of_the_record(qtbot: QtBot, gui_vault: Vault) -> None:
    form = _form(qtbot, gui_vault)
    assert _tab_titles(form) == [
        "Основные сведения",
        "Документы",
        "Ответственность",
        "Учёт (регистрация)",
        "Проживание и работа",
        "Гражданство",
        "Въезд/выезд",
        "Фото и дактилокарта",
        "Семья",
        "История",
    ]
    assert form.windowTitle() == "Новое лицо — MigDesk"
    assert not form.is_dirty()


def test_fill_and_save_creates_record_visible_in_registry(qtbot: QtBot, gui_vault: Vault) -> None:
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.registry.last_count == 0, timeout=10_000)

    form = window.new_person()
    _type(
        form,
        surname_ru="Иванова",
        given_name_ru="Мария",
        patronymic_ru="Сергеевна",
        birth_date="05.03.1990",
        birth_place="г. Караганда",
    )
    form.main_tab.sex_combo.setCurrentIndex(form.main_tab.sex_combo.findData("F"))
    form.main_tab.citizenship_combo.set_code("KAZ")
    form.main_tab.citizenship_box.add_chosen()
    documents = form.tables["documents"]
    row = documents.add_row()
    documents.set_value(row, "number", "N7654321")
    _cell(documents, row, 4).setText("01.02.2020")  # typed in Russian form
    documents.set_value(row, "issuing_country", "KAZ")
    assert form.is_dirty()

    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save_button.click()
    person_id = saved.args[0]
    assert not form.is_dirty()
    assert form.windowTitle() == "Иванова Мария Сергеевна — MigDesk"
    stored = PersonService(gui_vault).get(person_id)
    assert stored["surname_lat"] == "IVANOVA"  # filled by the domain from Russian
    assert stored["birth_date"] == "1990-03-05"
    assert stored["sex"] == "F"
    assert stored["citizenship"] == ["KAZ"]
    assert stored["documents"][0]["number"] == "N7654321"
    assert stored["documents"][0]["kind"] == "passport"
    assert stored["documents"][0]["issued_on"] == "2020-02-01"
    # Derived Latin is shown as the grey hint, typed Latin as text.
    assert form.main_tab.edits["surname_lat"].text() == ""
    assert form.main_tab.edits["surname_lat"].placeholderText() == "IVANOVA"

    qtbot.waitUntil(lambda: window.registry.last_count == 1, timeout=10_000)
    assert window.registry.model.index(0, 0).data() == "Иванова"
    assert window.registry.model.index(0, 5).data() == "05.03.1990"
    qtbot.waitUntil(lambda: window.count_label.text() == "Записей: 1", timeout=10_000)


def test_validation_error_shows_message_next_to_field_and_saves_nothing(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    form = _form(qtbot, gui_vault)
    _type(form, given_name_ru="Анна", given_name_lat="АNNA")  # Cyrillic А among Latin
    form.tabs.setCurrentIndex(3)
    assert save_card(qtbot, form) is False
    main = form.main_tab
    assert main.fields["surname_ru"].error.isVisible()
    assert main.fields["surname_ru"].error.text() == "укажите фамилию (на русском или латиницей)"
    assert main.fields["given_name_lat"].error.text() == (
        "латинское написание содержит кириллические буквы «А»: проверьте раскладку клавиатуры"
    )
    assert not main.fields["given_name_ru"].error.isVisible()
    assert form.banner.isVisible()
    assert form.tabs.currentIndex() == 0  # switched to the first tab with a problem
    assert form.problem_tabs() == ["Основные сведения"]
    assert PersonService(gui_vault).count() == 0

    _type(form, surname_ru="Иванова", given_name_lat="")
    assert save_card(qtbot, form) is True
    assert not main.fields["surname_ru"].error.isVisible()
    assert not form.banner.isVisible()
    assert form.problem_tabs() == []
    assert PersonService(gui_vault).count() == 1


def test_sub_record_problems_mark_the_cell_and_open_its_tab(qtbot: QtBot, gui_vault: Vault) -> None:
    form = _form(qtbot, gui_vault)
    _type(form, surname_ru="Тестов", birth_date="12.04.1985")
    documents = form.tables["documents"]
    row = documents.add_row()
    _cell(documents, row, 4).setText("31.02.2020")  # no such day; number missing
    restrictions = form.tables["restrictions"]
    ban = restrictions.add_row()
    restrictions.set_value(ban, "country", "KAZ")  # grounds missing
    assert save_card(qtbot, form) is False

    assert form.tabs.currentIndex() == 1
    assert form.problem_tabs() == ["Документы", "Въезд/выезд"]
    issued = _cell(documents, row, 4)
    assert issued.background() == PROBLEM_BRUSH
    assert issued.toolTip() == "В месяце 02.2020 нет 31-го числа"
    number = _cell(documents, row, 2)
    assert number.background() == PROBLEM_BRUSH
    assert "номер" in number.toolTip()
    assert documents.errors.isVisible()
    assert "Строка 1" in documents.errors.text()
    assert "основания" in restrictions.errors.text().lower()
    assert PersonService(gui_vault).count() == 0


def test_dates_are_shown_russian_and_typed_in_any_accepted_form(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    service = PersonService(gui_vault)
    person_id = service.add(sample_person(birth_date="1985-04")).id
    form = _form(qtbot, gui_vault, person_id)
    assert form.main_tab.edits["birth_date"].text() == "04.1985"
    assert form.tables["documents"].value(0, "valid_until") == "28.02.2029"
    for typed, stored in [("1985", "1985"), ("1985-04-12", "1985-04-12"), ("3.1986", "1986-03")]:
        _type(form, birth_date=typed)
        assert save_card(qtbot, form) is True
        assert service.get(person_id)["birth_date"] == stored


def test_corrected_russian_name_updates_derived_latin(qtbot: QtBot, gui_vault: Vault) -> None:
    service = PersonService(gui_vault)
    person_id = service.add(sample_person(surname_ru="Тесгов")).id
    form = _form(qtbot, gui_vault, person_id)
    assert service.get(person_id)["surname_lat"] == "TESGOV"
    _type(form, surname_ru="Тестов")
    assert save_card(qtbot, form) is True
    assert service.get(person_id)["surname_lat"] == "TESTOV"


def test_typed_latin_differing_from_transliteration_is_kept(qtbot: QtBot, gui_vault: Vault) -> None:
    service = PersonService(gui_vault)
    person_id = service.add(sample_person(surname_lat="TESTOFF")).id
    form = _form(qtbot, gui_vault, person_id)
    assert form.main_tab.edits["surname_lat"].text() == "TESTOFF"
    _type(form, birth_place="г. Другое")
    assert save_card(qtbot, form) is True
    assert service.get(person_id)["surname_lat"] == "TESTOFF"


def test_latin_placeholders_show_icao_transliteration_live(qtbot: QtBot, gui_vault: Vault) -> None:
    form = _form(qtbot, gui_vault)
    _type(form, surname_ru="Щукина", given_name_ru="Юлия", patronymic_ru="Құрманқызы")
    edits = form.main_tab.edits
    assert edits["surname_lat"].placeholderText() == "SHCHUKINA"
    assert edits["given_name_lat"].placeholderText() == "IULIIA"
    assert edits["patronymic_lat"].placeholderText() == "KURMANKYZY"
    assert edits["surname_lat"].text() == ""


def test_iin_check_is_a_warning_line_not_a_block(qtbot: QtBot, gui_vault: Vault) -> None:
    form = _form(qtbot, gui_vault)
    valid = iin_with_check_digit("85041230012")
    assert valid is not None
    broken = valid[:-1] + str((int(valid[-1]) + 1) % 10)
    _type(form, surname_ru="Тестов", personal_number=valid)
    check = form.main_tab.number_check
    assert check.isVisible()
    assert check.text() == "ИИН прошёл проверку: дата рождения 12.04.1985, пол мужской."

    _type(form, personal_number=broken)
    assert "Неверная контрольная цифра ИИН" in check.text()
    assert save_card(qtbot, form) is True  # a warning, the domain stores it
    assert form.last_result is not None
    assert "Неверная контрольная цифра ИИН" in form.last_result.warnings
    boxes = [b for b in form.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "Неверная контрольная цифра ИИН" in boxes[-1].text()


def test_duplicates_are_shown_before_saving(qtbot: QtBot, gui_vault: Vault) -> None:
    stored = PersonService(gui_vault).add(sample_person()).id
    form = _form(qtbot, gui_vault)
    _type(form, surname_ru="Другов")
    row = form.tables["documents"].add_row()
    form.tables["documents"].set_value(row, "number", "N12345678")
    assert save_card(qtbot, form) is False  # not yet: the officer sees the candidate first
    assert PersonService(gui_vault).count() == 1
    dialog = form.duplicate_dialog
    assert dialog is not None and dialog.isVisible()
    assert [h.id for h in dialog.hints] == [stored]
    assert dialog.hints[0].reason == "совпадает номер документа"
    # The candidate's card beside the new one (read on a worker: its view is audited, #17).
    qtbot.waitUntil(lambda: dialog.card_op is None, timeout=10_000)
    assert dialog.stored_card.values["name_ru"].text() == "Тестов Пробный Образцович"
    assert dialog.new_card.values["name_ru"].text().startswith("Другов")
    assert not dialog.save_button.isEnabled()  # a reason first
    opened: list[str] = []
    form.open_requested.connect(opened.append)
    dialog.open_button.click()
    assert opened == [stored] and PersonService(gui_vault).count() == 1

    assert save_card(qtbot, form) is False
    again = form.duplicate_dialog  # its own name: the lambda above reads ``dialog``
    assert again is not None
    again.reason_edit.setText("другое лицо: паспорт выдан повторно")
    with qtbot.waitSignal(form.saved, timeout=5000):
        again.save_button.click()
    assert form.last_result is not None and form.person_id == form.last_result.id
    assert [d.reason for d in form.last_result.duplicates] == ["совпадает номер документа"]
    details = gui_vault.raw_execute(
        "SELECT details FROM audit_log WHERE action = 'person.create' ORDER BY id DESC LIMIT 1"
    )[0][0]
    assert stored in details and "паспорт выдан повторно" in details


def test_mrz_paste_fills_fields_and_passport(qtbot: QtBot, gui_vault: Vault) -> None:
    form = _form(qtbot, gui_vault)
    form.main_tab.mrz_button.click()
    dialog = form.mrz_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.fill_button.isEnabled()
    dialog.set_text(SPECIMEN_MRZ)
    assert not dialog.errors.isVisible()
    assert "ERIKSSON ANNA MARIA" in dialog.summary.text()
    dialog.fill_button.click()

    main = form.main_tab
    assert main.edits["surname_lat"].text() == "ERIKSSON"
    assert main.edits["given_name_lat"].text() == "ANNA MARIA"
    assert main.sex_combo.currentData() == "F"
    assert main.edits["birth_date"].text() == "12.08.1974"
    assert main.citizenships() == ["UTO"]
    assert main.mrz_status.text() == "Данные заполнены из MRZ, контрольные цифры верны."
    documents = form.tables["documents"]
    assert documents.state() == [
        ["passport", None, "L898902C3", "UTO", None, None, "15.04.2012"],
    ]
    assert _cell(documents, 0, 0).text() == "заграничный паспорт"
    assert _cell(documents, 0, 0).data(CODE_ROLE) == "passport"

    # Utopia is the ICAO specimen state, not a real one: the domain says so at the field.
    assert save_card(qtbot, form) is False
    assert "UTO" in main.citizenship_error.text()
    assert "неизвестный код государства" in main.citizenship_error.text()


def test_mrz_check_digit_errors_are_shown_and_filling_still_possible(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """Issue 13.12: a check-digit error blocks «Заполнить» until the officer confirms the data
    were compared with the document; then filling is possible and the errors are shown."""
    form = _form(qtbot, gui_vault)
    dialog = form.open_mrz_dialog()
    dialog.set_text(SPECIMEN_MRZ.replace("7408122F", "7408123F"))
    assert dialog.errors.isVisible()
    assert "Неверная контрольная цифра даты рождения" in dialog.errors.text()
    assert not dialog.fill_button.isEnabled()
    dialog.accept()  # Enter with a broken MRZ fills nothing either
    assert form.main_tab.edits["surname_lat"].text() == ""
    assert dialog.checked_box.isVisible()
    dialog.checked_box.setChecked(True)
    assert dialog.fill_button.isEnabled()
    dialog.fill_button.click()
    assert "Неверная контрольная цифра даты рождения" in form.main_tab.mrz_status.text()

    again = form.open_mrz_dialog()
    again.set_text("это не MRZ")
    assert not again.fill_button.isEnabled()
    assert "не распознан как MRZ" in again.summary.text()
    again.reject()


def test_mrz_dialog_never_draws_the_summary_over_the_text_and_forgets_old_errors(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    form = _form(qtbot, gui_vault)
    dialog = form.open_mrz_dialog()
    dialog.set_text(SPECIMEN_MRZ.replace("7408122F", "7408123F"))
    qtbot.wait(10)
    for label in (dialog.summary, dialog.errors, dialog.checked_box):
        assert label.geometry().top() >= dialog.text_edit.geometry().bottom()
        assert label.geometry().bottom() <= dialog.buttons.geometry().top()
    dialog.checked_box.setChecked(True)
    # A corrected MRZ: no old error, no old tick, filling allowed at once.
    dialog.set_text(SPECIMEN_MRZ)
    assert not dialog.errors.isVisible() and dialog.errors.text() == ""
    assert not dialog.checked_box.isVisible() and not dialog.checked_box.isChecked()
    assert dialog.fill_button.isEnabled()
    dialog.reject()


def test_mrz_error_status_goes_when_the_officer_corrects_the_field(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    form = _form(qtbot, gui_vault)
    dialog = form.open_mrz_dialog()
    dialog.set_text(SPECIMEN_MRZ.replace("7408122F", "7408123F"))
    dialog.checked_box.setChecked(True)
    dialog.fill_button.click()
    status = form.main_tab.mrz_status
    assert status.isVisibleTo(form) and "даты рождения" in status.text()
    birth = form.main_tab.edits["birth_date"]
    birth.setFocus()
    qtbot.keyClick(birth, Qt.Key.Key_Backspace)
    assert not status.isVisibleTo(form)


def test_mrz_td2_card_fills_an_identity_card(qtbot: QtBot, gui_vault: Vault) -> None:
    form = _form(qtbot, gui_vault)
    dialog = form.open_mrz_dialog()
    dialog.set_text("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6")
    assert dialog.fill_button.isEnabled()
    dialog.fill_button.click()
    assert form.main_tab.edits["surname_lat"].text() == "ERIKSSON"
    assert form.tables["documents"].value(0, "kind") == "id_card"
    assert form.tables["documents"].value(0, "number") == "D23145890"


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, gui_vault: Vault, answer_message_box: Answer
) -> None:
    form = _form(qtbot, gui_vault)
    _type(form, surname_ru="Несохранённый")

    asked = answer_message_box(QMessageBox.StandardButton.Cancel)
    assert form.close() is False
    assert asked == ["Сохранить изменения?"]
    assert form.isVisible()

    asked = answer_message_box(QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(form.closed, timeout=5000):
        assert form.close() is False  # not yet: it closes once the save has ended
    assert asked == ["Сохранить изменения?"]
    assert PersonService(gui_vault).count() == 1


def test_discarding_changes_saves_nothing(
    qtbot: QtBot, gui_vault: Vault, answer_message_box: Answer
) -> None:
    form = _form(qtbot, gui_vault)
    _type(form, surname_ru="Несохранённый")
    asked = answer_message_box(QMessageBox.StandardButton.Discard)
    assert form.close() is True
    assert asked == ["Сохранить изменения?"]
    assert PersonService(gui_vault).count() == 0


def test_save_refused_on_close_keeps_window_open(
    qtbot: QtBot, gui_vault: Vault, answer_message_box: Answer
) -> None:
    form = _form(qtbot, gui_vault)
    _type(form, given_name_ru="Безфамильный")
    answer_message_box(QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(form.save_finished, timeout=5000) as finished:
        assert form.close() is False
    assert finished.args == [False]
    assert form.isVisible()
    assert form.main_tab.fields["surname_ru"].error.isVisible()


def test_unchanged_form_closes_without_asking(qtbot: QtBot, gui_vault: Vault) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    form = _form(qtbot, gui_vault, person_id)
    _type(form, birth_place="г. Другое")
    _type(form, birth_place="г. Образцово")  # typed back: nothing to save
    assert not form.is_dirty()
    assert form.close() is True  # the autouse guard fails the test if a box were shown


def test_editing_shows_history_with_old_and_new_values(qtbot: QtBot, gui_vault: Vault) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    form = _form(qtbot, gui_vault, person_id)
    assert form.history_tab.top_level_texts() == ["создание записи"]
    _type(form, birth_place="г. Новое")
    assert save_card(qtbot, form) is True
    assert form.history_tab.top_level_texts() == [
        "изменение: Место рождения",
        "создание записи",
    ]
    assert form.history_tab.child_texts(0) == ["Место рождения: г. Образцово → г. Новое"]
    assert "Фамилия (рус.): Тестов" in form.history_tab.child_texts(1)


def test_history_reads_in_card_order_with_names_not_logins(qtbot: QtBot, gui_vault: Vault) -> None:
    """Issue 13.15: fields in the order of the card (not alphabetical internal keys), the
    user's full name instead of the login, no MIME types."""
    from migdesk.office.users import UserService

    UserService(gui_vault).set_profile("admin", full_name="Администраторов Тест")
    person_id = PersonService(gui_vault).add(sample_person()).id
    form = _form(qtbot, gui_vault, person_id)
    _type(form, surname_ru="Тестова", birth_place="г. Новое", given_name_ru="Проба")
    assert save_card(qtbot, form) is True
    assert form.history_tab.child_texts(0) == [
        "Фамилия (рус.): Тестов → Тестова",
        "Имя (рус.): Пробный → Проба",
        "Фамилия (лат.): TESTOV → TESTOVA",
        "Имя (лат.): PROBNYI → PROBA",
        "Место рождения: г. Образцово → г. Новое",
    ]
    top = form.history_tab.tree.topLevelItem(0)
    assert top is not None and top.text(2) == "Администраторов Тест"


def test_sub_records_round_trip(qtbot: QtBot, gui_vault: Vault) -> None:
    service = PersonService(gui_vault)
    person_id = service.add(sample_person()).id
    form = _form(qtbot, gui_vault, person_id)
    registrations = form.tables["registrations"]
    row = registrations.add_row()
    registrations.set_value(row, "kind", "residence")
    registrations.set_value(row, "address", "г. Ереван, ул. Примерная, 1")
    registrations.set_value(row, "country", "ARM")
    _cell(registrations, row, 3).setText("01.2021")
    acts = form.tables["citizenship_acts"]
    act = acts.add_row()
    acts.set_value(act, "country", "ARM")
    admin = form.tables["administrative_liability"]
    admin.set_value(admin.add_row(), "penalty", "штраф")
    empty = form.tables["criminal_liability"]
    empty.add_row()  # left empty: ignored
    assert save_card(qtbot, form) is True

    stored = service.get(person_id)
    assert stored["registrations"] == [
        {
            "kind": "residence",
            "country": "ARM",
            "address": "г. Ереван, ул. Примерная, 1",
            "valid_from": "2021-01",
            "valid_until": None,
            "authority": None,
        }
    ]
    assert stored["citizenship_acts"][0]["kind"] == "admission"
    assert stored["administrative_liability"][0]["penalty"] == "штраф"
    assert stored["criminal_liability"] == []
    reopened = _form(qtbot, gui_vault, person_id)
    assert reopened.tables["registrations"].value(0, "valid_from") == "01.2021"
    assert _cell(reopened.tables["registrations"], 0, 0).text() == "по месту жительства"


def test_photo_and_fingerprint_card_from_files(
    qtbot: QtBot, gui_vault: Vault, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.png"
    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#8899aa"))
    assert image.save(str(photo))
    card = tmp_path / "card.jpg"
    assert image.save(str(card))
    text = tmp_path / "notes.png"
    text.write_text("not an image")

    service = PersonService(gui_vault)
    person_id = service.add(sample_person()).id
    form = _form(qtbot, gui_vault, person_id)
    media = form.media_tab
    # Each file is read on a worker (a phone photo takes seconds): wait for it to be read.
    media.add_photo_file(text)
    qtbot.waitUntil(lambda: media.reading is not None and media.reading.finished)
    assert media.photo_list.count() == 0
    assert media.photo_error.text() == "Поддерживаются изображения JPEG и PNG."
    media.add_photo_file(photo)
    qtbot.waitUntil(lambda: media.photo_list.count() == 1)
    assert not media.photo_error.isVisible()
    assert media.photo_preview.pixmap() is not None and not media.photo_preview.pixmap().isNull()
    media.set_card_file(card)
    qtbot.waitUntil(lambda: media.collect()["fingerprint_card"] is not None)
    assert save_card(qtbot, form) is True

    stored = service.get(person_id)
    assert [p["mime"] for p in stored["photos"]] == ["image/png"]
    assert stored["fingerprint_card"]["mime"] == "image/jpeg"
    assert service.media(person_id, stored["photos"][0]["sha256"]) == photo.read_bytes()

    media.remove_photo()
    media.remove_card()
    assert save_card(qtbot, form) is True
    stored = service.get(person_id)
    assert stored["photos"] == [] and stored["fingerprint_card"] is None


def test_new_card_shows_no_citizenship_until_one_is_added(qtbot: QtBot, gui_vault: Vault) -> None:
    """Issue 13.13: the picker no longer shows «KAZ — Казахстан» while the list is empty."""
    form = _form(qtbot, gui_vault)
    main = form.main_tab
    combo = main.citizenship_combo
    assert main.citizenships() == []
    assert combo.currentText() == ""
    assert (edit := combo.lineEdit()) is not None and edit.placeholderText()
    assert not main.citizenship_add_button.isEnabled()
    combo.set_code("ARM")
    assert main.citizenship_add_button.isEnabled()
    main.citizenship_add_button.click()
    assert main.citizenships() == ["ARM"]
    assert combo.currentText() == ""  # ready for the next one, not looking like a choice
    assert not main.citizenship_add_button.isEnabled()
    # Picking from the list adds at once.
    combo.setCurrentIndex(combo.findData("KAZ"))
    combo.activated.emit(combo.currentIndex())
    assert main.citizenships() == ["ARM", "KAZ"]


def test_armenian_letters_in_a_russian_name_are_refused_next_to_the_field(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    form = _form(qtbot, gui_vault)
    _type(form, surname_ru="Հարությունյան", given_name_ru="Әлия")  # Kazakh letters are fine
    assert save_card(qtbot, form) is False
    main = form.main_tab
    assert main.fields["surname_ru"].error.isVisible()
    assert "«Фамилия (рус.)» пишется кириллицей" in main.fields["surname_ru"].error.text()
    assert not main.fields["given_name_ru"].error.isVisible()
    assert PersonService(gui_vault).count() == 0


def test_the_duplicate_dialog_shows_the_latin_name_the_new_record_will_get(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """Latin left empty is stored as the ICAO transliteration; the new record's column said
    «—» beside the stored «TESTOV PROBNYI …», as if it had none (grab 15_person_duplicate)."""
    PersonService(gui_vault).add(sample_person())
    form = _form(qtbot, gui_vault)
    _type(form, surname_ru="Другов", given_name_ru="Пробный")
    row = form.tables["documents"].add_row()
    form.tables["documents"].set_value(row, "number", "N12345678")
    assert save_card(qtbot, form) is False
    dialog = form.duplicate_dialog
    assert dialog is not None
    assert dialog.new_card.values["name_lat"].text() == "DRUGOV PROBNYI"
