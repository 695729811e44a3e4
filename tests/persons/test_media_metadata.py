"""Photos and fingerprint cards entered by an officer are stored without camera metadata
(EXIF GPS position, camera serial, time taken, XMP, comments): Art. 6 and 11."""

from __future__ import annotations

import base64
import hashlib
import io
from typing import Any

from PIL import Image, PngImagePlugin
from sqlalchemy import select

from migdesk.models import Person, PersonMedia
from migdesk.persons.media_metadata import without_metadata
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import sample_person

SECRETS = (b"R5CT12345SERIAL", b"GPSLatitude", b"shot at home", b"Samsung", b"2026:05:05")


def _exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Samsung"
    exif.get_ifd(0x8769)[0xA431] = "R5CT12345SERIAL"  # body serial number
    exif.get_ifd(0x8769)[0x9003] = "2026:05:05 12:00:00"  # time taken
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (43.0, 15.0, 30.0)
    return exif


def _picture() -> Image.Image:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    image.paste((20, 200, 20), (0, 0, 16, 16))  # a green corner shows which way is up
    return image


def phone_jpeg(orientation: int = 1) -> bytes:
    out = io.BytesIO()
    _picture().save(
        out,
        "JPEG",
        quality=90,
        exif=_exif(orientation),
        comment=b"shot at home",
        xmp=b"<x:xmpmeta><GPSLatitude>43,15N</GPSLatitude></x:xmpmeta>",
    )
    return out.getvalue()


def phone_png() -> bytes:
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "shot at home")
    text.add_itxt("XML:com.adobe.xmp", "<GPSLatitude>43,15N</GPSLatitude>")
    out = io.BytesIO()
    _picture().save(out, "PNG", exif=_exif(), pnginfo=text)
    return out.getvalue()


def _media(blob: bytes, mime: str = "image/jpeg") -> dict[str, Any]:
    return {"mime": mime, "data_base64": base64.b64encode(blob).decode("ascii")}


def _stored(service: PersonService, person_id: str) -> list[bytes]:
    record = service.get(person_id)
    media = [*record["photos"], *([record["fingerprint_card"]] * bool(record["fingerprint_card"]))]
    return [base64.b64decode(m["data_base64"]) for m in media]


def _assert_clean(blob: bytes) -> None:
    for secret in SECRETS:
        assert secret not in blob, secret
    with Image.open(io.BytesIO(blob)) as image:
        assert not image.getexif()
        assert "xmp" not in image.info and "comment" not in image.info


def test_added_photo_and_card_are_stored_without_gps_serial_or_time(vault: Vault) -> None:
    service = PersonService(vault)
    jpeg, png = phone_jpeg(), phone_png()
    assert all(secret in jpeg for secret in SECRETS)
    photos = [_media(jpeg), _media(png, "image/png")]
    result = service.add(sample_person(photos=photos, fingerprint_card=_media(jpeg)))
    stored = _stored(service, result.id)
    assert len(stored) == 3
    for blob in stored:
        _assert_clean(blob)
    with Image.open(io.BytesIO(stored[0])) as image:
        assert image.format == "JPEG" and image.size == (64, 48)
    with Image.open(io.BytesIO(stored[1])) as image:  # PNG: lossless, same pixels
        assert image.tobytes() == _picture().tobytes()
    record = service.get(result.id)
    assert record["photos"][0]["sha256"] == hashlib.sha256(stored[0]).hexdigest()


def test_a_sideways_phone_photo_is_stored_upright(vault: Vault) -> None:
    service = PersonService(vault)
    result = service.add(sample_person(photos=[_media(phone_jpeg(orientation=6))]))
    (blob,) = _stored(service, result.id)
    _assert_clean(blob)
    with Image.open(io.BytesIO(blob)) as image:
        # Orientation 6 (turned 90° clockwise to view): the green corner is now top right.
        assert image.size == (48, 64)
        pixel = image.convert("RGB").getpixel((47 - 4, 4))
        assert isinstance(pixel, tuple)
        red, green, _blue = pixel
        assert green > 150 and red < 100


def test_a_photo_added_by_update_is_stripped(vault: Vault) -> None:
    service = PersonService(vault)
    person_id = service.add(sample_person()).id
    service.update(person_id, {"photos": [_media(phone_jpeg())]})
    (blob,) = _stored(service, person_id)
    _assert_clean(blob)


def test_a_photo_without_metadata_is_kept_byte_for_byte(vault: Vault) -> None:
    out = io.BytesIO()
    _picture().save(out, "JPEG", quality=80)
    clean = out.getvalue()
    assert without_metadata(clean) is clean
    service = PersonService(vault)
    result = service.add(sample_person(photos=[_media(clean)]))
    assert _stored(service, result.id) == [clean]


def test_media_already_in_the_vault_are_not_rewritten_by_an_unrelated_edit(vault: Vault) -> None:
    """A record stored before stripping keeps its bytes (no silent new revision of them)."""
    service = PersonService(vault)
    person_id = service.add(sample_person(photos=[_media(phone_jpeg())])).id
    legacy = phone_jpeg()
    with vault.session() as session:  # as an older version stored it
        media = session.scalars(
            select(PersonMedia).join(Person).where(Person.id == person_id)
        ).one()
        media.data, media.size = legacy, len(legacy)
        media.sha256 = hashlib.sha256(legacy).hexdigest()
    record = service.get(person_id)
    record["birth_place"] = "г. Новое"
    for key in ("schema_version", "revision"):
        record.pop(key)
    service.update(person_id, record)
    assert _stored(service, person_id) == [legacy]
    assert service.history(person_id)[-1].changes == {"birth_place": ("г. Образцово", "г. Новое")}


def test_unreadable_bytes_are_left_to_the_codec() -> None:
    junk = bytes(range(256)) * 4
    assert without_metadata(junk) is junk


def phone_mpo() -> bytes:
    """A JPEG with a second picture (Multi-Picture Format), as many phones write them."""
    out = io.BytesIO()
    depth = Image.new("RGB", (32, 24), (9, 9, 9))
    _picture().save(out, "MPO", save_all=True, append_images=[depth], exif=_exif())
    return out.getvalue()


def test_a_multi_picture_phone_jpeg_keeps_only_its_first_picture_without_exif(
    vault: Vault,
) -> None:
    mpo = phone_mpo()
    with Image.open(io.BytesIO(mpo)) as image:
        assert image.format == "MPO" and getattr(image, "n_frames", 1) == 2
    service = PersonService(vault)
    (blob,) = _stored(service, service.add(sample_person(photos=[_media(mpo)])).id)
    _assert_clean(blob)
    with Image.open(io.BytesIO(blob)) as image:
        assert image.format == "JPEG" and image.size == (64, 48)
