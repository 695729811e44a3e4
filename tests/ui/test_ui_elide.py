"""The shared elide-and-tooltip helper, through both widgets that use it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from migdesk.ui.elided_button import ElidedButton
from migdesk.ui.elided_combo import ElidedCombo

Make = Callable[[QtBot, str, int], ElidedButton | ElidedCombo]

LONG = "Направить запрос о предоставлении сведений в компетентный орган другой Стороны"


def _ask_tooltip(widget: QWidget) -> bool:
    at = QPoint(5, 5)
    QToolTip.hideText()
    handled = QApplication.sendEvent(
        widget, QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at))
    )
    return bool(handled)


def _button(qtbot: QtBot, text: str, width: int) -> ElidedButton:
    button = ElidedButton(text)
    qtbot.addWidget(button)
    button.resize(width, button.sizeHint().height())
    button.show()
    qtbot.waitExposed(button)
    return button


def _combo(qtbot: QtBot, text: str, width: int) -> ElidedCombo:
    combo = ElidedCombo()
    combo.addItem(text)
    qtbot.addWidget(combo)
    combo.resize(width, combo.sizeHint().height())
    combo.show()
    qtbot.waitExposed(combo)
    return combo


@pytest.mark.parametrize("make", [_button, _combo])
def test_a_cut_text_is_elided_and_whole_in_its_tooltip(qtbot: QtBot, make: Make) -> None:
    widget = make(qtbot, LONG, 160)
    assert widget.is_elided()
    assert widget.shown_text().endswith("…") and len(widget.shown_text()) < len(LONG)
    assert _ask_tooltip(widget)
    assert QToolTip.text() == LONG
    QToolTip.hideText()


@pytest.mark.parametrize("make", [_button, _combo])
def test_a_text_that_fits_is_whole_and_gets_no_tooltip(qtbot: QtBot, make: Make) -> None:
    widget = make(qtbot, "Подписать", 400)
    assert not widget.is_elided()
    assert widget.shown_text() == "Подписать"
    _ask_tooltip(widget)
    assert QToolTip.text() == ""


@pytest.mark.parametrize("make", [_button, _combo])
def test_a_widget_that_explains_itself_keeps_its_own_tooltip(qtbot: QtBot, make: Make) -> None:
    widget = make(qtbot, LONG, 160)
    widget.setToolTip("Недоступно: запрос ещё не подписан")
    _ask_tooltip(widget)
    assert QToolTip.text() == "Недоступно: запрос ещё не подписан"
    QToolTip.hideText()
