"""Table columns are sized the shared way (issue 13.10): to content with minimums, the main
text column takes the spare room, elided cells show a tooltip, dragged widths come back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget
from pytestqt.qtbot import QtBot

from migdesk.office.users import UserService
from migdesk.requests.service import RequestService
from migdesk.ui.audit_window import AuditWindow
from migdesk.ui.columns import MAX_CHARS, ElidedTooltipDelegate
from migdesk.ui.exchange.log_window import BundleLogWindow
from migdesk.ui.history_tab import HistoryTab
from migdesk.ui.requests.registries_window import RegistriesWindow
from migdesk.ui.requests.request_list import RequestListView
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.ui.retention_window import RetentionWindow
from migdesk.ui.users_dialog import UsersDialog
from migdesk.vault import Vault
from tests.support.gui import present


def _progress(qtbot: QtBot, vault: Vault, request_id: str) -> QTableWidget:
    window = RequestWindow(RequestService(vault), request_id)
    window.show()
    qtbot.waitUntil(lambda: window.progress.history.rowCount() > 0, timeout=10_000)
    qtbot.wait(20)  # the refit runs after the rows arrived
    return window.progress.history


def _fits(table: QTableWidget, row: int, column: int) -> bool:
    item = table.item(row, column)
    assert item is not None
    metrics = table.fontMetrics()
    needed = metrics.horizontalAdvance(item.text())
    # Longer than MAX_CHARS: elided by design, with the text as a tooltip.
    return table.columnWidth(column) >= min(needed, MAX_CHARS * metrics.averageCharWidth())


def _wraps_whole(table: QTableWidget, row: int, column: int) -> bool:
    """A table whose rows wrap: the cell's text is whole on its lines, no word cut."""
    item = table.item(row, column)
    assert item is not None and table.wordWrap()
    metrics = table.fontMetrics()
    room = table.columnWidth(column) - 8  # the cell's margins
    if any(metrics.horizontalAdvance(word) > room for word in item.text().split()):
        return False
    flags = int(Qt.TextFlag.TextWordWrap.value)
    wrapped = metrics.boundingRect(0, 0, room, 10_000, flags, item.text())
    return wrapped.height() <= table.rowHeight(row)


def test_progress_columns_fit_their_content_and_the_text_column_stretches(
    qtbot: QtBot, demo_vault: Vault
) -> None:
    gui_vault = demo_vault  # with the signed demo requests
    request_id = RequestService(gui_vault).list()[0].id
    table = _progress(qtbot, gui_vault, request_id)
    for row in range(table.rowCount()):
        for column in (0, 1, 2):  # date, step, who: whole, not «demo.su…» (lines may wrap)
            whole = _fits(table, row, column) or _wraps_whole(table, row, column)
            assert whole, (row, column, present(table.item(row, column)).text())
    header = table.horizontalHeader()
    assert header.sectionResizeMode(4) == QHeaderView.ResizeMode.Stretch  # «Текст»
    assert isinstance(table.itemDelegate(), ElidedTooltipDelegate)


def test_a_short_last_column_no_longer_stretches_empty(qtbot: QtBot, gui_vault: Vault) -> None:
    """«Подписанты»: the last column («Сегодня») keeps its size; the position column, the
    widest text, takes the room."""
    window = RegistriesWindow(gui_vault)
    qtbot.addWidget(window)
    window.resize(1300, 700)
    window.show()
    table = window.signatories.signatory_table
    header = table.horizontalHeader()
    last = header.count() - 1
    assert not header.stretchLastSection()
    assert header.sectionResizeMode(last) != QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch  # «Должность»


def test_request_list_gives_the_substance_the_room(qtbot: QtBot, demo_vault: Vault) -> None:
    gui_vault = demo_vault  # with the signed demo requests
    view = RequestListView(RequestService(gui_vault))
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10_000)
    qtbot.wait(20)
    header = view.table.horizontalHeader()
    stretched = [
        c
        for c in range(header.count())
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
    ]
    assert [present(view.table.horizontalHeaderItem(c)).text() for c in stretched] == ["Существо"]
    for row in range(view.table.rowCount()):
        for column in range(header.count() - 1):  # every other column shows its text whole
            assert _fits(view.table, row, column), (row, column)


