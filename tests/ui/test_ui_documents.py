"""Documents window and batch (issue 5, GUI): preview with QtPdf, signing with the test
PKCS#12 (checked by pdfsig), a wrong password, printing to a PDF file (checked with
poppler), save as, a batch with one failure, and cancel."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from migdesk.models import AuditEntry
from migdesk.reports.doc_model import StampBox
from migdesk.reports.documents.choices import request_choices
from migdesk.requests.service import RequestService
from migdesk.signing.produce import DocumentProducer, Produced
from migdesk.ui import tasks
from migdesk.ui.documents.batch_dialog import BatchDialog, BatchOutcome
from migdesk.ui.documents.document_dialog import DocumentDialog
from migdesk.ui.documents.keys import P12Source
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD
from tests.reports.doc_world import P12_PASSWORD, World, build_world, fresh_letters, pdf_text
from tests.requests.request_helpers import draft, incoming

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DPI = 30  # rasterised pages compared at this resolution
needs_certutil = pytest.mark.skipif(shutil.which("certutil") is None, reason="libnss3-tools")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp: Path = tmp_path_factory.mktemp("gui-docs")
    vault = Vault.create(tmp / "docs.vault", ADMIN, PASSWORD, authority="KZ-MVD")
    yield build_world(vault, tmp)
    vault.close()


@pytest.fixture(autouse=True)
def closed_after(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
    tasks.wait_for_all()
    QThreadPool.globalInstance().waitForDone(10_000)
    qapp.processEvents()


def _audit(vault: Vault, action: str) -> list[dict[str, object]]:
    with vault.read_session() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()
        return [json.loads(r.details) for r in rows]


def _dialog(qtbot: QtBot, world: World, request_id: str) -> DocumentDialog:
    view = RequestService(world.vault).get(request_id)
    dialog = DocumentDialog.for_request(world.vault, view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.produced is not None and not dialog.busy, timeout=20_000)
    return dialog


def _dark(image: QImage, step: int = 1) -> int:
    """Dark opaque pixels (sampled every ``step``)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixel(x, y)
            if pixel >> 24 > 128 and (pixel & 0xFF) + (pixel >> 8 & 0xFF) < 250:
                count += 1
    return count


def _ink(dialog: DocumentDialog) -> int:
    """Dark pixels in the preview's viewport (sampled): 0 while pages are not yet painted."""
    return _dark(dialog.preview.area.viewport().grab().toImage(), 3)


def _painted(qtbot: QtBot, dialog: DocumentDialog) -> None:
    """Wait until the pages are painted with text on them."""
    qtbot.waitUntil(lambda: _ink(dialog) > 200, timeout=20_000)


def _grab(dialog: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / name))


def _sign(dialog: DocumentDialog, p12: Path, password: bytes, shot: str | None = None) -> None:
    """Through the key dialog, as a user would."""
    key = dialog.ask_key()
    assert key is not None
    key.chooser.p12_edit.setText(str(p12))
    key.chooser.password_edit.setText(password.decode("utf-8"))
    if shot:
        _grab(key, shot)
    key.ok_button.click()
    assert key.chooser.password_edit.text() == ""  # the secret is not kept in the widget


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _nss(tmp: Path, ca_pem: Path) -> str:
    db = tmp / "nss"
    db.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{db}", "--empty-password"], check=True)
    subprocess.run(
        ["certutil", "-A", "-n", "ca", "-t", "CT,C,C", "-i", str(ca_pem), "-d", f"sql:{db}"],
        check=True,
    )
    return f"sql:{db}"


