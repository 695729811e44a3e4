"""Table columns are sized the shared way (issue 13.10): to content with minimums, the main
text column takes the spare room, elided cells show a tooltip, dragged widths come back."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget
from pytestqt.qtbot import QtBot

from migdesk.requests.demo import create_demo_requests
from migdesk.requests.service import RequestService
from migdesk.ui.columns import ElidedTooltipDelegate
from migdesk.ui.requests.request_list import RequestListView
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.vault import Vault


def _progress(qtbot: QtBot, vault: Vault, request_id: str) -> QTableWidget:
    window = RequestWindow(RequestService(vault), request_id)
    window.show()
    qtbot.waitUntil(lambda: window.progress.history.rowCount() > 0, timeout=10_000)
    qtbot.wait(20)  # the refit runs after the rows arrived
    return window.progress.history


def _fits(table: QTableWidget, row: int, column: int) -> bool:
    item = table.item(row, column)
    assert item is not None
    needed = table.fontMetrics().horizontalAdvance(item.text())
    return table.columnWidth(column) >= needed


def test_progress_columns_fit_their_content_and_the_text_column_stretches(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    create_demo_requests(gui_vault, seed=1)
    request_id = RequestService(gui_vault).list()[0].id
    table = _progress(qtbot, gui_vault, request_id)
    for row in range(table.rowCount()):
        for column in (0, 1, 2):  # date, step, who: whole, not «demo.su…»
            assert _fits(table, row, column), (row, column, table.item(row, column).text())
    header = table.horizontalHeader()
    assert not header.stretchLastSection() or header.count() - 1 == 4
    assert header.sectionResizeMode(4) == QHeaderView.ResizeMode.Stretch  # «Текст»
    assert isinstance(table.itemDelegate(), ElidedTooltipDelegate)


def test_request_list_stretches_its_main_column_not_the_last(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    create_demo_requests(gui_vault, seed=1)
    view = RequestListView(RequestService(gui_vault))
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    header = view.table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionResizeMode(last) != QHeaderView.ResizeMode.Stretch
    assert not header.stretchLastSection()
    assert QHeaderView.ResizeMode.Stretch in [header.sectionResizeMode(c) for c in range(last)]


def test_a_width_the_officer_sets_is_remembered(qtbot: QtBot, gui_vault: Vault) -> None:
    create_demo_requests(gui_vault, seed=1)
    request_id = RequestService(gui_vault).list()[0].id
    table = _progress(qtbot, gui_vault, request_id)
    table.horizontalHeader().resizeSection(2, 333)  # as a drag of the section's edge does
    again = _progress(qtbot, gui_vault, request_id)
    assert again.columnWidth(2) == 333
