"""Main window: menus, status bar, demo data in the background, opening person forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from migdesk.buildinfo import build_info
from migdesk.changes import Changes, Kind
from migdesk.demo import DEMO_NOTE
from migdesk.persons.service import PersonService
from migdesk.ui import demo_fill
from migdesk.ui.change_bus import publish
from migdesk.ui.main_window import MainWindow
from migdesk.ui.tasks import BackgroundOp
from migdesk.vault import Vault
from tests.conftest import sample_person


def _window(qtbot: QtBot, vault: Vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.registry.last_count is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.count_label.text() != "", timeout=10_000)
    return window


def test_menu_and_status_bar(qtbot: QtBot, gui_vault: Vault) -> None:
    PersonService(gui_vault).add(sample_person())
    window = _window(qtbot, gui_vault)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == [
        "&Файл",
        "С&правочники",
        "С&татистика",
        "&Обмен",
        "&Администрирование",
        "Язык · Тіл · Լեզու · Language",
        "&Справка",
    ]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    items = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert items == [  # a production vault: no demo data (issue 13.17)
        "Новое лицо",
        "Найти лицо",  # Ctrl+F (issue 13.16)
        "Возможные дубликаты…",
        "Сменить пароль…",
        "Заблокировать",
        "Выход",
    ]
    assert window.vault_label.text() == "Хранилище: test.vault"
    assert window.user_label.text() == "Пользователь: admin"
    assert window.count_label.text() == "Записей: 1"


def test_about_box(qtbot: QtBot, gui_vault: Vault) -> None:
    window = _window(qtbot, gui_vault)
    box = window.show_about()
    assert "MigDesk" in box.text() and "Армения" in box.text()
    info = build_info()
    assert f"MigDesk {info.version}\nСборка: {info.commit} от {info.build_date}" in box.text()
    box.close()


def test_demo_fill_runs_in_background_and_updates_registry(qtbot: QtBot, gui_vault: Vault) -> None:
    window = _window(qtbot, gui_vault)
    op = window.start_demo_fill(300)
    assert not window.demo_action.isEnabled()
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    qtbot.waitUntil(lambda: window.registry.last_count == 300, timeout=10_000)
    qtbot.waitUntil(lambda: window.count_label.text() == "Записей: 300", timeout=10_000)
    assert window.demo_action.isEnabled()
    assert "Добавлено 300 демо-записей." in window.statusBar().currentMessage()
    row_id = window.registry.model.person_id(0)
    assert row_id is not None
    assert PersonService(gui_vault).get(row_id)["notes"] == DEMO_NOTE


def test_demo_fill_cancel_keeps_whole_batches(qtbot: QtBot, gui_vault: Vault) -> None:
    window = _window(qtbot, gui_vault)
    count = 20_000
    op = window.start_demo_fill(count)
    qtbot.waitUntil(lambda: PersonService(gui_vault).count() > 0, timeout=30_000)
    op.cancel()
    qtbot.waitUntil(lambda: op.finished, timeout=30_000)
    stored = PersonService(gui_vault).count()
    assert 0 < stored < count
    assert stored % demo_fill.batch_size(count) == 0  # each batch wholly in or wholly out
    assert "Остановлено" in window.statusBar().currentMessage()


def test_demo_count_is_asked(
    qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, gui_vault)
    started: list[int] = []
    monkeypatch.setattr(demo_fill, "ask_count", lambda _parent: 25)
    monkeypatch.setattr(window, "start_demo_fill", started.append)
    window.demo_action.trigger()
    assert started == [25]


def test_open_person_twice_reuses_the_window(qtbot: QtBot, gui_vault: Vault) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    window = _window(qtbot, gui_vault)
    first = window.open_person(person_id)
    second = window.open_person(person_id)
    assert first is second
    assert window.open_forms() == [first]


def test_a_card_opens_at_once_and_reads_its_record_in_the_background(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """#17: at a million persons the reads took ~1 s on the GUI thread; the card now shows a
    disabled loading state and fills when the background read is back."""
    person_id = PersonService(gui_vault).add(sample_person()).id
    window = _window(qtbot, gui_vault)
    form = window.open_person(person_id)
    assert form is not None
    assert form.loading and form.isVisible()
    assert not form.tabs.isEnabled() and not form.save_button.isEnabled()
    assert form.main_tab.edits["surname_ru"].text() == ""
    assert form.banner.isVisibleTo(form) and form.banner.text() == "Загрузка карточки…"
    assert not form.is_dirty()
    assert form.save() is False  # the empty fields are never saved over the record
    with qtbot.waitSignal(form.loaded, timeout=10_000):
        pass
    assert not form.loading and form.tabs.isEnabled() and form.save_button.isEnabled()
    assert form.main_tab.edits["surname_ru"].text() == "Тестов"
    assert not form.banner.isVisibleTo(form)
    assert not form.is_dirty()
    assert PersonService(gui_vault).get(person_id)["surname_ru"] == "Тестов"


def test_a_card_whose_record_is_gone_closes_and_says_why(qtbot: QtBot, gui_vault: Vault) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = _window(qtbot, gui_vault)
    form = window.open_person("00000000-0000-0000-0000-000000000000")
    assert form is not None and form.loading
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=10_000)
    assert window.open_forms() == []
    box = window.findChildren(QMessageBox)[0]
    assert box.text() != ""
    box.close()


def test_lock_closes_forms_and_asks_for_unlock(qtbot: QtBot, gui_vault: Vault) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    window = _window(qtbot, gui_vault)
    form = window.open_person(person_id)
    assert form is not None
    with qtbot.waitSignal(window.lock_requested, timeout=5000):
        window.lock()
    assert not form.isVisible()
    assert not window.isVisible()


def test_lock_is_refused_while_a_form_keeps_unsaved_changes(
    qtbot: QtBot, gui_vault: Vault, answer_message_box: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = _window(qtbot, gui_vault)
    form = window.new_person()
    form.main_tab.edits["surname_ru"].setText("Несохранённая")
    asked = answer_message_box(QMessageBox.StandardButton.Cancel)  # type: ignore[operator]
    with qtbot.assertNotEmitted(window.lock_requested):
        window.lock()
    assert asked == ["Сохранить изменения?"]
    assert form.isVisible() and window.isVisible()
    QCoreApplication.processEvents()


def _menu_texts(window: MainWindow) -> list[str]:
    return [
        action.text()
        for menu in window.menuBar().actions()
        if isinstance(submenu := menu.menu(), QMenu)
        for action in submenu.actions()
    ]


def test_production_vault_has_no_demo_data_action(qtbot: QtBot, gui_vault: Vault) -> None:
    """Issue 13.17: «Заполнить демо-данными…» is not in a production vault's menus."""
    window = _window(qtbot, gui_vault)
    assert "Заполнить демо-данными…" not in _menu_texts(window)