def _pdfsig(tmp: Path, world: World, path: Path) -> str:
    out = subprocess.run(
        ["pdfsig", "-nssdir", _nss(tmp, world.ca_pem), str(path)], capture_output=True, text=True
    )
    return out.stdout + out.stderr


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def _gray(path: Path, page: int, tmp: Path) -> QImage:
    """Page ``page`` (1-based) as poppler rasterises it, grey."""
    stem = tmp / f"{path.stem}-p{page}"
    pages = ["-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(DPI), *pages, "-png", str(path), str(stem)], check=True
    )
    image = QImage(str(stem) + ".png")
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def _difference(a: QImage, b: QImage, box: StampBox | None = None) -> float:
    """Mean absolute grey difference (0–255), over the page or a box given in PDF points."""
    scale = DPI / 72
    left, top = 0, 0
    right, bottom = min(a.width(), b.width()), min(a.height(), b.height())
    if box is not None:
        page_height = a.height() / scale
        left, right = round(box.x1 * scale), round(box.x2 * scale)
        top, bottom = round((page_height - box.y2) * scale), round((page_height - box.y1) * scale)
    total = count = 0
    for y in range(top, bottom):
        for x in range(left, right):
            total += abs((a.pixel(x, y) & 0xFF) - (b.pixel(x, y) & 0xFF))
            count += 1
    return total / max(1, count)


# --- preview -----------------------------------------------------------------------------------


def test_preview_shows_every_page_number_and_hash(qtbot: QtBot, world: World) -> None:
    dialog = _dialog(qtbot, world, world.long_request)
    produced = dialog.produced
    assert produced is not None and not produced.signed
    assert produced.rendered.pages > 1
    assert dialog.preview.page_count() == produced.rendered.pages
    assert dialog.pages_label.text() == str(produced.rendered.pages)
    assert dialog.sha_label.text() == produced.rendered.content_sha256
    assert (produced.rendered.number or "") in dialog.number_label.text()
    assert dialog.preview.pages_label.text() == f"из {produced.rendered.pages}"
    assert not dialog.preview.previous_button.isEnabled()
    dialog.preview.next_button.click()
    assert dialog.preview.current_page() == 1
    assert dialog.preview.page_spin.value() == 2
    dialog.preview.set_zoom(1.0)
    assert dialog.preview.zoom_factor() == pytest.approx(1.0)
    dialog.preview.set_zoom("width")
    dialog.preview.go_to(0)
    _painted(qtbot, dialog)
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.sign_button.isEnabled()  # boss is a supervisor
    _grab(dialog, "doc_preview.png")


def test_incoming_request_offers_a_letter_per_step(qtbot: QtBot, world: World) -> None:
    dialog = _dialog(qtbot, world, world.incoming)
    kinds = [c.kind for c in dialog.choices]
    # The consent letter on the answer step comes last; it needs its terms typed, so the
    # latest letter that needs nothing is shown first.
    assert kinds == ["obstacle", "postponement", "more-info", "answer", "consent"]
    assert dialog.kind_combo.currentIndex() == 3  # the latest letter
    assert not dialog.terms_button.isVisible()
    assert dialog.produced is not None and dialog.produced.document.kind == "answer"
    dialog.kind_combo.setCurrentIndex(0)
    qtbot.waitUntil(
        lambda: dialog.produced is not None and dialog.produced.document.kind == "obstacle",
        timeout=20_000,
    )


def _choose_consent(qtbot: QtBot, world: World) -> DocumentDialog:
    dialog = _dialog(qtbot, world, world.consent)
    dialog.kind_combo.setCurrentIndex([c.kind for c in dialog.choices].index("consent"))
    assert dialog.produced is None  # nothing is built before the terms are known
    assert dialog.terms_dialog is not None and dialog.terms_dialog.isVisible()
    assert "укажите сведения, получателя и цель" in dialog.status_label.text()
    assert dialog.terms_button.isVisible() and not dialog.sign_button.isEnabled()
    return dialog


def test_consent_letter_without_terms_is_not_built(qtbot: QtBot, world: World) -> None:
    dialog = _choose_consent(qtbot, world)
    terms = dialog.terms_dialog
    assert terms is not None
    terms.accept()  # nothing typed: refused in the dialog, which stays open
    assert terms.isVisible() and "Укажите, какие сведения" in terms.error.text()
    terms.information.setPlainText("сведения о лице, направленные письмом № 7 от 05.03.2025")
    terms.accept()
    assert terms.isVisible() and "Укажите цель" in terms.error.text()
    terms.reject()
    assert dialog.produced is None and dialog.terms_button.isEnabled()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


