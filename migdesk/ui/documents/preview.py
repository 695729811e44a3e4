"""A PDF preview held in memory: QPdfView over a QPdfDocument read from a QBuffer (no
clear PDF is ever written to a temporary file), with page navigation and zoom.

QtPdf does not draw widget annotations (the visible signature stamp): a signed PDF is shown
through ``migdesk.reports.pdf_preview.widgets_drawn``, made in the worker that signs."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
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


def load_pdf(document: QPdfDocument, data: bytes, parent: QWidget | None = None) -> QBuffer:
    """Loads ``data`` into ``document`` from memory; the buffer must live as long as it."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #7a7a7a; }")
        self.area: QAbstractScrollArea = self.view

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
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.document.pageCountChanged.connect(self._pages_changed)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(self.tr("Страница")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.pages_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Масштаб")))
        bar.addWidget(self.zoom_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._pages_changed()

    # --- content ---------------------------------------------------------------------------

    def show_pdf(self, data: bytes) -> bool:
        """Shows ``data``; False when QtPdf cannot read it."""
        self.clear()
        self._buffer = load_pdf(self.document, data, self)
        self._pages_changed()
        self.go_to(0)
        return self.document.status() == QPdfDocument.Status.Ready

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
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
        value = self.zoom_combo.currentData()
        if value == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif isinstance(value, float):
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(value)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