def test_demo_vault_offers_demo_data(qtbot: QtBot, gui_vault: Vault) -> None:
    from migdesk.demo_vault import is_demo_vault, mark_demo_vault

    mark_demo_vault(gui_vault)
    assert is_demo_vault(gui_vault)
    window = _window(qtbot, gui_vault)
    assert "Заполнить демо-данными…" in _menu_texts(window)


def test_the_registry_read_is_the_first_of_the_start(
    qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool has as many threads as cores: the registry's keys (the longest read of a
    start) must not queue behind the deadlines, requests and count (#17: cold start)."""
    started: list[str] = []
    real_run = BackgroundOp.run

    def run(op: BackgroundOp[Any]) -> BackgroundOp[Any]:
        started.append(op._work.__qualname__)
        return real_run(op)

    monkeypatch.setattr(BackgroundOp, "run", run)
    window = _window(qtbot, gui_vault)
    assert started[0].startswith("RegistryView.refresh"), started
    assert len(started) > 1  # the other screens read too, after it
    assert window.registry.last_count == 0


def _tab_order(form: QWidget) -> list[str]:
    """The widgets Tab walks through, in order, each by its class and text."""
    order: list[str] = []
    node = form.nextInFocusChain()
    while node is not None and node is not form and len(order) < 5000:
        if node.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            text = node.text() if isinstance(node, QAbstractButton | QLabel) else ""
            order.append(f"{type(node).__name__}:{text}")
        node = node.nextInFocusChain()
    return order


def test_a_card_read_in_the_background_is_the_card_built_at_once(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """#17: a card read in the background builds its other tabs' widgets after the window is
    up, one page a turn of the event loop; once loaded it is the same card — the same
    widgets in the same Tab order (the buttons last), the same record shown."""
    from migdesk.ui.person_form import PersonForm

    service = PersonService(gui_vault)
    person_id = service.add(sample_person()).id
    at_once = PersonForm(service, person_id)
    qtbot.addWidget(at_once)
    later = PersonForm(service, person_id, background=True)
    qtbot.addWidget(later)
    assert later.tab_pages.pending  # the other pages are not built yet
    with qtbot.waitSignal(later.loaded, timeout=10_000):
        pass
    assert not later.tab_pages.pending
    order = _tab_order(later)
    assert order == _tab_order(at_once)
    assert order[-3:] == [  # as a card built at once has them
        "QPushButton:Сведения о лице (PDF)…",
        "QPushButton:Сохранить",
        "QPushButton:Закрыть",
    ]
    assert later.state() == at_once.state()
    assert [later.tabs.tabText(i) for i in range(later.tabs.count())] == [
        at_once.tabs.tabText(i) for i in range(at_once.tabs.count())
    ]
    assert later.tables["documents"].table.rowCount() == 1


def test_the_start_counts_from_the_registry_listing(
    qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first listing is everyone: its length is the count, no second read (#17); a
    change of persons counts again."""
    service = PersonService(gui_vault)
    service.add(sample_person())
    service.add(sample_person(surname_ru="Петрова"))
    counted: list[int] = []
    real_count = PersonService.count

    def count(self: PersonService) -> int:
        counted.append(1)
        return real_count(self)

    monkeypatch.setattr(PersonService, "count", count)
    window = _window(qtbot, gui_vault)
    assert window.count_label.text() == "Записей: 2"
    assert window.registry.lists_everyone and not counted
    service.add(sample_person(surname_ru="Сидорова"))
    publish(Changes.of(Kind.PERSONS))
    qtbot.waitUntil(lambda: window.count_label.text() == "Записей: 3", timeout=10_000)
    assert counted


def test_a_filtered_first_listing_counts_the_registry(qtbot: QtBot, gui_vault: Vault) -> None:
    service = PersonService(gui_vault)
    service.add(sample_person())
    service.add(sample_person(surname_ru="Петрова"))
    window = MainWindow(gui_vault)
    qtbot.addWidget(window)
    window.registry.search_edit.setText("Петрова")  # typed before the first listing came
    window.registry.refresh()
    qtbot.waitUntil(lambda: window.count_label.text() != "", timeout=10_000)
    assert window.registry.last_count == 1 and not window.registry.lists_everyone
    assert window.count_label.text() == "Записей: 2"


def test_a_courier_is_offered_no_person_search(
    qtbot: QtBot, gui_vault: Vault, vault_path: Path
) -> None:
    """A courier reads no person record: «Найти лицо» (Ctrl+F) stayed enabled and put the
    cursor into the hidden registry's search field."""
    from migdesk.office.users import UserService

    UserService(gui_vault).add("carrier", "courier", "bag-of-letters-71")
    courier = Vault.open(vault_path, "carrier", "bag-of-letters-71")
    try:
        window = MainWindow(courier)
        qtbot.addWidget(window)
        assert not window.reads_persons
        assert not window.search_action.isEnabled()
        window.close()
    finally:
        courier.close()
    officer_window = MainWindow(gui_vault)
    qtbot.addWidget(officer_window)
    assert officer_window.search_action.isEnabled()
    officer_window.close()
