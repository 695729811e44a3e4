"""The person card's tabs as pages: a page of sub-record tables, and how the tabs show the
domain's problems (a red title on each tab with a problem; the first problem's field or cell
gets the focus).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from migdesk.ui.person_main_tab import MainInfoTab
from migdesk.ui.subrecord_table import SubrecordTable

PROBLEM_TAB_COLOR = QColor("#b00020")


def tables_page(*tables: SubrecordTable) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for table in tables:
        layout.addWidget(table, 1)
    return page


def unmark_tabs(tabs: QTabWidget) -> None:
    for index in range(tabs.count()):
        tabs.tabBar().setTabTextColor(index, QColor())


def mark_tabs(tabs: QTabWidget, marked: Iterable[int]) -> None:
    for tab in marked:
        tabs.tabBar().setTabTextColor(tab, PROBLEM_TAB_COLOR)


def marked_tabs(tabs: QTabWidget) -> list[str]:
    """Titles of the tabs marked as having problems."""
    bar = tabs.tabBar()
    return [
        tabs.tabText(i) for i in range(tabs.count()) if bar.tabTextColor(i) == PROBLEM_TAB_COLOR
    ]


def focus_first_problem(main_tab: MainInfoTab, sections: list[tuple[int, Any]], tab: int) -> None:
    """Focus the first field (main tab) or cell (a table) with a problem on ``tab``."""
    if tab == 0:
        widget = main_tab.first_problem_widget()
        if widget is not None:
            widget.setFocus()
            main_tab.ensureWidgetVisible(widget)
        return
    for section_tab, section in sections:
        if section_tab == tab and isinstance(section, SubrecordTable):
            cell = section.first_problem_cell()
            if cell is not None:
                # Current but not selected: a selected row would hide the red cells.
                section.table.setCurrentCell(*cell, QItemSelectionModel.SelectionFlag.NoUpdate)
                section.table.clearSelection()
                section.table.setFocus()
                return
