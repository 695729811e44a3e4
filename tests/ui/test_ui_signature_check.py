"""Checking the signature of a PDF attached to a request from the request window (issue 5):
a valid signature of an authorised signatory, a tampered copy, an unsigned PDF, and the
stored checks shown again (in the dialog and next to the attachment)."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from migdesk.exchange.keys import import_pkcs12
from migdesk.requests.records import AttachmentInput
from migdesk.requests.service import RequestService
from migdesk.signing.credentials import load_p12
from migdesk.signing.pades import sign_pdf
from migdesk.ui.requests.request_window import RequestWindow
from migdesk.ui.requests.signature_view import SignatureDialog
from migdesk.vault import Vault
from tests.conftest import ADMIN
from tests.reports.doc_world import P12_PASSWORD, World, build_world
from tests.requests.request_helpers import as_user, draft

TEXT = b"Synthetic partner letter"


@pytest.fixture
def world(gui_vault: Vault, tmp_path: Path) -> World:
    built = build_world(gui_vault, tmp_path)
    # The test CA becomes our own CA (a national PKI's, imported with the signing key):
    # the vault then trusts it, as the request window verifies with the vault's trust only.
    import_pkcs12(as_user(gui_vault, ADMIN), built.p12, P12_PASSWORD, "signing")
    return built


def _plain_pdf() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)  # the text stays findable for the tampering
    canvas.drawString(72, 720, TEXT.decode())
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _signed(world: World) -> bytes:
    return sign_pdf(
        _plain_pdf(),
        load_p12(world.p12, P12_PASSWORD),
        signer_name="Сертификатов К. П.",
        signed_at=datetime.now().astimezone(),
        box=None,
        reason="проверка",
    )


def _window(qtbot: QtBot, world: World, files: dict[str, bytes]) -> RequestWindow:
    attachments = [AttachmentInput(name, "application/pdf", data) for name, data in files.items()]
    created = RequestService(world.officer).create_draft(draft(attachments=attachments))
    window = RequestWindow(RequestService(world.officer), created.id)
    qtbot.addWidget(window)
    window.show()
    return window


def _check(qtbot: QtBot, window: RequestWindow, row: int) -> SignatureDialog:
    window.attachments.attachments_list.setCurrentRow(row)
    assert window.attachments.verify_button.isEnabled()
    window.attachments.verify_button.click()
    qtbot.waitUntil(lambda: window.attachments.signature_dialog is not None, timeout=20_000)
    assert window.attachments.signature_dialog is not None
    return window.attachments.signature_dialog


def _statuses(dialog: SignatureDialog) -> list[str]:
    return [label.text() for label in dialog.status_labels]


def _earlier(dialog: SignatureDialog) -> list[list[str]]:
    table = dialog.earlier
    return [
        [item.text() if (item := table.item(r, c)) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_valid_signature_of_an_authorised_signatory(qtbot: QtBot, world: World) -> None:
    window = _window(qtbot, world, {"письмо партнёра.pdf": _signed(world)})
    dialog = _check(qtbot, window, 0)
    assert _statuses(dialog) == ["Подпись действительна"]
    assert "#1b6e20" in dialog.status_labels[0].styleSheet()  # green
    texts = [label.text() for label in dialog.findChildren(type(dialog.status_labels[0]))]
    assert any(t.startswith("Подписант: ") and "KZ-MVD" in t for t in texts)
    serial = format(load_p12(world.p12, P12_PASSWORD).certificate.serial_number, "X")
    assert f"Серийный номер сертификата: {serial}" in texts
    today = datetime.now().astimezone().strftime("%d.%m.%Y")
    assert any(t.startswith(f"Время подписания: {today} ") for t in texts)
    assert dialog.authorised_label.text() == (
        "Уполномочен на дату подписания (п.\u00a03 ст.\u00a09): да — "
        "Первый заместитель министра внутренних дел Сертификатов Ключ Подписович"
    )
    # The check is stored and listed (by whom), and the attachment shows its latest status.
    rows = _earlier(dialog)
    assert len(rows) == 1 and rows[0][1:4] == ["officer1", "действительна", "да"]
    item = window.attachments.attachments_list.item(0)
    assert item is not None and item.text().endswith(f"— подпись: действительна ({today})")
    if os.environ.get("MIGDESK_SCREENSHOTS"):
        dialog.grab().save(str(Path(os.environ["MIGDESK_SCREENSHOTS"]) / "signature_check.png"))

    # Checked again: both checks listed, newest first; a new window shows the status at once.
    dialog.close()
    qtbot.waitUntil(lambda: window.attachments.signature_dialog is None)
    again = _check(qtbot, window, 0)
    assert len(_earlier(again)) == 2
    reopened = RequestWindow(RequestService(world.officer), window.request_id)
    qtbot.addWidget(reopened)
    qtbot.waitUntil(lambda: reopened.attachments.statuses_op is None, timeout=20_000)
    first = reopened.attachments.attachments_list.item(0)
    assert first is not None and "подпись: действительна" in first.text()


def test_tampered_and_unsigned_pdfs(qtbot: QtBot, world: World) -> None:
    signed = _signed(world)
    assert signed.count(TEXT) == 1
    tampered = signed.replace(TEXT, TEXT[:-1] + b"X")  # one byte, inside the signed range
    window = _window(qtbot, world, {"изменённое.pdf": tampered, "без подписи.pdf": _plain_pdf()})

    broken = _check(qtbot, window, 0)
    assert _statuses(broken) == ["Подпись нарушена: документ изменён после подписания"]
    assert "#b00020" in broken.status_labels[0].styleSheet()  # red
    if os.environ.get("MIGDESK_SCREENSHOTS"):
        path = Path(os.environ["MIGDESK_SCREENSHOTS"]) / "signature_check_broken.png"
        broken.grab().save(str(path))
    broken.close()
    qtbot.waitUntil(lambda: window.attachments.signature_dialog is None)

    unsigned = _check(qtbot, window, 1)
    assert _statuses(unsigned) == ["Подписей нет"]
    assert [row[2] for row in _earlier(unsigned)] == ["отсутствует"]
    texts = [window.attachments.attachments_list.item(i).text() for i in range(2)]
    assert "подпись: нарушена" in texts[0] and "подпись: отсутствует" in texts[1]


def test_only_stored_pdfs_can_be_checked(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    photo = AttachmentInput("фото.png", "image/png", b"\x89PNG fake")
    created = RequestService(world.officer).create_draft(draft(attachments=[photo]))
    window = RequestWindow(RequestService(world.officer), created.id)
    qtbot.addWidget(window)
    window.attachments.attachments_list.setCurrentRow(0)
    assert not window.attachments.verify_button.isEnabled()
    assert window.attachments.statuses_op is None  # no PDF: nothing to load
    pending = tmp_path / "ещё не сохранено.pdf"
    pending.write_bytes(_plain_pdf())
    window.attachments.add_attachment(pending)
    window.attachments.attachments_list.setCurrentRow(1)
    assert not window.attachments.verify_button.isEnabled()
    assert window.attachments.verify_selected() is None
