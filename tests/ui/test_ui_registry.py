"""The registry on real vaults: rows from the service, lazy paging, search and filters."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from migdesk.demo import synthetic_persons
from migdesk.office import registry_search
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.ui import registry, tasks
from migdesk.ui.registry import RegistryView
from migdesk.ui.registry_model import PAGE_SIZE, RegistryModel
from migdesk.vault import Vault
from tests.conftest import sample_person


def _registry(qtbot: QtBot, vault: Vault) -> RegistryView:
    view = RegistryView(PersonService(vault))
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    view.refresh()
    _settle(qtbot, view)
    return view


def _settle(qtbot: QtBot, view: RegistryView) -> None:
    qtbot.waitUntil(lambda: not view.searching and view.last_count is not None, timeout=20_000)


def _row(model: RegistryModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def _type_search(qtbot: QtBot, view: RegistryView, text: str) -> None:
    view.search_edit.clear()
    for char in text:  # one textChanged per key, as typing does (QTest types ASCII only)
        view.search_edit.insert(char)
    assert view.searching  # debounced: nothing ran yet
    qtbot.waitUntil(lambda: not view.searching, timeout=10_000)


def test_registry_shows_persons_added_through_the_service(qtbot: QtBot, gui_vault: Vault) -> None:
    service = PersonService(gui_vault)
    service.add(sample_person())
    service.add(sample_person(surname_ru="Абенова", given_name_ru="Дина", sex="F", documents=[]))
    view = _registry(qtbot, gui_vault)
    assert view.last_count == 2
    assert view.count_label.text() == "Найдено: 2"
    assert _row(view.model, 0) == [
        "Абенова",
        "Дина",
        "Образцович",
        "ABENOVA DINA",
        "женский",
        "12.04.1985",
        "KAZ",
        "",
        "",
    ]
    assert _row(view.model, 1) == [
        "Тестов",
        "Пробный",
        "Образцович",
        "TESTOV PROBNYI",
        "мужской",
        "12.04.1985",
        "KAZ",
        "N12345678",
        "",  # own record: no provider
    ]
    headers = [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())
    ]
    assert headers == [
        "Фамилия",
        "Имя",
        "Отчество",
        "Латиницей",
        "Пол",
        "Дата рождения",
        "Гражданство",
        "Документ",
        "Получено от",
    ]


def test_empty_registry_says_how_to_start(qtbot: QtBot, gui_vault: Vault) -> None:
    view = _registry(qtbot, gui_vault)
    assert view.last_count == 0
    assert "Реестр пуст" in view.count_label.text()


def test_lazy_model_reads_only_visible_pages(qtbot: QtBot, gui_vault: Vault) -> None:
    bulk_add(gui_vault, synthetic_persons(5000, seed=3), validate=False)
    view = _registry(qtbot, gui_vault)
    assert view.last_count == 5000
    assert view.model.rowCount() == 5000
    qtbot.wait(50)  # let the view paint its first screen
    assert 1 <= view.model.pages_fetched <= 2

    middle = view.model.index(2500, 0)
    view.table.scrollTo(middle)
    qtbot.wait(50)
    assert view.model.index(2500, 0).data()  # a real surname, fetched on demand
    view.table.scrollToBottom()
    qtbot.wait(50)
    assert view.model.index(4999, 0).data()
    # Three screens were looked at: three or four pages (one screen may span two), never 25.
    assert view.model.pages_fetched <= 5, view.model.pages_fetched
    assert view.model.pages_fetched < 5000 // PAGE_SIZE


def test_opening_a_row_not_shown_reads_its_id_not_its_page(qtbot: QtBot, gui_vault: Vault) -> None:
    bulk_add(gui_vault, synthetic_persons(1000, seed=4), validate=False)
    view = _registry(qtbot, gui_vault)
    fetched = view.model.pages_fetched
    last = view.model.rowCount() - 1  # far below the first screen: its page never painted
    view.table.selectRow(last)
    opened: list[str] = []
    view.open_requested.connect(opened.append)
    view.open_button.click()  # before any paint of that row
    pk = view.model.pk_at(last)
    assert pk is not None
    assert opened == [registry_search.fetch_rows(gui_vault, [pk])[0].id]
    assert view.model.pages_fetched == fetched  # no page of 200 rows on the GUI thread


def test_page_cache_is_bounded() -> None:
    calls: list[list[int]] = []

    def fetch(pks: list[int]) -> list[object]:
        calls.append(pks)
        return []

    model = RegistryModel(fetch)  # type: ignore[arg-type]
    model.set_pks(range(1, 10_001))
    for row in range(0, 10_000, PAGE_SIZE):
        model.index(row, 0).data()
    assert model.pages_fetched == 10_000 // PAGE_SIZE
    assert len(calls[0]) == PAGE_SIZE and calls[0][0] == 1
    model.index(10_000 - 1, 0).data()  # last page: still cached
    assert model.pages_fetched == 10_000 // PAGE_SIZE
    model.index(0, 0).data()  # first page: evicted long ago
    assert model.pages_fetched == 10_000 // PAGE_SIZE + 1


def test_typing_runs_one_search_after_the_pause(
    qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    PersonService(gui_vault).add(sample_person())
    view = _registry(qtbot, gui_vault)
    queries: list[str] = []
    real = registry_search.search_keys

    def counting(service: PersonService, query: str, *args: Any) -> Any:
        queries.append(query)
        return real(service, query, *args)

    monkeypatch.setattr(registry, "search_keys", counting)
    _type_search(qtbot, view, "тестов")
    assert queries == ["тестов"]  # not one search per key
    assert view.last_count == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("тестов", ["Тестов"]),
        ("TESTOV", ["Тестов"]),
        ("N12345678", ["Тестов"]),
        ("1990", ["Другая"]),
    ],
)
def test_search_field_filters_after_debounce(
    qtbot: QtBot, gui_vault: Vault, query: str, expected: list[str]
) -> None:
    service = PersonService(gui_vault)
    service.add(sample_person())
    service.add(sample_person(surname_ru="Другая", sex="F", birth_date="1990", documents=[]))
    view = _registry(qtbot, gui_vault)
    assert view.last_count == 2
    _type_search(qtbot, view, query)
    assert view.last_count == len(expected)
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == expected


def test_filters_for_sex_and_citizenship(qtbot: QtBot, gui_vault: Vault) -> None:
    service = PersonService(gui_vault)
    service.add(sample_person())
    service.add(sample_person(surname_ru="Саргсян", citizenship=["ARM"], documents=[]))
    service.add(sample_person(surname_ru="Ахметова", sex="F", documents=[]))
    view = _registry(qtbot, gui_vault)
    assert view.last_count == 3

    view.sex_combo.setCurrentIndex(view.sex_combo.findData("F"))
    qtbot.waitUntil(lambda: not view.searching and view.last_count == 1, timeout=10_000)
    assert view.model.index(0, 0).data() == "Ахметова"

    view.sex_combo.setCurrentIndex(0)
    view.citizenship_combo.set_code("ARM")
    qtbot.waitUntil(lambda: not view.searching and view.last_count == 1, timeout=10_000)
    assert view.model.index(0, 0).data() == "Саргсян"
    assert view.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) == "Армения"

    _type_search(qtbot, view, "нет такого")
    assert view.last_count == 0
    assert view.count_label.text() == "Ничего не найдено."


def test_searches_are_audited_without_the_query_text(qtbot: QtBot, gui_vault: Vault) -> None:
    PersonService(gui_vault).add(sample_person())
    view = _registry(qtbot, gui_vault)
    _type_search(qtbot, view, "Тестов")
    qtbot.waitUntil(lambda: not tasks.in_order_pending(), timeout=10_000)  # written on a worker
    rows = gui_vault.raw_execute("SELECT action, details FROM audit_log ORDER BY 1")
    searches = [details for action, details in rows if action == "person.search"]
    assert len(searches) >= 2  # the initial listing and the typed search
    assert all("Тестов" not in str(details) for details in searches)


def test_newer_search_overtakes_older_one(qtbot: QtBot, gui_vault: Vault) -> None:
    service = PersonService(gui_vault)
    service.add(sample_person())
    service.add(sample_person(surname_ru="Другая", documents=[]))
    view = _registry(qtbot, gui_vault)
    view.search_edit.setText("Другая")
    view.refresh()
    view.search_edit.setText("Тестов")
    view.refresh()
    qtbot.waitUntil(lambda: not view.searching, timeout=10_000)
    qtbot.wait(100)  # the older result, if it came back late, must not replace the newer
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == ["Тестов"]


def test_double_click_asks_to_open_the_person(qtbot: QtBot, gui_vault: Vault) -> None:
    person_id = PersonService(gui_vault).add(sample_person()).id
    view = _registry(qtbot, gui_vault)
    assert not view.open_button.isEnabled()
    with qtbot.waitSignal(view.open_requested) as opened:
        view.table.doubleClicked.emit(view.model.index(0, 0))
    assert opened.args == [person_id]
    view.table.selectRow(0)
    assert view.open_button.isEnabled()
    with qtbot.waitSignal(view.open_requested) as opened:
        view.open_button.click()
    assert opened.args == [person_id]


def test_a_result_on_its_way_at_a_lock_is_not_shown(qtbot: QtBot, gui_vault: Vault) -> None:
    """After ``forget`` (the lock) no row comes back, not even a search's result that its
    worker had already sent to the GUI thread."""
    PersonService(gui_vault).add(sample_person())
    view = _registry(qtbot, gui_vault)
    view.search_edit.blockSignals(True)
    view.search_edit.setText("Тестов")
    view.search_edit.blockSignals(False)
    view.refresh()
    QThreadPool.globalInstance().waitForDone(10_000)  # found; the result waits in the queue
    view.forget()
    QApplication.processEvents()
    assert view.model.rowCount() == 0 and view.last_count is None
    assert not view.searching


def test_a_registry_view_is_freed_without_the_cycle_collector(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """No reference cycle through the view: when its last reference goes it is freed at once,
    whole. A cycle left it to the cycle collector, which clears every attribute first, and
    Qt's destruction of the table then asked the emptied model for headers (a flaky
    AttributeError in later tests)."""
    gc.collect()
    gc.disable()
    try:
        view = RegistryView(PersonService(gui_vault))
        view.show()
        qtbot.waitExposed(view)
        freed = weakref.ref(view)
        del view
        assert freed() is None
    finally:
        gc.enable()
