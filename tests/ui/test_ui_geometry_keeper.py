"""The window-geometry filter survives PySide6 handing it a wrapper made without __init__."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from migdesk.ui.geometry import _GeometryKeeper


def test_a_keeper_wrapper_made_without_init_leaves_the_window_alone(qtbot: QtBot) -> None:
    # PySide6 makes such a wrapper when the first one was collected while the C++ filter
    # lives on (a batch dialog closing: «'_GeometryKeeper' object has no attribute 'shown'»).
    window = QWidget()
    qtbot.addWidget(window)
    bare = _GeometryKeeper.__new__(_GeometryKeeper)
    for kind in (QEvent.Type.Hide, QEvent.Type.Close):
        assert bare.eventFilter(window, QEvent(kind)) is False
