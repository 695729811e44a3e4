"""Art. 11.1, second paragraph, between two real vaults: AM (requested) cannot execute KZ's
request without breaking its confidentiality and says so in a letter; KZ's request waits
for KZ's decision; KZ agrees (AM's request goes back to work) or withdraws (AM's request
ends withdrawn). Each letter renders in Russian."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from migdesk.errors import InvalidInput, ValidationFailed
from migdesk.persons.service import PersonService
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.gost_layout import render
from migdesk.requests.service import RequestService
from migdesk.requests.workflow import StepInput
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, Station
from tests.exchange.test_request_exchange import _folder, _import, _send, _signed_request
from tests.reports.doc_world import pdf_text

pytestmark = pytest.mark.slow  # CLI subprocesses and bundles between two vaults

NOTICE = "Сведения можно получить только запросом в банк, который уведомит лицо."


def _notified(kz: Station, am: Station, tmp_path: Path) -> str:
    """KZ's request is at AM, AM has notified that confidentiality cannot be kept."""
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, _number = _signed_request(vault, person_id)
    _import(am, _send(kz, AM, _folder(tmp_path, "1"), all_pending=True))
    step = am.cli()(
        "request",
        "step",
        request_id,
        "confidentiality-impossible",
        "-",
        "--json",
        stdin=json.dumps({"text": NOTICE}),
    )
    assert step.code == 0, step.stderr
    with am.open() as vault:
        view = RequestService(vault).get(request_id)
        assert view.state == "confidentiality_pending"
        assert view.steps[-1].number is not None  # our letter: an outgoing number
    result = _import(kz, _send(am, KZ, _folder(tmp_path, "2"), all_pending=True))
    assert [r["action"] for r in result["requests"]] == ["confidentiality-impossible"]
    with kz.open() as vault:
        view = RequestService(vault).get(request_id)
        assert view.state == "confidentiality_pending"
        assert view.steps[-1].text == NOTICE
        assert "confidential-proceed" in view.allowed_actions
        assert "confidential-withdraw" in view.allowed_actions
    return request_id


def _letter(station: Station, kind: str, request_id: str, tmp_path: Path) -> str:
    with station.open() as vault:
        document = DocumentService(vault).build(kind, request_id, BuildOptions())
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(render(document).pdf)
    return " ".join(pdf_text(path).split())


def test_requester_agrees_and_the_request_goes_back_to_work(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    request_id = _notified(kz, am, tmp_path)
    text = _letter(am, "confidentiality", request_id, tmp_path)
    assert "О невозможности исполнения запроса без нарушения конфиденциальности" in text
    assert "запросом в банк" in text
    with kz.open() as vault:
        RequestService(vault).step(request_id, StepInput("confidential-proceed"))
        assert RequestService(vault).get(request_id).state == "sent"
    decision = _letter(kz, "confidentiality-decision", request_id, tmp_path)
    assert "Об исполнении запроса без соблюдения конфиденциальности" in decision
    assert "о согласии на исполнение запроса" in decision
    result = _import(am, _send(kz, AM, _folder(tmp_path, "3"), all_pending=True))
    assert [r["action"] for r in result["requests"]] == ["confidential-proceed"]
    with am.open() as vault:
        view = RequestService(vault).get(request_id)
        assert view.state == "in_work"
        assert view.steps[-1].number is not None  # their letter: our incoming number


def test_requester_withdraws(kz: Station, am: Station, tmp_path: Path) -> None:
    request_id = _notified(kz, am, tmp_path)
    cli = kz.cli()
    step = cli("request", "step", request_id, "confidential-withdraw", "--json")
    assert step.code == 0, step.stderr
    assert cli("request", "show", request_id, "--json").json()["state"] == "withdrawn"
    decision = _letter(kz, "confidentiality-decision", request_id, tmp_path)
    assert "Об отзыве запроса" in decision and "запрос отзываем" in decision
    _import(am, _send(kz, AM, _folder(tmp_path, "3"), all_pending=True))
    with am.open() as vault:
        assert RequestService(vault).get(request_id).state == "withdrawn"
        # The notice letter is ours; the decision letter is theirs (no document of ours).
        with pytest.raises(InvalidInput):
            DocumentService(vault).build("confidentiality-decision", request_id, BuildOptions())


def test_notice_needs_its_reasons_and_the_decision_waits_for_a_notice(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, _number = _signed_request(vault, person_id)
    _import(am, _send(kz, AM, _folder(tmp_path, "1"), all_pending=True))
    with am.open() as vault:
        service = RequestService(vault)
        with pytest.raises(ValidationFailed) as caught:
            service.step(request_id, StepInput("confidentiality-impossible"))
        assert "text" in caught.value.problems
        with pytest.raises(InvalidInput, match="невозможен"):
            service.step(request_id, StepInput("confidential-proceed"))
    with kz.open() as vault, pytest.raises(InvalidInput, match="невозможен"):
        RequestService(vault).step(request_id, StepInput("confidential-withdraw"))
