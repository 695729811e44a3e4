"""«Фото и дактилокарта»: photographs (several) and one fingerprint card.

Images are read from the chosen file straight into memory and go into the vault as
base64 in the person JSON; no copy or thumbnail is ever written to disk.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.problem_paths import parse_path
from migdesk.ui.widgets import error_label

MIME_BY_FORMAT = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png"}
PREVIEW = QSize(280, 340)
THUMB = QSize(96, 120)
DATA_ROLE = Qt.ItemDataRole.UserRole


class MediaReadError(ValueError):
    """The file is not a JPEG or PNG image (message in Russian via the tab)."""


def _image(media: dict[str, Any]) -> QImage:
    blob = base64.b64decode(media.get("data_base64") or b"")
    return QImage.fromData(QByteArray(blob))


def _digest(media: dict[str, Any]) -> str:
    known = media.get("sha256")
    if isinstance(known, str):
        return known
    return hashlib.sha256(base64.b64decode(media.get("data_base64") or b"")).hexdigest()


def read_image_file(path: Path) -> dict[str, Any]:
    """A media object for the person JSON from a JPEG/PNG file (format from content)."""
    blob = path.read_bytes()
    buffer = QBuffer()
    buffer.setData(QByteArray(blob))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    kind = bytes(QImageReader(buffer).format().data()).decode("ascii").lower()
    mime = MIME_BY_FORMAT.get(kind)
    if mime is None:
        raise MediaReadError(kind)
    return {"mime": mime, "data_base64": base64.b64encode(blob).decode("ascii")}


class _Preview(QLabel):
    """An image scaled to fit, or a line saying why there is none."""

    def __init__(self, empty_text: str) -> None:
        super().__init__()
        self._empty_text = empty_text
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(PREVIEW)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setWordWrap(True)
        self.show_media(None)

    def show_media(self, media: dict[str, Any] | None, unreadable: str = "") -> None:
        if media is None:
            self.setPixmap(QPixmap())
            self.setText(self._empty_text)
            return
        image = _image(media)
        if image.isNull():
            self.setPixmap(QPixmap())
            self.setText(unreadable.format(mime=media.get("mime", "")))
            return
        scaled = image.scaled(
            PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.setPixmap(QPixmap.fromImage(scaled))


class MediaTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card: dict[str, Any] | None = None
        self._unreadable = self.tr("Предпросмотр недоступен ({mime}).")
        self.photo_error = error_label()
        self.card_error = error_label()

        layout = QHBoxLayout(self)
        layout.addWidget(self._photos_box(), 3)
        layout.addWidget(self._card_box(), 2)

    def _photos_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Фотографии"))
        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_list.setIconSize(THUMB)
        self.photo_list.setMovement(QListWidget.Movement.Static)
        self.photo_list.setFixedHeight(THUMB.height() + 36)
        self.photo_list.setFlow(QListWidget.Flow.LeftToRight)
        self.photo_list.setWrapping(False)
        self.photo_list.currentRowChanged.connect(self._photo_selected)
        self.photo_preview = _Preview(self.tr("Фотографий нет."))
        add = QPushButton(self.tr("Добавить фото…"))
        add.clicked.connect(self._choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Удалить фото"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_photo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.photo_list)
        layout.addWidget(self.photo_preview, 1)
        layout.addWidget(self.photo_error)
        layout.addLayout(buttons)
        return box

    def _card_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Дактилоскопическая карта"))
        self.card_preview = _Preview(self.tr("Дактилокарта не загружена."))
        load = QPushButton(self.tr("Загрузить…"))
        load.clicked.connect(self._choose_card)
        self.remove_card_button = QPushButton(self.tr("Удалить"))
        self.remove_card_button.clicked.connect(self.remove_card)
        buttons = QHBoxLayout()
        buttons.addWidget(load)
        buttons.addWidget(self.remove_card_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.card_preview, 1)
        layout.addWidget(self.card_error)
        layout.addLayout(buttons)
        return box

    # --- photos ----------------------------------------------------------------------------

    def photos(self) -> list[dict[str, Any]]:
        return [self.photo_list.item(i).data(DATA_ROLE) for i in range(self.photo_list.count())]

    def _add_photo_item(self, media: dict[str, Any]) -> None:
        item = QListWidgetItem()
        item.setData(DATA_ROLE, media)
        image = _image(media)
        if not image.isNull():
            item.setIcon(
                QIcon(QPixmap.fromImage(image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio)))
            )
        else:
            item.setText(str(media.get("mime", "")))
        self.photo_list.addItem(item)

    def add_photo_file(self, path: Path) -> bool:
        media = self._read(path, self.photo_error)
        if media is None:
            return False
        self._add_photo_item(media)
        self.photo_list.setCurrentRow(self.photo_list.count() - 1)
        self._update_buttons()
        self.changed.emit()
        return True

    def remove_photo(self) -> None:
        row = self.photo_list.currentRow()
        if row >= 0:
            self.photo_list.takeItem(row)
            self._photo_selected(self.photo_list.currentRow())
            self._update_buttons()
            self.changed.emit()

    def _photo_selected(self, row: int) -> None:
        item = self.photo_list.item(row) if row >= 0 else None
        self.photo_preview.show_media(item.data(DATA_ROLE) if item else None, self._unreadable)

    def _choose_photo(self) -> None:
        path = choose_file(self, self.tr("Фотография"), self.tr("Изображения (*.jpg *.jpeg *.png)"))
        if path is not None:
            self.add_photo_file(path)

    # --- fingerprint card ------------------------------------------------------------------

    def set_card_file(self, path: Path) -> bool:
        media = self._read(path, self.card_error)
        if media is None:
            return False
        self._set_card(media)
        self.changed.emit()
        return True

    def remove_card(self) -> None:
        if self._card is not None:
            self._set_card(None)
            self.changed.emit()

    def _set_card(self, media: dict[str, Any] | None) -> None:
        self._card = media
        self.card_preview.show_media(media, self._unreadable)
        self._update_buttons()

    def _choose_card(self) -> None:
        path = choose_file(
            self, self.tr("Дактилоскопическая карта"), self.tr("Изображения (*.jpg *.jpeg *.png)")
        )
        if path is not None:
            self.set_card_file(path)

    # --- common ----------------------------------------------------------------------------

    def _read(self, path: Path, error: QLabel) -> dict[str, Any] | None:
        error.hide()
        try:
            return read_image_file(path)
        except OSError:
            message = self.tr("Не удалось прочитать файл.")
        except MediaReadError:
            message = self.tr("Поддерживаются изображения JPEG и PNG.")
        error.setText(message)
        error.show()
        return None

    def _update_buttons(self) -> None:
        self.remove_photo_button.setEnabled(self.photo_list.count() > 0)
        self.remove_card_button.setEnabled(self._card is not None)

    def load(self, photos: list[dict[str, Any]], card: dict[str, Any] | None) -> None:
        self.photo_list.clear()
        for media in photos:
            self._add_photo_item(dict(media))
        if photos:
            self.photo_list.setCurrentRow(0)
        else:
            self._photo_selected(-1)
        self._set_card(dict(card) if card else None)
        self.clear_problems()

    def state(self) -> tuple[list[str], str | None]:
        return [_digest(m) for m in self.photos()], _digest(self._card) if self._card else None

    def collect(self) -> dict[str, Any]:
        return {"photos": self.photos(), "fingerprint_card": self._card}

    def clear_problems(self) -> None:
        self.photo_error.hide()
        self.card_error.hide()

    def show_problems(self, problems: dict[str, str]) -> set[str]:
        handled: set[str] = set()
        photo_lines: list[str] = []
        for path, message in problems.items():
            where = parse_path(path)
            if where.name == "photos":
                number = 0 if where.index is None else where.index + 1
                line = self.tr("Фото № {number}: {message}") if number else "{message}"
                photo_lines.append(line.format(number=number, message=message))
                handled.add(path)
            elif where.name == "fingerprint_card":
                self.card_error.setText(message)
                self.card_error.show()
                handled.add(path)
        if photo_lines:
            self.photo_error.setText("\n".join(photo_lines))
            self.photo_error.show()
        return handled