@needs_certutil
def test_consent_letter_states_the_terms_and_is_signed_with_them(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    dialog = _choose_consent(qtbot, world)
    terms = dialog.terms_dialog
    assert terms is not None
    terms.information.setPlainText("сведения о лице, направленные письмом № 7 от 05.03.2025")
    terms.recipient.setText("Министерство внутренних дел Республики Узбекистан")
    terms.purpose.setText("проверка по делу о незаконной миграции")
    _grab(terms, "doc_consent_terms.png")
    terms.accept()
    qtbot.waitUntil(lambda: dialog.produced is not None and not dialog.busy, timeout=20_000)
    assert dialog.produced is not None and dialog.produced.document.kind == "consent"
    preview = tmp_path / "preview.pdf"
    preview.write_bytes(dialog.produced.pdf)
    text = " ".join(pdf_text(preview).split())
    assert "даём согласие на передачу третьей стороне" in text
    assert "Министерство внутренних дел Республики Узбекистан" in text
    assert "проверка по делу о незаконной миграции" in text
    _painted(qtbot, dialog)
    _grab(dialog, "doc_consent.png")

    _sign(dialog, world.p12, P12_PASSWORD)
    qtbot.waitUntil(
        lambda: dialog.produced is not None and dialog.produced.signed and not dialog.busy,
        timeout=30_000,
    )
    out = tmp_path / "consent-signed.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_to(out)
    assert "Signature is Valid" in _pdfsig(tmp_path, world, out)
    signed_text = " ".join(pdf_text(out).split())  # the same terms as the preview
    assert "Министерство внутренних дел Республики Узбекистан" in signed_text
    assert "проверка по делу о незаконной миграции" in signed_text


def test_request_window_opens_the_document_dialog(qtbot: QtBot, world: World) -> None:
    window = RequestWindow(RequestService(world.vault), world.refused)
    qtbot.addWidget(window)
    window.show()
    assert window.document_button.isEnabled()
    window.document_button.click()
    dialog = window.document_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.produced is not None, timeout=20_000)
    assert dialog.produced is not None and dialog.produced.document.kind == "refusal"


# --- signing -----------------------------------------------------------------------------------


@needs_certutil
def test_sign_with_pkcs12_shows_and_saves_a_signed_pdf(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    before = len(_audit(world.vault, "document.sign"))
    dialog = _dialog(qtbot, world, world.incoming)
    _sign(dialog, world.p12, P12_PASSWORD, "doc_sign_key.png")
    qtbot.waitUntil(
        lambda: dialog.produced is not None and dialog.produced.signed and not dialog.busy,
        timeout=30_000,
    )
    assert len(_audit(world.vault, "document.sign")) == before + 1
    assert "Подписан" in dialog.state_label.text()
    assert not dialog.sign_button.isEnabled()
    # The preview shows the stamp (QtPdf alone does not draw the signature widget).
    assert dialog.produced is not None
    box = dialog.produced.rendered.stamp_box
    assert box is not None
    page = dialog.preview.document.render(box.page, QSize(595, 842))
    stamp = page.copy(round(box.x1), round(842 - box.y2), round(box.x2 - box.x1), 40)
    assert _dark(stamp) > 50
    dialog.preview.set_zoom("page")
    _painted(qtbot, dialog)
    _grab(dialog, "doc_signed.png")

    out = tmp_path / "signed.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_to(out)
    report = _pdfsig(tmp_path, world, out)
    assert "Signature #1" in report, report
    assert "Signature is Valid" in report, report
    assert "О результатах исполнения запроса" in pdf_text(out)
    assert not list(tmp_path.glob("*.tmp*"))  # atomic write leaves nothing behind


def test_wrong_password_is_explained_in_russian_and_nothing_is_signed(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    before = len(_audit(world.vault, "document.sign"))
    dialog = _dialog(qtbot, world, world.refused)
    _sign(dialog, world.p12, b"wrong password")
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)), timeout=20_000)
    box = dialog.findChildren(QMessageBox)[0]
    assert "неверный пароль" in box.text()
    assert dialog.produced is not None and not dialog.produced.signed
    assert dialog.sign_button.isEnabled()
    assert len(_audit(world.vault, "document.sign")) == before
    assert list(tmp_path.iterdir()) == []
    _grab(dialog, "doc_wrong_password.png")


