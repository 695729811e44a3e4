"""«Фото и дактилокарта»: photographs (several) and one fingerprint card.

Images are read from the chosen file straight into memory and go into the vault as
base64 in the person JSON; no copy or thumbnail is ever written to disk. A phone photo of
20 MB takes seconds to read, strip of its camera metadata and decode, so that runs on a
worker; images are decoded at the size shown (``QImageReader.setScaledSize``), once.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from functools import partial
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

from migdesk.persons.media_metadata import without_metadata
from migdesk.ui.file_dialogs import choose_file
from migdesk.ui.problem_paths import parse_path
from migdesk.ui.tasks import BackgroundOp, TaskContext
from migdesk.ui.widgets import error_label

MIME_BY_FORMAT = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png"}
PREVIEW = QSize(280, 340)
THUMB = QSize(96, 120)
DATA_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_ROLE = Qt.ItemDataRole.UserRole + 1  # the preview QImage, decoded once


class MediaReadError(ValueError):
    """The file is not a JPEG or PNG image (message in Russian via the tab)."""


def _scaled_image(blob: bytes, box: QSize) -> QImage:
    """The image decoded at most ``box`` in size: a JPEG decodes at 1/2…1/8 scale, far
    faster than whole and then scaled. Usable off the GUI thread (QImage, not QPixmap)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(blob))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        size.scale(box, Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(size)
    image = reader.read()
    if image.isNull() or (image.width() <= box.width() and image.height() <= box.height()):
        return image
    # Turned by its orientation after the scaled read: fit it again.
    return image.scaled(
        box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _image(media: dict[str, Any], box: QSize = PREVIEW) -> QImage:
    return _scaled_image(base64.b64decode(media.get("data_base64") or b""), box)


def _digest(media: dict[str, Any]) -> str:
    known = media.get("sha256")
    if isinstance(known, str):
        return known
    return hashlib.sha256(base64.b64decode(media.get("data_base64") or b"")).hexdigest()


# Base64 of a 20 MB photo in one call holds the GIL for a quarter second: in slices, so
# the GUI thread gets its turn between them (384 KiB: a multiple of 3, so slices join).
_B64_SLICE = 3 * 128 * 1024


def _b64decode(encoded: str) -> bytes:
    view = memoryview(encoded.encode("ascii"))
    step = _B64_SLICE // 3 * 4  # whole base64 quanta
    return b"".join(base64.b64decode(view[i : i + step]) for i in range(0, len(view), step))


def _previews(media_list: list[dict[str, Any]], _ctx: TaskContext) -> list[QImage]:
    """On a worker: each stored image decoded at preview size (null when unreadable)."""
    return [_scaled_image(_b64decode(m.get("data_base64") or ""), PREVIEW) for m in media_list]


def _b64encode(blob: bytes) -> str:
    view = memoryview(blob)
    return "".join(
        base64.b64encode(view[i : i + _B64_SLICE]).decode("ascii")
        for i in range(0, len(blob), _B64_SLICE)
    )


def _image_format(blob: bytes) -> str:
    buffer = QBuffer()
    buffer.setData(QByteArray(blob))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    kind = bytes(QImageReader(buffer).format().data()).decode("ascii").lower()
    mime = MIME_BY_FORMAT.get(kind)
    if mime is None:
        raise MediaReadError(kind)
    return mime


def _read_for_card(path: Path, _ctx: TaskContext) -> tuple[dict[str, Any], QImage]:
    """On a worker: the media object for the person JSON from a JPEG/PNG file (format from
    content), without camera metadata as the vault will store it
    (``persons.media_metadata``), and its preview."""
    blob = path.read_bytes()
    mime = _image_format(blob)
    blob = without_metadata(blob)
    # The digest now, not on the GUI thread each time the card checks for changes.
    media = {
        "mime": mime,
        "data_base64": _b64encode(blob),
        "sha256": hashlib.sha256(blob).hexdigest(),
    }
    return media, _scaled_image(blob, PREVIEW)


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

    def show_pending(self) -> None:
        self.setPixmap(QPixmap())
        self.setText("")

    def show_media(
        self, media: dict[str, Any] | None, unreadable: str = "", image: QImage | None = None
    ) -> None:
        if media is None:
            self.setPixmap(QPixmap())
            self.setText(self._empty_text)
            return
        if image is None:
            image = _image(media)
        if image.isNull():
            self.setPixmap(QPixmap())
            self.setText(unreadable.format(mime=media.get("mime", "")))
            return
        self.setPixmap(QPixmap.fromImage(image))


class MediaTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card: dict[str, Any] | None = None
        self.reading: BackgroundOp[tuple[dict[str, Any], QImage]] | None = None
        self.previewing: BackgroundOp[list[QImage]] | None = None
        self._loaded = 0  # which ``load`` the previews being decoded belong to
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
        add = self.add_photo_button = QPushButton(self.tr("Добавить фото…"))
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
        load = self.load_card_button = QPushButton(self.tr("Загрузить…"))
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

    def _add_photo_item(self, media: dict[str, Any], preview: QImage | None) -> None:
        """``preview`` None: still being decoded (``load``), shown blank until then."""
        item = QListWidgetItem()
        item.setData(DATA_ROLE, media)
        self.photo_list.addItem(item)
        if preview is not None:
            self._set_item_preview(item, preview)

    def _set_item_preview(self, item: QListWidgetItem, image: QImage) -> None:
        item.setData(PREVIEW_ROLE, image)
        if image.isNull():
            item.setText(str(item.data(DATA_ROLE).get("mime", "")))
            return
        thumb = image.scaled(
            THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        item.setIcon(QIcon(QPixmap.fromImage(thumb)))

    def add_photo_file(self, path: Path) -> None:
        """Read on a worker; the photo joins the list (or the error shows) when read."""
        self._read_file(path, self.photo_error, self._photo_read)

    def _photo_read(self, result: tuple[dict[str, Any], QImage]) -> None:
        media, preview = result
        self._add_photo_item(media, preview)
        self.photo_list.setCurrentRow(self.photo_list.count() - 1)
        self._update_buttons()
        self.changed.emit()

    def remove_photo(self) -> None:
        row = self.photo_list.currentRow()
        if row >= 0:
            self.photo_list.takeItem(row)
            self._photo_selected(self.photo_list.currentRow())
            self._update_buttons()
            self.changed.emit()

    def _photo_selected(self, row: int) -> None:
        item = self.photo_list.item(row) if row >= 0 else None
        if item is None:
            self.photo_preview.show_media(None)
            return
        media, image = item.data(DATA_ROLE), item.data(PREVIEW_ROLE)
        if image is None:  # still being decoded
            self.photo_preview.show_pending()
            return
        self.photo_preview.show_media(media, self._unreadable, image)

    def _choose_photo(self) -> None:
        path = choose_file(self, self.tr("Фотография"), self.tr("Изображения (*.jpg *.jpeg *.png)"))
        if path is not None:
            self.add_photo_file(path)

    # --- fingerprint card ------------------------------------------------------------------

    def set_card_file(self, path: Path) -> None:
        """Read on a worker; the card shows (or the error does) when read."""
        self._read_file(path, self.card_error, self._card_read)

    def _card_read(self, result: tuple[dict[str, Any], QImage]) -> None:
        media, preview = result
        self._set_card(media, preview)
        self.changed.emit()

    def remove_card(self) -> None:
        if self._card is not None:
            self._set_card(None, None)
            self.changed.emit()

    def _set_card(self, media: dict[str, Any] | None, preview: QImage | None) -> None:
        """``preview`` None with a card: still being decoded (``load``), blank until then."""
        self._card = media
        if media is not None and preview is None:
            self.card_preview.show_pending()
        else:
            self.card_preview.show_media(media, self._unreadable, preview)
        self._update_buttons()

    def _choose_card(self) -> None:
        path = choose_file(
            self, self.tr("Дактилоскопическая карта"), self.tr("Изображения (*.jpg *.jpeg *.png)")
        )
        if path is not None:
            self.set_card_file(path)

    # --- common ----------------------------------------------------------------------------

    def _read_file(
        self, path: Path, error: QLabel, done: Callable[[tuple[dict[str, Any], QImage]], None]
    ) -> None:
        error.hide()
        self.reading = (
            BackgroundOp(self, partial(_read_for_card, path))
            .disabling(self.add_photo_button, self.load_card_button)  # one file at a time
            .on_success(done)
            .on_failure(partial(self._read_failed, error))
            .run()
        )

    def _read_failed(self, error: QLabel, exc: BaseException) -> None:
        if isinstance(exc, MediaReadError):
            message = self.tr("Поддерживаются изображения JPEG и PNG.")
        else:  # OSError mostly; whatever it was, the file did not become a photo
            message = self.tr("Не удалось прочитать файл.")
        error.setText(message)
        error.show()

    def _update_buttons(self) -> None:
        self.remove_photo_button.setEnabled(self.photo_list.count() > 0)
        self.remove_card_button.setEnabled(self._card is not None)

    def load(self, photos: list[dict[str, Any]], card: dict[str, Any] | None) -> None:
        """Show a stored record's media; their previews are decoded on a worker (three 20 MB
        photos held the window for seconds when a card opened)."""
        self._loaded += 1
        self.photo_list.clear()
        for media in photos:
            self._add_photo_item(dict(media), None)
        if photos:
            self.photo_list.setCurrentRow(0)
        else:
            self._photo_selected(-1)
        self._set_card(dict(card) if card else None, None)
        self.clear_problems()
        media_list = [*photos, *([card] if card else [])]
        if media_list:
            self.previewing = (
                BackgroundOp(self, partial(_previews, media_list))
                .on_success(partial(self._show_previews, self._loaded))
                .run()
            )

    def _show_previews(self, loaded: int, previews: list[QImage]) -> None:
        if loaded != self._loaded:
            return  # another record was loaded meanwhile
        for row in range(self.photo_list.count()):
            self._set_item_preview(self.photo_list.item(row), previews[row])
        self._photo_selected(self.photo_list.currentRow())
        if self._card is not None:
            self.card_preview.show_media(self._card, self._unreadable, previews[-1])

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
