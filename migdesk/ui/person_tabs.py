"""The person card's tabs as pages: a page of sub-record tables, how the tab row fits the
window in every language, and how the tabs show the domain's problems (a red title on each
tab with a problem; the first problem's field or cell gets the focus).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
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


def move_to_end_of_tab_order(window: QWidget, widgets: tuple[QWidget, ...]) -> None:
    """Widgets made after ``widgets`` (pages built later) join the Tab order after them:
    ``widgets`` go back to the end, where a window built at once has them."""
    tail = window.previousInFocusChain()  # the last widget that takes Tab, not ``widgets``
    while (
        tail is not None
        and tail is not window
        and (tail in widgets or not tail.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
    ):
        tail = tail.previousInFocusChain()
    if tail is None or tail is window:
        return
    for widget in widgets:
        QWidget.setTabOrder(tail, widget)
        tail = widget


def keep_every_tab_in_view(tabs: QTabWidget) -> None:
    """Every tab stays in sight: when the row is wider than the window (a longer language, a
    narrower window) the titles are shortened with «…», the full title in the tab's tooltip;
    scroll arrows, which hid the last tabs, come only when even shortened titles do not fit."""
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.setUsesScrollButtons(True)
    for index in range(tabs.count()):
        tabs.setTabToolTip(index, tabs.tabText(index))


def width_for_every_tab(tabs: QTabWidget, default: int) -> int:
    """The card's default width: ``default``, or wider when the tab row needs it whole (the
    window is then cut to the screen)."""
    margins = 40  # the window's layout margins and the tab widget's frame
    return max(default, tabs.tabBar().sizeHint().width() + margins)


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