def test_signer_not_on_the_list_is_refused(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    """officer1 is not a signatory and not a supervisor: the button is off, and the domain
    refuses anyway when asked (Art. 9.3)."""
    view = RequestService(world.officer).get(world.refused)
    dialog = DocumentDialog.for_request(world.officer, view)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.produced is not None and not dialog.busy, timeout=20_000)
    assert not dialog.sign_button.isEnabled()
    dialog.sign_with(P12Source(world.p12, P12_PASSWORD))
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)), timeout=20_000)
    assert "п.\u00a03 ст.\u00a09" in dialog.findChildren(QMessageBox)[0].text()
    assert dialog.produced is not None and not dialog.produced.signed


# --- printing ----------------------------------------------------------------------------------


def test_print_to_pdf_gives_the_paper_copy_and_is_recorded(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, world, world.refused)
    produced = dialog.produced
    assert produced is not None
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out)
    printer.setCopyCount(2)
    before = len(_audit(world.vault, "document.print"))
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        dialog.print_to(printer)
    pages = produced.rendered.pages
    assert printed.args == [2 * pages]
    assert _pages(out) == 2 * pages  # a PDF "printer" does not make copies: we paint twice
    # The printed pages are the document's pages (QtPdf rasterises them for the printer, so
    # they are compared as images, read back by poppler): much closer to the document
    # than to another letter with the same requisites.
    original = tmp_path / "original.pdf"
    original.write_bytes(produced.pdf)
    assert "Об отказе в исполнении запроса" in pdf_text(original)
    other = tmp_path / "other.pdf"
    other.write_bytes(dialog.producer.preview(dialog.choices[0]).pdf)  # same letter, as a check
    answer = RequestService(world.vault).get(world.incoming)
    different = tmp_path / "different.pdf"
    different.write_bytes(dialog.producer.preview(request_choices(answer)[-1]).pdf)
    first, second = _gray(out, 1, tmp_path), _gray(out, 2, tmp_path)
    same = _difference(first, _gray(original, 1, tmp_path))
    assert same < 0.5 * _difference(first, _gray(different, 1, tmp_path))
    assert _difference(second, _gray(original, 1, tmp_path)) == pytest.approx(same, abs=0.5)
    assert _difference(first, _gray(other, 1, tmp_path)) == pytest.approx(same, abs=0.5)
    entries = _audit(world.vault, "document.print")
    assert len(entries) == before + 1
    assert entries[-1]["copies"] == 2 and entries[-1]["output"] == "printer"
    assert entries[-1]["sha256"] == produced.rendered.content_sha256


def test_signed_document_prints_with_the_wet_signature_block(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, world, world.consent)
    _sign(dialog, world.p12, P12_PASSWORD)
    qtbot.waitUntil(
        lambda: dialog.produced is not None and dialog.produced.signed and not dialog.busy,
        timeout=30_000,
    )
    signed = dialog.produced
    assert signed is not None
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=30_000):
        dialog.print_to(_pdf_printer(out))
    paper = tmp_path / "paper.pdf"
    paper.write_bytes(DocumentProducer(world.vault).paper(signed).pdf)
    stamped = tmp_path / "stamped.pdf"
    stamped.write_bytes(signed.pdf)
    box = signed.rendered.stamp_box
    assert box is not None
    printed = _gray(out, box.page + 1, tmp_path)
    # Where the signed PDF has its stamp, the paper copy has room for a wet signature.
    wet = _difference(printed, _gray(paper, box.page + 1, tmp_path), box)
    assert wet < 0.5 * _difference(printed, _gray(stamped, box.page + 1, tmp_path), box)
    assert "ДОКУМЕНТ ПОДПИСАН" not in pdf_text(paper)
    entry = _audit(world.vault, "document.print")[-1]
    assert entry["signed"] is True and entry["sha256"] == signed.rendered.content_sha256


