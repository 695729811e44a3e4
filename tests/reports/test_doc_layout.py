"""Layout rules: long lists flow with page numbers, the QR code carries the content hash,
settings keep GOST limits, printing is audited."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from migdesk.errors import InvalidInput
from migdesk.models import AuditEntry
from migdesk.reports.doc_content import content_sha256, parse_qr_payload
from migdesk.reports.doc_model import Document, Executor, Signer, Text
from migdesk.reports.doc_settings import Requisites, settings_for
from migdesk.reports.documents.common import PersonLine, persons_table
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.gost_layout import render
from tests.reports.doc_world import World, pdf_text


def person_list(count: int, paragraphs: int = 1) -> Document:
    lines = [
        PersonLine(f"Тестов{i} Пробный Образцович", "12.04.1985", "Казахстан", f"паспорт N{i:07d}")
        for i in range(count)
    ]
    body = [Text("Вводный абзац. " * 20) for _ in range(paragraphs)]
    return Document(
        kind="request",
        record="bench",
        requisites=Requisites(
            "KZ-MVD", "Министерство внутренних дел Республики Казахстан", settings_for("KZ", None)
        ),
        day=date(2025, 3, 5),
        number="12-3/45",
        body=(*body, persons_table(lines), Text("Заключительный абзац.")),
        heading="О запросе сведений",
        addressee=("Полиции Республики Армения",),
        signer=Signer("Заместитель министра", "Подписантов Тест Тестович"),
        executor=Executor("Исполнителев И.И.", "+7 7172 00-00-01"),
    )


def test_long_person_list_flows_with_page_numbers(tmp_path: Path) -> None:
    rendered = render(person_list(150))
    path = tmp_path / "long.pdf"
    path.write_bytes(rendered.pdf)
    assert rendered.pages >= 3
    first = pdf_text(path, 1, 1, "-layout")
    assert first.split()[0] == "МИНИСТЕРСТВО"  # no number on page 1
    for page in range(2, rendered.pages + 1):
        text = pdf_text(path, page, page, "-layout")
        assert text.split()[0] == str(page)  # centred at the top from page 2
        if "Тестов" in text:
            assert "Фамилия, имя, отчество" in text  # the header row is repeated
    everything = pdf_text(path)
    assert "Тестов0 " in everything and "Тестов149 " in everything
    last = pdf_text(path, rendered.pages, rendered.pages)
    assert "Т.Т. Подписантов" in last.replace("\xa0", " ") and "Исполнителев" in last


def test_long_text_flows(world: World, tmp_path: Path) -> None:
    document = DocumentService(world.vault).build("request", world.long_request, BuildOptions())
    rendered = render(document)
    path = tmp_path / "text.pdf"
    path.write_bytes(rendered.pdf)
    assert rendered.pages >= 3
    assert "Абзац 24" in pdf_text(path, rendered.pages - 1, rendered.pages)


def test_qr_payload_carries_authority_number_date_and_content_hash() -> None:
    document = person_list(3)
    rendered = render(document)
    data = parse_qr_payload(rendered.qr_payload)
    assert data == {
        "v": 1,
        "a": "KZ-MVD",
        "n": "12-3/45",
        "d": "2025-03-05",
        "h": content_sha256(document.content()),
        "r": "bench",
    }
    # Layout is not content: other margins, same hash; other text, other hash.
    wider = replace(
        document,
        requisites=replace(document.requisites, settings=settings_for("KZ", '{"left_mm": 25}')),
    )
    assert render(wider).content_sha256 == rendered.content_sha256
    changed = replace(document, body=(*document.body, Text("Ещё абзац.")))
    assert content_sha256(changed.content()) != rendered.content_sha256


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")
def test_qr_code_decodes_from_the_printed_page(tmp_path: Path) -> None:
    rendered = render(person_list(3))
    pdf = tmp_path / "qr.pdf"
    pdf.write_bytes(rendered.pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = next(tmp_path.glob("p*.png"))
    out = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout.strip()) == json.loads(rendered.qr_payload)


@pytest.mark.parametrize(
    "override",
    ['{"left_mm": 15}', '{"font_size": 16}', '{"bottom_mm": 10}', '{"colour": "red"}', "[1]"],
)
def test_settings_outside_gost_are_refused(override: str) -> None:
    with pytest.raises(InvalidInput):
        settings_for("KZ", override)


def test_printing_is_audited_without_text(world: World) -> None:
    service = DocumentService(world.vault)
    document = service.build("refusal", world.refused, BuildOptions())
    rendered = render(document)
    service.record(document, rendered, "document.print")
    with world.vault.read_session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "document.print")
        ).all()[-1]
    details = json.loads(entry.details)
    assert details["sha256"] == rendered.content_sha256 and details["kind"] == "refusal"
    assert "Исполнение противоречит" not in entry.details


def test_copy_number_only_under_a_restriction_mark() -> None:
    """«Экз. №» is printed beside «Для служебного пользования», never on an open document
    (one rule, LayoutSettings.marked_copy, for letters, the data sheet, acts and registers)."""
    from migdesk.reports.doc_settings import LayoutSettings

    assert LayoutSettings().marked_copy == 1
    assert LayoutSettings(copy_number=3).marked_copy == 3
    assert LayoutSettings(restriction=None, copy_number=3).marked_copy is None
