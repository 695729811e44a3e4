"""``person add --photo FILE --fingerprint-card FILE``: an officer's photo from a file, with
no base64 to make by hand and no camera metadata kept (Art. 6, 11)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from tests.conftest import Cli, sample_person
from tests.persons.test_media_metadata import SECRETS, phone_jpeg, phone_mpo, phone_png
from tests.vault.vault_files import assert_russian_message


def test_photos_and_a_card_from_files_are_stored_without_metadata(
    cli_vault: Cli, tmp_path: Path
) -> None:
    jpeg, png = tmp_path / "IMG_0001.JPG", tmp_path / "scan.bin"  # format from content
    jpeg.write_bytes(phone_jpeg())
    png.write_bytes(phone_png())
    mpo = tmp_path / "IMG_0002.JPG"  # a phone's multi-picture JPEG
    mpo.write_bytes(phone_mpo())
    text = json.dumps(sample_person(), ensure_ascii=False)
    args = ["--photo", str(jpeg), "--photo", str(png), "--photo", str(mpo)]
    args += ["--fingerprint-card", str(jpeg)]
    added = cli_vault("person", "add", "-", *args, "--json", stdin=text)
    assert added.code == 0, added.stderr
    shown = cli_vault("person", "show", added.json()["id"], "--json").json()
    assert [p["mime"] for p in shown["photos"]] == ["image/jpeg", "image/png", "image/jpeg"]
    assert shown["fingerprint_card"]["mime"] == "image/jpeg"
    for media in [*shown["photos"], shown["fingerprint_card"]]:
        blob = base64.b64decode(media["data_base64"])
        assert not any(secret in blob for secret in SECRETS)


def test_a_file_that_is_not_an_image_is_refused_and_nothing_is_saved(
    cli_vault: Cli, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.jpg"
    notes.write_text("not an image")
    text = json.dumps(sample_person(), ensure_ascii=False)
    refused = cli_vault("person", "add", "-", "--photo", str(notes), stdin=text)
    assert refused.code != 0 and refused.stdout == ""
    assert "поддерживаются изображения JPEG и PNG" in refused.stderr
    assert_russian_message(refused.stderr)
    missing = cli_vault("person", "add", "-", "--photo", str(tmp_path / "no.jpg"), stdin=text)
    assert missing.code != 0 and "Не удалось прочитать файл" in missing.stderr
    assert cli_vault("person", "search", "Тестов", "--json").json() == []


def test_update_adds_photos_and_a_card_from_files_without_metadata(
    cli_vault: Cli, tmp_path: Path
) -> None:
    jpeg, png = tmp_path / "IMG_0001.JPG", tmp_path / "IMG_0002.PNG"
    jpeg.write_bytes(phone_jpeg())
    png.write_bytes(phone_png())
    text = json.dumps(sample_person(), ensure_ascii=False)
    person_id = cli_vault("person", "add", "-", "--photo", str(jpeg), "--json", stdin=text).json()[
        "id"
    ]
    first = cli_vault("person", "show", person_id, "--json").json()["photos"]
    args = ["--photo", str(png), "--fingerprint-card", str(jpeg), "--json"]
    updated = cli_vault("person", "update", person_id, "-", *args, stdin="{}")
    assert updated.code == 0, updated.stderr
    assert updated.json()["revision"] == 2  # answers as ``add`` does
    shown = cli_vault("person", "show", person_id, "--json").json()
    # The stored photo stays, byte for byte; the new one joins it.
    assert shown["photos"][0]["data_base64"] == first[0]["data_base64"]
    assert [p["mime"] for p in shown["photos"]] == ["image/jpeg", "image/png"]
    assert shown["fingerprint_card"]["mime"] == "image/jpeg"
    for media in [*shown["photos"], shown["fingerprint_card"]]:
        blob = base64.b64decode(media["data_base64"])
        assert not any(secret in blob for secret in SECRETS)
    # Photos the JSON names replace the stored ones, and the file joins them.
    replaced = cli_vault(
        "person", "update", person_id, "-", "--photo", str(png), stdin='{"photos": []}'
    )
    assert replaced.code == 0, replaced.stderr
    shown = cli_vault("person", "show", person_id, "--json").json()
    assert [p["mime"] for p in shown["photos"]] == ["image/png"]


def test_update_refuses_a_file_that_is_not_an_image_and_changes_nothing(
    cli_vault: Cli, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.jpg"
    notes.write_text("not an image")
    text = json.dumps(sample_person(), ensure_ascii=False)
    person_id = cli_vault("person", "add", "-", "--json", stdin=text).json()["id"]
    for option in ("--photo", "--fingerprint-card"):
        refused = cli_vault("person", "update", person_id, "-", option, str(notes), stdin="{}")
        assert refused.code != 0 and refused.stdout == ""
        assert "поддерживаются изображения JPEG и PNG" in refused.stderr
        assert_russian_message(refused.stderr)
    shown = cli_vault("person", "show", person_id, "--json").json()
    assert shown["revision"] == 1 and shown["photos"] == []