# --- batch -------------------------------------------------------------------------------------


def _batch(qtbot: QtBot, world: World, ids: list[str]) -> BatchDialog:
    dialog = BatchDialog(world.vault, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        pass
    return dialog


@pytest.fixture(scope="module")
def no_letter(world: World) -> str:
    """An incoming request with no letter of ours yet."""
    return RequestService(world.officer).receive(incoming(substance="Без ответа (тест).")).id


@needs_certutil
def test_batch_signs_prints_and_saves_and_reports_the_failure(
    qtbot: QtBot, world: World, tmp_path: Path, no_letter: str
) -> None:
    answered, refused = fresh_letters(world)  # each step's letter is signed once
    dialog = _batch(qtbot, world, [answered, no_letter, refused])
    assert dialog.list.count() == 3
    assert "нет документа" in (dialog.list.item(1).text() if dialog.list.item(1) else "")
    folder = tmp_path / "out"
    folder.mkdir()
    out = tmp_path / "batch.pdf"
    signs = len(_audit(world.vault, "document.sign"))
    prints = len(_audit(world.vault, "document.print"))
    with qtbot.waitSignal(dialog.completed, timeout=60_000) as done:
        dialog.start(P12Source(world.p12, P12_PASSWORD), _pdf_printer(out), folder)
    outcome: BatchOutcome = done.args[0]
    assert len(outcome.signed) == 2 and len(outcome.failed) == 1 and not outcome.cancelled
    assert "нет письма нашей Стороны" in dialog.report.toPlainText()
    assert "не выполнено: 1" in dialog.summary.text()
    assert len(_audit(world.vault, "document.sign")) == signs + 2
    assert len(_audit(world.vault, "document.print")) == prints + 2
    saved = sorted(folder.iterdir())
    assert len(saved) == 2 and all(p.name.endswith("-подписан.pdf") for p in saved)
    # Issue 13.20: the name is Russian throughout, not «request-23-подписан.pdf».
    latin = [p.name for p in saved if any("a" <= c.lower() <= "z" for c in p.stem)]
    assert latin == []
    assert "Signature is Valid" in _pdfsig(tmp_path, world, saved[0])
    assert _pages(out) == outcome.printed_pages >= 2
    _grab(dialog, "doc_batch.png")


def test_a_batch_run_twice_does_not_sign_a_letter_a_second_time(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    """A registered letter is signed once: the second run skips it as «уже подписано» (no
    error box, nothing signed, no second signed PDF with the request), a batch opened later
    shows it so; a step's letter (the answer) likewise since it is kept with its step, while
    another request's letter in the same run still signs."""
    fresh = RequestService(world.officer).create_draft(draft()).id  # written by officer1
    answered, _refused = fresh_letters(world)
    dialog = _batch(qtbot, world, [fresh, answered])
    title = f"№ {RequestService(world.vault).get(fresh).number}"
    answer_title = f"№ {RequestService(world.vault).get(answered).number}"
    with qtbot.waitSignal(dialog.completed, timeout=60_000) as done:
        dialog.start(P12Source(world.p12, P12_PASSWORD), None, None)
    first: BatchOutcome = done.args[0]
    assert len(first.signed) == 2 and first.failed == [] and first.already_signed == []
    files = RequestService(world.vault).get(fresh).attachments
    signs = len(_audit(world.vault, "document.sign"))

    answer_files = RequestService(world.vault).get(answered).attachments
    with qtbot.waitSignal(dialog.completed, timeout=60_000) as done:
        dialog.start(P12Source(world.p12, P12_PASSWORD), None, None)
    second: BatchOutcome = done.args[0]
    assert second.already_signed == [title, answer_title] and second.failed == []
    assert second.signed == []
    assert f"{title}: уже подписано" in dialog.report.toPlainText()
    assert f"{answer_title}: уже подписано" in dialog.report.toPlainText()
    assert "уже подписано ранее: 2" in dialog.summary.text()
    assert "не выполнено: 0" in dialog.summary.text()
    assert not dialog.findChildren(QMessageBox)
    assert len(_audit(world.vault, "document.sign")) == signs  # nothing signed again
    assert RequestService(world.vault).get(fresh).attachments == files
    assert RequestService(world.vault).get(answered).attachments == answer_files

    later = _batch(qtbot, world, [fresh])
    item = later.list.item(0)
    assert item is not None and "уже подписано" in item.text()
    with qtbot.waitSignal(later.completed, timeout=60_000) as done:
        later.start(P12Source(world.p12, P12_PASSWORD), None, None)
    assert done.args[0].already_signed == [title] and done.args[0].signed == []
    assert len(_audit(world.vault, "document.sign")) == signs


def test_batch_with_a_wrong_password_does_nothing(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    dialog = _batch(qtbot, world, [world.incoming, world.refused])
    signs = len(_audit(world.vault, "document.sign"))
    dialog.start(P12Source(world.p12, b"wrong"), None, tmp_path)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)), timeout=20_000)
    assert "неверный пароль" in dialog.findChildren(QMessageBox)[0].text()
    assert len(_audit(world.vault, "document.sign")) == signs
    assert list(tmp_path.iterdir()) == []


