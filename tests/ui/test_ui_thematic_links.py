"""The thematic item window shows where a received item came from (provider, bundle number
and date, handling limits) and opens its linked persons and requests (issue 18, Art. 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.requests.thematic import PersonLink, ThematicInput, ThematicService
from migdesk.ui.requests.thematic_list import ThematicWindow
from migdesk.ui.requests.thematic_window import ThematicForm
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, Station
from tests.requests.request_helpers import incoming

ITEM = ThematicInput(category="violations", title="Канал (тест)", text="Описание канала.")


def test_a_received_item_shows_its_provenance_and_opens_its_person(
    qtbot: QtBot, kz: Station, am_vault: Vault, tmp_path: Path
) -> None:
    with kz.open() as vault:
        person = PersonService(vault).add(sample_person()).id
        item = ThematicService(vault).add(
            ThematicInput(**{**ITEM.__dict__, "persons": [PersonLink(person, "перевозчик")]})
        )
        sent = export_bundle(vault, AM, tmp_path, thematic=[item])
    assert sent.ok and sent.path is not None
    assert import_bundle(am_vault, sent.path).status == "imported"

    form = ThematicForm(am_vault, item)
    qtbot.addWidget(form)
    form.show()
    assert form.origin.isVisible()
    text = form.origin.text()
    assert f"Получено от {KZ} в пакете № {sent.sequence} от {date.today():%d.%m.%Y}." in text
    assert "передача третьей стороне — только с согласия (п.\u00a03 ст.\u00a011)" in text
    with qtbot.waitSignal(form.open_person_requested) as opened:
        form.persons_list.itemDoubleClicked.emit(form.persons_list.item(0))
    assert opened.args == [person]


def test_linked_requests_are_named_and_open(qtbot: QtBot, gui_vault: Vault) -> None:
    request = RequestService(gui_vault).receive(incoming(date(2025, 3, 3)))
    item = ThematicService(gui_vault).add(
        ThematicInput(**{**ITEM.__dict__, "requests": [request.id]})
    )
    window = ThematicWindow(gui_vault)
    qtbot.addWidget(window)
    form = window.open_item(item)
    assert form is not None
    with qtbot.waitSignal(form.loaded, timeout=10_000):  # read on a worker (#17)
        pass
    assert not form.origin.isVisible()  # entered here
    assert form.requests_list.item(0).text() == f"Запрос № {request.number}"
    with qtbot.waitSignal(window.open_request_requested) as opened:
        form.requests_list.itemDoubleClicked.emit(form.requests_list.item(0))
    assert opened.args == [request.id]
    form.close()


def test_the_list_marks_a_received_item_and_its_limits(
    qtbot: QtBot, kz: Station, am_vault: Vault, tmp_path: Path
) -> None:
    """Art. 11.2, 11.3 and DESIGN («shown wherever the data is shown»): in the list a received
    item said only who imported it, like one of ours."""
    with kz.open() as vault:
        item = ThematicService(vault).add(ITEM)
        sent = export_bundle(vault, AM, tmp_path, thematic=[item])
    assert sent.ok and sent.path is not None
    assert import_bundle(am_vault, sent.path).status == "imported"
    ThematicService(am_vault).add(ThematicInput(**{**ITEM.__dict__, "title": "Своё"}))

    window = ThematicWindow(am_vault)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.table.rowCount() == 2)

    def cell(row: int, column: int) -> QTableWidgetItem:
        item = window.table.item(row, column)
        assert item is not None
        return item

    rows = {cell(r, 2).text(): r for r in range(2)}
    received = cell(rows[ITEM.title], 5)
    assert received.text() == f"получено от {KZ}"
    assert f"Получено от {KZ} в пакете № {sent.sequence}" in received.toolTip()
    assert "только с согласия (п.\u00a03 ст.\u00a011)" in received.toolTip()
    ours = cell(rows["Своё"], 5)
    assert ours.text() == am_vault.user and "Получено" not in ours.toolTip()
