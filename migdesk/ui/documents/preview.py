"""A PDF preview held in memory: QPdfView over a QPdfDocument read from a QBuffer (no
clear PDF is ever written to a temporary file), with page navigation and zoom.

QtPdf does not draw widget annotations (the visible signature stamp): a signed PDF is shown
through ``migdesk.reports.pdf_preview.widgets_drawn``, made in the worker that signs.

Each PDF gets a fresh QPdfView and QPdfDocument. QPdfView renders pages on its own thread and
keeps a request that reached that thread after the document was closed as "pending" forever,
ignoring later requests for the same page and size; and a page of the old document rendered
late lands in the new one's cache. Reloading one document in one view therefore left a letter
blank, or showing the previous letter, when it replaced one still being rendered."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

FIT_WIDTH = "width"
FIT_PAGE = "page"
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def load_pdf(document: QPdfDocument, data: bytes, parent: QObject | None = None) -> QBuffer:
    """Loads ``data`` into ``document`` from memory; the buffer must live as long as it."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QPushButton(self.tr("◀ Предыдущая"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button = QPushButton(self.tr("Следующая ▶"))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_spin = QSpinBox()
        self.page_spin.setMinimum(1)
        self.page_spin.setMaximum(1)
        self.page_spin.setAccelerated(True)
        self.page_spin.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.pages_label = QLabel()
        self.zoom_combo = QComboBox()
        self.zoom_combo.addItem(self.tr("По ширине"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Страница целиком"), FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom_combo.addItem(f"{round(factor * 100)} %", factor)
        self.zoom_combo.currentIndexChanged.connect(self._zoom_changed)
        self.view, self.document = self._new_view()
        self.area: QAbstractScrollArea = self.view

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(self.tr("Страница")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.pages_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Масштаб")))
        bar.addWidget(self.zoom_combo)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(bar)
        self._layout.addWidget(self.view, 1)
        self._pages_changed()

    def _new_view(self) -> tuple[QPdfView, QPdfDocument]:
        view = QPdfView(self)
        document = QPdfDocument(self)
        view.setDocument(document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setPageSpacing(12)
        view.setStyleSheet("QPdfView { background: #7a7a7a; }")
        view.pageNavigator().currentPageChanged.connect(self._page_changed)
        document.pageCountChanged.connect(self._pages_changed)
        self._apply_zoom(view)
        return view, document

    def _replace_view(self) -> None:
        old, old_document = self.view, self.document
        had_focus = old.hasFocus()
        # Closing waits for a render in flight (QtPdf's lock); a late result goes to the old
        # view, deleted with its render thread. Not a child of the view: a document closed in
        # the view's destructor would signal a half-destroyed view.
        old_document.close()
        self.view, self.document = self._new_view()
        self.area = self.view
        self._layout.replaceWidget(old, self.view)
        old.hide()
        old.deleteLater()
        old_document.deleteLater()  # with its buffer
        self.view.show()
        if had_focus:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- content ---------------------------------------------------------------------------

    def show_pdf(self, data: bytes) -> bool:
        """Shows ``data``; False when QtPdf cannot read it."""
        self.clear()
        self._replace_view()
        load_pdf(self.document, data, self.document)  # the buffer lives as long as it
        self._pages_changed()
        self.go_to(0)
        return self.document.status() == QPdfDocument.Status.Ready

    def clear(self) -> None:
        self.document.close()
        self._pages_changed()

    def page_count(self) -> int:
        return self.document.pageCount()

    # --- navigation and zoom ---------------------------------------------------------------

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        navigator = self.view.pageNavigator()
        if page != navigator.currentPage():
            navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < count)

    def _pages_changed(self) -> None:
        count = self.page_count()
        self.page_spin.setMaximum(max(1, count))
        self.page_spin.setEnabled(count > 1)
        self.pages_label.setText(self.tr("из {count}").format(count=count))
        self.zoom_combo.setEnabled(count > 0)
        self._page_changed(self.current_page() if count else 0)

    def zoom_factor(self) -> float:
        return self.view.zoomFactor()

    def set_zoom(self, value: str | float) -> None:
        index = self.zoom_combo.findData(value)
        if index >= 0:
            self.zoom_combo.setCurrentIndex(index)

    def _zoom_changed(self) -> None:
        self._apply_zoom(self.view)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply_zoom(self, view: QPdfView) -> None:
        """The zoom chosen in the combo box, on ``view``."""
        value = self.zoom_combo.currentData()
        if value == FIT_WIDTH:
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == FIT_PAGE:
            view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif isinstance(value, float):
            view.setZoomMode(QPdfView.ZoomMode.Custom)
            view.setZoomFactor(value)
