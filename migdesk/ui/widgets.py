"""Small widgets used across windows: error and hint lines, a field with its error line, a
field's name that wraps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
HINT_STYLE = "color: #555;"
OK_STYLE = "color: #1b6e20;"
# A read-only line edit is drawn like an editable one (white, framed): it then invites typing
# that goes nowhere. Read-only, it takes the window's background and no frame, as the greyed
# fields beside it; its text can still be selected and copied.
READ_ONLY_LINE_STYLE = "QLineEdit:read-only { background: palette(window); border: none; }"


def error_label(text: str = "") -> QLabel:
    """Red, wrapping, hidden until it has something to say."""
    label = QLabel(text)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(bool(text))
    return label


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Caption(QLabel):
    """A field's name in a form, at least ``chars`` characters wide, wrapping onto more lines
    when longer (Armenian and Kazakh names often are). It holds the height of all its lines:
    once another row's field wraps too (a request's deadline line), Qt's form layout gives a
    wrapped name only its own field's height and cuts its second line off."""

    def __init__(self, text: str, chars: int = 22) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * chars)
        self._hold_lines()

    def setText(self, text: str) -> None:  # a language switch sets the names again
        super().setText(text)
        self._hold_lines()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._hold_lines()

    def _hold_lines(self) -> None:
        # At its narrowest: a wider column only leaves room to spare under the name.
        self.setMinimumHeight(self.heightForWidth(self.minimumWidth()))


class FieldWithError(QWidget):
    """A field with a red message line under it, for the domain's message about that field."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


def header_fit_width(view: QWidget, title: str, chars: int) -> int:
    """Column width: ``chars`` average characters, never narrower than its header title."""
    metrics = view.fontMetrics()
    return max(chars * metrics.averageCharWidth() + 16, metrics.horizontalAdvance(title) + 28)
