"""Documents ask for Russian labels (Article 15): a person sheet built while the services speak
English names the citizenship «Казахстан», where the screens say «Kazakhstan»."""

from __future__ import annotations

from pathlib import Path

from migdesk.atomic import write_atomic
from migdesk.identity.countries import country_name
from migdesk.messages import set_language
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.gost_layout import render
from tests.reports.doc_world import World, pdf_text


def test_a_person_sheet_keeps_russian_labels_in_english(world: World, tmp_path: Path) -> None:
    set_language("en")
    assert country_name("KAZ") == "Kazakhstan"  # what the interface shows
    document = DocumentService(world.vault).build("person-sheet", world.person, BuildOptions())
    path = tmp_path / "sheet.pdf"
    write_atomic(path, render(document).pdf)
    text = " ".join(pdf_text(path).split())
    assert "Казахстан" in text
    assert "Kazakhstan" not in text
