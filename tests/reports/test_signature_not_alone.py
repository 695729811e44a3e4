"""GOST R 7.0.97: the signature never stands on a page without text. The person data sheet
ends with a short table (photographs, fingerprint card): it used to leave the signature
alone on page 2, for a full record and a sparse one alike."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from migdesk.persons.service import PersonService
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.gost_layout import render
from tests.reports.doc_world import World
from tests.requests.request_helpers import as_user


def _pages(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")


@pytest.mark.parametrize("record", ["full", "sparse"])
def test_the_person_sheet_signature_has_text_on_its_page(
    world: World, tmp_path: Path, record: str
) -> None:
    officer = as_user(world.vault, "officer1")
    person = world.person
    if record == "sparse":
        person = PersonService(officer).add({"surname_ru": "Редкова", "birth_date": "1990"}).id
    document = DocumentService(officer).build("person-sheet", person, BuildOptions())
    pages = _pages(render(document).pdf, tmp_path)
    (signed,) = [page for page in pages if "Руководитель" in page]
    assert "Дактилоскопическая карта" in signed, signed  # the last table went along
    assert sum("Дактилоскопическая карта" in page for page in pages) == 1
