"""A phone photo is read on a worker and enters the card without its camera metadata."""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from migdesk.persons.service import PersonService
from migdesk.ui.media_tab import MediaTab
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.persons.test_media_metadata import SECRETS, phone_jpeg
from tests.support.gui import save_card
from tests.ui.test_ui_person_form import _form


def test_a_phone_photo_is_read_off_the_gui_thread_and_without_its_exif(
    qtbot: QtBot, tmp_path: Path
) -> None:
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(phone_jpeg(orientation=6))
    tab = MediaTab()
    qtbot.addWidget(tab)
    tab.add_photo_file(photo)
    # Returned before the file was read and decoded: the window keeps answering meanwhile,
    # and a second file cannot be started over the first.
    assert tab.photo_list.count() == 0
    assert not tab.add_photo_button.isEnabled()
    qtbot.waitUntil(lambda: tab.photo_list.count() == 1)
    assert tab.add_photo_button.isEnabled()
    (media,) = tab.photos()
    blob = base64.b64decode(media["data_base64"])
    for secret in SECRETS:
        assert secret not in blob
    pixmap = tab.photo_preview.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # shown upright
    with Image.open(io.BytesIO(blob)) as image:
        assert image.size == (48, 64)


def test_the_card_saves_the_photo_as_it_showed_it(
    qtbot: QtBot, gui_vault: Vault, tmp_path: Path
) -> None:
    photo = tmp_path / "IMG_0002.jpg"
    photo.write_bytes(phone_jpeg())
    service = PersonService(gui_vault)
    person_id = service.add(sample_person()).id
    form = _form(qtbot, gui_vault, person_id)
    form.media_tab.add_photo_file(photo)
    qtbot.waitUntil(lambda: form.media_tab.photo_list.count() == 1)
    shown = form.media_tab.photos()[0]["data_base64"]
    assert save_card(qtbot, form) is True
    assert service.get(person_id)["photos"][0]["data_base64"] == shown


def _media(blob: bytes) -> dict[str, str]:
    return {"mime": "image/jpeg", "data_base64": base64.b64encode(blob).decode("ascii")}


def test_a_stored_records_photos_are_decoded_on_a_worker_when_the_card_opens(
    qtbot: QtBot,
) -> None:
    tab = MediaTab()
    qtbot.addWidget(tab)
    photo, card = _media(phone_jpeg()), _media(phone_jpeg(orientation=6))
    tab.load([photo, dict(photo)], card)
    # The card is usable at once; the previews follow (seconds for 20 MB phone photos).
    assert tab.photo_list.count() == 2 and tab.collect()["fingerprint_card"] == card
    assert tab.photo_preview.pixmap().isNull() and tab.photo_list.item(0).icon().isNull()
    qtbot.waitUntil(lambda: not tab.photo_preview.pixmap().isNull())
    assert not tab.photo_list.item(1).icon().isNull()
    card_pixmap = tab.card_preview.pixmap()
    assert card_pixmap.height() > card_pixmap.width()  # upright


def test_previews_of_a_record_loaded_before_do_not_land_on_the_next(qtbot: QtBot) -> None:
    tab = MediaTab()
    qtbot.addWidget(tab)
    tab.load([_media(phone_jpeg())], None)
    first = tab.previewing
    tab.load([_media(b"not an image")], None)
    qtbot.waitUntil(lambda: first is not None and first.finished)
    qtbot.waitUntil(lambda: tab.previewing is not None and tab.previewing.finished)
    assert tab.photo_preview.pixmap().isNull()
    assert tab.photo_preview.text() == "Предпросмотр недоступен (image/jpeg)."