def test_batch_cancel_stops_after_the_current_document(
    qtbot: QtBot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answered, refused = fresh_letters(world)  # each step's letter is signed once
    dialog = _batch(qtbot, world, [answered, refused, world.consent])
    started, release = threading.Event(), threading.Event()
    real_sign = DocumentProducer.sign

    def slow_sign(self: DocumentProducer, *args: object, **kwargs: object) -> Produced:
        started.set()
        release.wait(20)
        return real_sign(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DocumentProducer, "sign", slow_sign)
    signs = len(_audit(world.vault, "document.sign"))
    dialog.start(P12Source(world.p12, P12_PASSWORD), None, tmp_path)
    qtbot.waitUntil(started.is_set, timeout=20_000)
    dialog.cancel()
    release.set()
    with qtbot.waitSignal(dialog.completed, timeout=30_000) as done:
        pass
    outcome: BatchOutcome = done.args[0]
    assert outcome.cancelled and len(outcome.signed) == 1
    assert dialog.summary.text().startswith("Отменено.")
    assert len(_audit(world.vault, "document.sign")) == signs + 1
    assert len(list(tmp_path.iterdir())) == 1


def test_request_list_offers_the_batch_for_several_requests(
    qtbot: QtBot, world: World, no_letter: str
) -> None:
    from migdesk.ui.requests.request_list import RequestListView

    view = RequestListView(RequestService(world.vault))
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    button: QPushButton = view.batch_button
    assert not button.isEnabled()
    view.table.selectAll()
    assert button.isEnabled()
    button.click()
    dialog = view.batch_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == view.table.rowCount(), timeout=20_000)


def test_a_document_without_a_number_says_so_not_a_dash(qtbot: QtBot, world: World) -> None:
    """A person sheet is dated, not registered: the dialog said «№ — от 07.12.2026»."""
    dialog = DocumentDialog.for_person(world.vault, world.person)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.produced is not None and not dialog.busy, timeout=20_000)
    assert dialog.produced is not None and not dialog.produced.rendered.number
    day = dialog.produced.rendered.day.strftime("%d.%m.%Y")
    assert dialog.number_label.text() == f"{day}, без номера"
