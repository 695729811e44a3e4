"""The keyboard between a search field and its results table.

An officer types a surname and goes on without the mouse: ↓ (or Page Down) from the field goes
into the results with the first row chosen, and Enter, the main one or the keypad's, opens
the chosen row. Before, ↓ did nothing in the field, a table reached by Tab had a current row
but no chosen one (so Enter opened nothing, and ↓ skipped the first result), and the keypad's
Enter was not listened to.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView

_INTO_RESULTS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class ResultsKeys(QObject):
    """Installed on the field and the table, owned by the table. It keeps no Python
    reference to either (nor to the view): no cycle for the collector to break at a bad
    moment (see the registry's model)."""

    open_chosen = Signal()

    def __init__(self, field: QLineEdit, table: QTableView) -> None:
        super().__init__(table)
        field.installEventFilter(self)
        table.installEventFilter(self)

    def _table(self) -> QTableView:
        table = self.parent()
        assert isinstance(table, QTableView)
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QLineEdit) and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _INTO_RESULTS and event.modifiers() in _PLAIN and self._rows():
                self._table().setFocus(Qt.FocusReason.TabFocusReason)
                return True
        elif isinstance(watched, QTableView) and kind == QEvent.Type.FocusIn:
            self._choose_current()
        elif isinstance(watched, QTableView) and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _ENTER:
                self._choose_current()
                self.open_chosen.emit()
                return True
        return False

    def _rows(self) -> int:
        model = self._table().model()
        return model.rowCount() if model is not None else 0

    def _choose_current(self) -> None:
        """The current row chosen, the first when there is none (Tab gives a current row
        without choosing it)."""
        table = self._table()
        selection = table.selectionModel()
        if selection is None or selection.selectedRows() or not self._rows():
            return
        current = table.currentIndex()
        table.selectRow(current.row() if current.isValid() else 0)
