"""The application icon (package data in migdesk/resources/icons), for every window."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from migdesk.resources import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(resource("icons", f"migdesk-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon
