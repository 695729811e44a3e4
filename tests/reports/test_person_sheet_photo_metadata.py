"""The person data sheet prints the photo without the camera's metadata (Art. 6, 11)."""

from __future__ import annotations

import base64

from migdesk.persons.service import PersonService
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.gost_layout import render
from tests.conftest import sample_person
from tests.persons.test_media_metadata import SECRETS, phone_jpeg
from tests.reports.doc_world import World
from tests.requests.request_helpers import as_user


def test_the_printed_sheet_carries_no_gps_serial_or_time_of_the_photo(world: World) -> None:
    photo = {"mime": "image/jpeg", "data_base64": base64.b64encode(phone_jpeg()).decode()}
    officer = as_user(world.vault, "officer1")
    person = PersonService(officer).add(sample_person(surname_ru="Фотов", photos=[photo])).id
    document = DocumentService(officer).build("person-sheet", person, BuildOptions())
    pdf = render(document).pdf
    assert b"/DCTDecode" in pdf  # the photo is printed
    for secret in SECRETS:
        assert secret not in pdf, secret
