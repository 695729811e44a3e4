"""The signed step letters in the windows (Art. 10): the request's history says which step
came with its signed letter and opens its signature on a double click; the export list warns
of a written letter that would go without one. Two real vaults (KZ-MVD, AM-MIGRATION)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from migdesk.requests.workflow import StepInput
from migdesk.ui.requests.request_window import RequestWindow
from tests.conftest import sample_person
from tests.exchange.conftest import am, kz, world  # noqa: F401 — fixtures
from tests.exchange.exchange_world import AM, KZ, Station
from tests.exchange.test_request_exchange import _signatory
from tests.exchange.test_signed_step_letters import _sign_letter
from tests.ui.test_ui_exchange_requests import _dialog, _request, drive  # noqa: F401


def _carry(sender: Station, to: str, receiver: Station, out: Path) -> None:
    out.mkdir()
    with sender.open() as vault:
        sent = export_bundle(vault, to, out, all_pending=True)
    assert sent.ok and sent.path is not None
    with receiver.open() as vault:
        assert import_bundle(vault, sent.path).status == "imported"


def test_history_shows_the_signed_letter_and_opens_it(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am: Station,  # noqa: F811
    tmp_path: Path,
) -> None:
    with kz.open() as vault:
        request_id, _number = _request(vault, PersonService(vault).add(sample_person()).id)
    _carry(kz, AM, am, tmp_path / "1")
    with am.open() as vault:
        service = RequestService(vault)
        service.step(request_id, StepInput(action="start"))
        asked = service.step(request_id, StepInput(action="more-info", text="Уточните дату."))
        _sign_letter(vault, "more-info", request_id, asked.seq, _signatory(vault, AM))
    _carry(am, KZ, kz, tmp_path / "2")
    with kz.open() as vault:
        view = RequestService(vault).get(request_id)
        letter = next(a for a in view.attachments if a.signed_letter)
        window = RequestWindow(RequestService(vault), request_id)
        qtbot.addWidget(window)
        history = window.progress.history
        texts = [item.text() for r in range(history.rowCount()) if (item := history.item(r, 4))]
        assert "Письмо: подписано, сохранено" in texts[0]  # newest first: the more-info step
        assert all("Письмо:" not in text for text in texts[1:])
        with qtbot.waitSignal(window.progress.letter_chosen) as chosen:
            history.cellDoubleClicked.emit(0, 4)
        assert chosen.args == [letter.id]
        assert window.attachments.selected_stored() == letter
        op = window.attachments.signature_op
        assert op is not None  # its signature is being shown
        qtbot.waitUntil(lambda: op.finished, timeout=20_000)


def test_export_list_warns_of_a_written_letter_without_its_signed_letter(
    qtbot: QtBot,
    kz: Station,  # noqa: F811
    am: Station,  # noqa: F811
    tmp_path: Path,
    drive: Path,  # noqa: F811
) -> None:
    with kz.open() as vault:
        request_id, _number = _request(vault, PersonService(vault).add(sample_person()).id)
    _carry(kz, AM, am, tmp_path / "1")
    with am.open() as vault:
        service = RequestService(vault)
        service.step(request_id, StepInput(action="start"))
        service.step(
            request_id,
            StepInput(action="refuse", reasons="Тайна следствия.", grounds=["national_law"]),
        )
        dialog = _dialog(qtbot, vault)
        rows = [dialog.requests.item(r).text() for r in range(dialog.requests.count())]
    assert len(rows) == 1 and "без подписанного письма: уведомление об отказе" in rows[0]