def test_a_width_the_officer_sets_is_remembered(qtbot: QtBot, demo_vault: Vault) -> None:
    gui_vault = demo_vault  # with the signed demo requests
    request_id = RequestService(gui_vault).list()[0].id
    table = _progress(qtbot, gui_vault, request_id)
    table.horizontalHeader().resizeSection(2, 333)  # as a drag of the section's edge does
    again = _progress(qtbot, gui_vault, request_id)
    assert again.columnWidth(2) == 333


def test_a_long_substance_gets_room_to_read(qtbot: QtBot, demo_vault: Vault) -> None:
    """Issue 13.10: the request's main texts grow with their text (up to a limit)."""
    gui_vault = demo_vault  # with the signed demo requests
    service = RequestService(gui_vault)
    window = RequestWindow(service, service.list()[0].id)
    window.show()
    edit = window.fields.substance_edit
    short = edit.height()
    edit.setPlainText("\n".join(f"Строка существа запроса № {n} (тест)." for n in range(8)))
    qtbot.waitUntil(lambda: edit.height() > short * 2, timeout=2_000)
    edit.setPlainText("\n".join("x" for _ in range(40)))
    qtbot.waitUntil(
        lambda: edit.height() < edit.fontMetrics().lineSpacing() * 13 + 14, timeout=2_000
    )


def _stretched(header: QHeaderView) -> list[int]:
    return [
        c
        for c in range(header.count())
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
    ]


def test_audit_history_log_users_and_retention_tables_are_sized_the_shared_way(
    qtbot: QtBot, gui_vault: Vault
) -> None:
    """Issue 13.10 leftover: these tables stretched their last column or sized to content
    without limit; now each has the shared sizer and its free-text column takes the room."""
    audit = AuditWindow(gui_vault)
    log = BundleLogWindow(gui_vault)
    retention = RetentionWindow(gui_vault)
    users = UsersDialog(UserService(gui_vault))
    history = HistoryTab()
    for widget in (audit, log, retention, users, history):
        qtbot.addWidget(widget)
    expected = {
        "audit": (audit.table, audit.table.horizontalHeader(), "Подробности"),
        "log": (log.table, log.table.horizontalHeader(), "Содержимое"),
        "due": (retention.due_table, retention.due_table.horizontalHeader(), "Срок"),
        "acts": (retention.acts_table, retention.acts_table.horizontalHeader(), "Основание"),
        "users": (users.table, users.table.horizontalHeader(), "Роли"),
        "history": (history.tree, history.tree.header(), "Что изменено"),
    }
    for name, (view, header, title) in expected.items():
        assert isinstance(view.itemDelegate(), ElidedTooltipDelegate), name
        assert not header.stretchLastSection(), name
        titles = [
            str(view.model().headerData(c, Qt.Orientation.Horizontal)) for c in _stretched(header)
        ]
        assert titles == [title], name


def test_a_fit_reads_a_bounded_number_of_rows(qtbot: QtBot) -> None:
    """#17: fitting a long list (the audit trail's 1,000) asked the model for every cell of
    1,000 rows on the GUI thread; it measures ``FIT_ROWS`` rows now."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
    from PySide6.QtWidgets import QTableView

    from migdesk.ui.columns import FIT_ROWS, size_columns

    root = QModelIndex()

    class Counting(QAbstractTableModel):
        def __init__(self, parent: QTableView) -> None:
            super().__init__(parent)
            self.asked: set[int] = set()

        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = root) -> int:
            return 0 if parent.isValid() else 2000

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = root) -> int:
            return 0 if parent.isValid() else 3

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
            self.asked.add(index.row())
            return f"строка {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

    view = QTableView()
    qtbot.addWidget(view)
    model = Counting(view)
    view.setModel(model)
    size_columns(view, None, [10, 10])
    assert 0 < len(model.asked) <= FIT_ROWS + 1
    assert view.columnWidth(0) > 0
