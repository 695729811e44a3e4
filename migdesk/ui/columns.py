"""One way to size table columns (issue 13.10): each column as wide as its content, never
narrower than its minimum or its title, never wider than ``MAX_CHARS``; the main text column
(the widest minimum) takes the room left instead of an empty last column; a cell too narrow
for its text is elided and shows the whole text as a tooltip; widths the officer drags are
remembered in the settings under the table's key (a closed list, no personal data).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QTreeView,
    QWidget,
)

from migdesk.ui import settings

MAX_CHARS = 48  # beyond this a column elides; the tooltip and the stretch column show the rest
PADDING = 20
TITLE_ROOM = PADDING + 12  # px beside a column's title: the style's margins and a sort mark
# Rows a fit measures (the visible ones first): Qt's default, 1,000, asked the Python model
# for every cell of them, ~130 ms of frozen window for the audit trail's page (#17).
FIT_ROWS = 100


class ElidedTooltipDelegate(QStyledItemDelegate):
    """Shows a cell's whole text as a tooltip, but only when the cell had to elide it."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            own = index.data(Qt.ItemDataRole.ToolTipRole)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if own:
                QToolTip.showText(event.globalPos(), str(own), view)
                return True
            if text and option.fontMetrics.horizontalAdvance(text) + 8 > option.rect.width():
                QToolTip.showText(event.globalPos(), text, view)
                return True
            QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)


SizedView = QTableView | QTreeView  # tables, and trees shown as tables (a card's history)


def _header(view: SizedView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


class ColumnSizer(QObject):
    """Attached to a table by :func:`size_columns`; refits when the rows change."""

    def __init__(
        self,
        view: SizedView,
        key: str | None,
        minimums: Sequence[int],
        stretch: int | None,
        widest: int | Sequence[int] = MAX_CHARS,
        stretch_room: int = 0,
        keeps_title: bool = False,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.key = key
        self.minimums = list(minimums)
        self.stretch = stretch
        self.widest = widest  # one cap for every column, or one per column
        self.user_set: set[int] = set()
        self.stretch_room = stretch_room  # characters the stretch column keeps (0: none)
        self.keeps_title = keeps_title  # the stretch column scrolls rather than cut its title
        self._natural: dict[int, int] = {}  # the fitted widths, before giving way
        self._fitting = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        header = _header(view)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # titles always fit (minimum_width)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setItemDelegate(ElidedTooltipDelegate(view))
        header.sectionResized.connect(self._resized)
        if stretch is not None and (stretch_room or keeps_title):
            view.viewport().installEventFilter(self)
        self._watch(view.model())
        saved = settings.column_widths(key) if key else []
        for column, width in enumerate(saved[: header.count()]):
            if width > 0 and column != self.stretch:
                self.user_set.add(column)
                view.setColumnWidth(column, width)
        self.fit()

    def _watch(self, model: QAbstractItemModel | None) -> None:
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self._pending.start)

    def minimum_width(self, column: int) -> int:
        view = self.view
        metrics = view.fontMetrics()
        chars = self.minimums[column] if column < len(self.minimums) else 6
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        header_metrics = _header(view).fontMetrics()  # titles may be set bold
        title_width = max(
            (header_metrics.horizontalAdvance(line) for line in title.split("\n")), default=0
        )
        return max(chars * metrics.averageCharWidth() + PADDING, title_width + TITLE_ROOM)

    def cap(self, column: int) -> int:
        """The widest ``column`` grows for its content, in characters."""
        if isinstance(self.widest, int):
            return self.widest
        return self.widest[column] if column < len(self.widest) else MAX_CHARS

    def fit(self) -> None:
        view = self.view
        header = _header(view)
        char = view.fontMetrics().averageCharWidth()
        self._fitting = True
        try:
            for column in range(header.count()):
                if column == self.stretch:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                    continue
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                if column in self.user_set:
                    continue
                content = view.sizeHintForColumn(column) + 8 if view.model().rowCount() else 0
                limit = self.cap(column) * char
                width = max(self.minimum_width(column), min(content, limit))
                self._natural[column] = width
                view.setColumnWidth(column, width)
        finally:
            self._fitting = False
        self.give_way()
        self.keep_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.give_way()
            self.keep_title()
        return False

    def keep_title(self) -> None:
        """The stretch column never gets narrower than its minimum (its title): with less
        room it stops stretching and the table scrolls sideways. Qt's stretched section
        shrinks to whatever is left: the statistics' authority column showed 54 px of its
        76 px Armenian title «Մյուս Կողմի մարմինը»."""
        if self.stretch is None or not self.keeps_title:
            return
        header = _header(self.view)
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != self.stretch)
        least = self.minimum_width(self.stretch)
        fits = self.view.viewport().width() - others >= least
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
        self._fitting = True
        try:
            if header.sectionResizeMode(self.stretch) != mode:
                header.setSectionResizeMode(self.stretch, mode)
            if not fits and header.sectionSize(self.stretch) != least:
                header.resizeSection(self.stretch, least)
        finally:
            self._fitting = False

    def give_way(self) -> None:
        """With ``stretch_room``, the fitted columns narrow (their rows wrap) when the view is
        too narrow to leave the stretch column that many characters: a table in a splitter
        pane dragged narrow kept its text column at nothing, behind a sideways scroll."""
        if not self.stretch_room or self.stretch is None:
            return
        view = self.view
        room = self.stretch_room * view.fontMetrics().averageCharWidth()
        # Nor does the view get narrower than that room and the others at their minimums
        # (a date, a step's name stay whole): a splitter stops there.
        header = _header(view)
        others = sum(self.minimum_width(c) for c in range(header.count()) if c != self.stretch)
        frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(room + others + frame)
        fitted = {c: w for c, w in self._natural.items() if c not in self.user_set}
        fixed = sum(
            _header(view).sectionSize(c)
            for c in range(_header(view).count())
            if c != self.stretch and c not in fitted
        )
        floors = {c: self.minimum_width(c) for c in fitted}
        widths = _shares(fitted, floors, view.viewport().width() - room - fixed)
        self._fitting = True
        try:
            for column, width in widths.items():
                view.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column == self.stretch:
            return
        self.user_set.add(column)
        self.keep_title()  # a column dragged wider leaves the stretch column less
        if self.key:
            header = _header(self.view)
            widths = [
                header.sectionSize(c) if c in self.user_set else 0 for c in range(header.count())
            ]
            settings.set_column_widths(self.key, widths)


