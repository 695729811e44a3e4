"""The registry table model: holds only the matching primary keys, fetches rows per page.

At a million matches the keys take 8 MB as ``array('q')``; rows are read from the vault
200 at a time, when the view asks for them, and a few pages are kept in an LRU cache.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from migdesk.identity.countries import country_name
from migdesk.persons.search import RegistryRow
from migdesk.ui.display import date_ru, sex_label

PAGE_SIZE = 200
CACHE_PAGES = 8
FetchRows = Callable[[list[int]], list[RegistryRow]]
FetchIds = Callable[[list[int]], dict[int, str]]
_Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    translate = QCoreApplication.translate  # literal calls below, so lupdate finds them
    return [
        translate("RegistryModel", "Фамилия"),
        translate("RegistryModel", "Имя"),
        translate("RegistryModel", "Отчество"),
        translate("RegistryModel", "Латиницей"),
        translate("RegistryModel", "Пол"),
        translate("RegistryModel", "Дата рождения"),
        translate("RegistryModel", "Гражданство"),
        translate("RegistryModel", "Документ"),
        translate("RegistryModel", "Получено от"),
    ]


def _cell(row: RegistryRow, column: int) -> str:
    match column:
        case 0:
            return row.surname_ru or ""
        case 1:
            return row.given_name_ru or ""
        case 2:
            return row.patronymic_ru or ""
        case 3:
            return " ".join(p for p in (row.surname_lat, row.given_name_lat) if p)
        case 4:
            return sex_label(row.sex)
        case 5:
            return date_ru(row.birth_date)
        case 6:
            return row.citizenship
        case 7:
            return row.document
        case _:
            # Received records are marked wherever they appear (Art. 11.2, 11.3).
            return row.provider


class RegistryModel(QAbstractTableModel):
    """Read-only, lazy. ``pages_fetched`` counts vault reads (tests keep it small)."""

    COLUMN_COUNT = 9

    def __init__(
        self, fetch_rows: FetchRows, parent: Any = None, fetch_ids: FetchIds | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._fetch_ids = fetch_ids
        self._pks: array[int] = array("q")
        self._pages: OrderedDict[int, dict[int, RegistryRow]] = OrderedDict()
        self._headers = _headers()
        self.pages_fetched = 0

    # --- content ---------------------------------------------------------------------------

    def set_pks(self, pks: Sequence[int] | array[int]) -> None:
        self.beginResetModel()
        self._pks = pks if isinstance(pks, array) else array("q", pks)
        self._pages.clear()
        self.endResetModel()

    def pk_at(self, row: int) -> int | None:
        return self._pks[row] if 0 <= row < len(self._pks) else None

    def person_id(self, row: int) -> str | None:
        pk = self.pk_at(row)
        if pk is not None and row // PAGE_SIZE not in self._pages and self._fetch_ids:
            # A row not shown yet (selected from the keyboard or by code): its id alone, not
            # its page of rows read on the GUI thread (#17: 89 ms opening a card at 1M).
            return self._fetch_ids([pk]).get(pk)
        found = self._row(row)
        return found.id if found is not None else None

    def _page(self, number: int) -> dict[int, RegistryRow]:
        cached = self._pages.get(number)
        if cached is not None:
            self._pages.move_to_end(number)
            return cached
        start = number * PAGE_SIZE
        keys = list(self._pks[start : start + PAGE_SIZE])
        self.pages_fetched += 1
        page = {row.pk: row for row in self._fetch_rows(keys)}
        self._pages[number] = page
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        return page

    def _row(self, row: int) -> RegistryRow | None:
        pk = self.pk_at(row)
        if pk is None:
            return None
        # A person deleted since the search has no row: the line stays, empty.
        return self._page(row // PAGE_SIZE).get(pk)

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self._pks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() != 6 or not row.citizenship:
                return None
            return ", ".join(country_name(c.strip()) for c in row.citizenship.split(","))
        return _cell(row, index.column())

    def retranslate(self) -> None:
        """After a language switch (ui/retranslate calls it): the headers anew."""
        self._headers = _headers()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1
