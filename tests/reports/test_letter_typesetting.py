"""How a letter's heading and a transmittal register sit on the page,
measured on the real PDF (poppler's ``pdftotext -bbox-layout``)."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from html import unescape
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from migdesk.reports.doc_model import Document, Signer, Text
from migdesk.reports.doc_settings import Requisites, settings_for
from migdesk.reports.documents import transmittal
from migdesk.reports.documents.transmittal import BundleLine
from migdesk.reports.gost_layout import render
from tests.reports.doc_world import pdf_text

SETTINGS = settings_for("KZ", None)
LEFT = SETTINGS.left_mm * mm
RIGHT = A4[0] - SETTINGS.right_mm * mm
REQUISITES = Requisites("KZ-MVD", "Министерство внутренних дел Республики Казахстан", SETTINGS)
LABEL_VALUE = (
    "Просим сообщить сведения о регистрации по месту пребывания, статусе проживания "
    "и документах, удостоверяющих личность"
)


def letter(heading: str, *body: Text) -> Document:
    return Document(
        kind="request",
        record="typesetting",
        requisites=REQUISITES,
        day=date(2025, 3, 5),
        number="12-3/45",
        body=body or (Text("Просим сообщить сведения."),),
        heading=heading,
        addressee=("Полиции Республики Армения",),
        signer=Signer("Заместитель министра", "Подписантов Тест Тестович"),
    )


def lines(pdf: bytes, tmp_path: Path) -> list[tuple[str, float, float]]:
    """(text, x of its left edge, x of its right edge) of each line of page 1, top down."""
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = []
    for match in re.finditer(
        r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</line>', out, re.S
    ):
        words = re.findall(r">([^<]*)</word>", match.group(3))
        found.append((unescape(" ".join(words)), float(match.group(1)), float(match.group(2))))
    return found


def heading_lines(found: list[tuple[str, float, float]], first: str, last: str) -> list[float]:
    """Right edges of the heading's lines, from the one starting ``first`` to the one
    ending ``last``."""
    texts = [text for text, _, _ in found]
    start = next(i for i, t in enumerate(texts) if t.startswith(first))
    end = next(i for i in range(start, len(texts)) if texts[i].endswith(last))
    return [right for _, _, right in found[start : end + 1]]


def test_a_heading_of_up_to_150_characters_stays_under_the_requisites(tmp_path: Path) -> None:
    heading = "О невозможности исполнения запроса без нарушения конфиденциальности"
    found = lines(render(letter(heading)).pdf, tmp_path)
    rights = heading_lines(found, "О невозможности", "конфиденциальности")
    assert len(rights) >= 2  # wrapped, not run on to the right margin
    assert max(rights) <= LEFT + 85 * mm + 1


def test_a_heading_over_150_characters_may_run_to_the_right_margin(tmp_path: Path) -> None:
    heading = "О " + " ".join(["порядке исполнения запросов"] * 6)
    assert len(heading) > 150
    found = lines(render(letter(heading)).pdf, tmp_path)
    rights = heading_lines(found, "О порядке", "запросов")
    assert max(rights) > LEFT + 85 * mm + 20


def test_the_transmittal_register_is_signed_once_under_the_list(tmp_path: Path) -> None:
    bundles = [BundleLine("KZ-MVD", "AM-POLICE", n, f"{n:02x}" * 32) for n in range(1, 4)]
    document = transmittal.build(bundles, REQUISITES, date(2025, 3, 5), "Р-7", None)
    path = tmp_path / "register.pdf"
    path.write_bytes(render(document).pdf)
    text = " ".join(pdf_text(path).split())
    assert "(подпись)" not in text  # no signature column per bundle
    assert text.count("Передал") == 1 and text.count("Принял") == 1
    assert "Передал: ____" in text and "Принял: ____" in text


def words(pdf: bytes, tmp_path: Path) -> list[tuple[int, str, float, float]]:
    """(page, word, top, bottom) of every word, in points from the top of its page."""
    path = tmp_path / "register.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    found = []
    for page, chunk in enumerate(out.split("<page ")[1:], 1):
        for match in re.finditer(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
            chunk,
        ):
            found.append(
                (page, unescape(match.group(3)), float(match.group(1)), float(match.group(2)))
            )
    return found


def register_pdf(count: int) -> bytes:
    bundles = [BundleLine("KZ-MVD", "AM-POLICE", n, f"{n:02x}" * 32) for n in range(1, count + 1)]
    signer = Signer("Начальник управления", "Руководителев Борис Олегович")
    document = transmittal.build(bundles, REQUISITES, date(2025, 3, 5), "Р-7", None, signer=signer)
    return render(document).pdf


def test_the_registers_handover_marks_stand_clear_of_the_list_with_captioned_lines(
    tmp_path: Path,
) -> None:
    """A courier signs «Принял» by hand: room above each mark, and a caption under each
    line saying what goes on it (position, signature, name, date)."""
    found = words(register_pdf(3), tmp_path)
    top = {text: y for _, text, y, _ in found if text in ("Всего", "Передал:", "Принял:")}
    total_bottom = next(bottom for _, text, _, bottom in found if text == "Всего")
    assert top["Передал:"] - total_bottom >= 8 * mm
    assert top["Принял:"] - top["Передал:"] >= 15 * mm
    captions = [(text, y) for _, text, y, _ in found if text in ("должность", "подпись", "дата")]
    assert [text for text, _ in captions] == ["должность", "подпись", "дата"] * 2
    for (_, y), mark in zip(captions[::3], ("Передал:", "Принял:"), strict=True):
        assert 0 < y - top[mark] < 10 * mm  # right under its own mark's lines
    assert sum(text == "фамилия" for _, text, _, _ in found) == 2


def test_the_register_is_never_signed_on_a_page_of_its_own(tmp_path: Path) -> None:
    """GOST: the signature travels with text; here the «Принял» mark goes with it."""
    for count in range(3, 10):
        found = words(register_pdf(count), tmp_path)
        signed = next(page for page, text, _, _ in found if text == "Руководителев")
        received = next(page for page, text, _, _ in found if text == "Принял:")
        assert signed == received, count