def _shares(widths: dict[int, int], floors: dict[int, int], spare: int) -> dict[int, int]:
    """``widths`` narrowed towards ``floors`` (never below) to fit ``spare`` pixels: each
    gives up the same share of what it has above its floor."""
    above = sum(widths[c] - floors[c] for c in widths)
    excess = sum(widths.values()) - max(spare, 0)
    if excess <= 0 or above <= 0:
        return dict(widths)
    keep = max(0.0, 1 - excess / above)
    return {c: floors[c] + int((widths[c] - floors[c]) * keep) for c in widths}


def size_columns(
    view: SizedView,
    key: str | None,
    minimums: Sequence[int] = (),
    *,
    stretch: int | None = -1,
    widest: int | Sequence[int] = MAX_CHARS,
    stretch_room: int = 0,
    keeps_title: bool = False,
) -> ColumnSizer:
    """Size ``view``'s columns the shared way. ``minimums`` in characters per column;
    ``stretch`` is the column that takes the spare room (default: the first column without a
    minimum — the free text — else the widest minimum; None: no column stretches);
    ``widest``: no column grows wider for its content (a table whose rows wrap needs less),
    in characters; a sequence caps each column on its own. ``stretch_room``: characters the
    stretch column keeps however narrow the view; the fitted columns give way (and wrap).
    ``keeps_title``: the stretch column never narrower than its title; the table scrolls."""
    if stretch == -1:
        count = view.model().columnCount()
        if len(minimums) < count:
            stretch = len(minimums)  # the free-text column the caller gave no minimum
        else:
            stretch = max(range(count), key=lambda c: minimums[c]) if count else None
    return ColumnSizer(view, key, minimums, stretch, widest, stretch_room, keeps_title)


class TitleHeader(QHeaderView):
    """A header whose sections fit to contents fit their titles as drawn. Qt measures a title
    in *bold* (room for a highlighted section) plus the style's margins, and that bold is what
    leaves room around a Latin or Cyrillic title; where the glyphs come from a face without a
    bold (Armenian here), bold is no wider, and «Ազգակցական կապ» was drawn 4 px short. Here a
    title gets its regular width plus the room :class:`ColumnSizer` gives titles."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setSectionsClickable(True)  # as the table's own header
        self.setHighlightSections(True)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        model = self.model()
        if model is None or self.orientation() != Qt.Orientation.Horizontal:
            return size
        title = str(model.headerData(logicalIndex, Qt.Orientation.Horizontal) or "")
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0)
        size.setWidth(max(size.width(), widest + TITLE_ROOM))
        return size


class StretchKeepsTitle(QObject):
    """The ``column`` that takes the room left in a table (its longest free text) never gets
    less than ``width`` (its title's): with less room it stops stretching and the table
    scrolls sideways. Qt's stretched section shrinks to whatever is left: in Armenian a card's
    permits showed 58 px of «Գործատուի հասցե»."""

    def __init__(self, view: QTableView, column: int, width: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        self.width = width
        view.horizontalHeader().sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.column:
            self.fit()

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != self.column)
        stretch = self.view.viewport().width() - others >= self.width
        mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.column) != mode:
            header.setSectionResizeMode(self.column, mode)
        if not stretch and header.sectionSize(self.column) != self.width:
            header.resizeSection(self.column, self.width)
