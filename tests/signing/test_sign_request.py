"""Signing a request means one thing (issue 13, item 4): the signatory's PAdES signature on
the rendered request, which records the ``sign`` step and keeps the signed PDF with the
request; four eyes hold for it as for the step (item 5)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from migdesk.errors import PermissionDenied
from migdesk.models import AuditEntry
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.sources import SignerChoice
from migdesk.reports.gost_layout import render
from migdesk.requests.service import RequestService
from migdesk.requests.signed_copy import AlreadySigned
from migdesk.signing.credentials import load_p12
from migdesk.signing.service import SigningService
from tests.reports.doc_world import P12_PASSWORD, World
from tests.requests.request_helpers import draft


def _sign(world: World, request_id: str) -> bytes:
    credentials = load_p12(world.p12, P12_PASSWORD)
    document = DocumentService(world.vault).build(
        "request",
        request_id,
        BuildOptions(signer=SignerChoice(certificate=credentials.certificate)),
    )
    return SigningService(world.vault).sign(document, render(document, stamp=True), credentials)


def test_signing_the_pdf_is_the_sign_step_and_keeps_the_signed_file(world: World) -> None:
    requests = RequestService(world.vault)
    assert requests.get(world.long_request).state == "draft"  # written by officer1
    pdf = _sign(world, world.long_request)
    view = requests.get(world.long_request)
    assert view.state == "signed" and view.signatory and "Сертификатов" in view.signatory
    step = view.steps[-1]
    assert step.action == "sign" and step.user == "boss"
    files = [a for a in view.attachments if a.step == step.seq]
    assert len(files) == 1 and files[0].mime == "application/pdf"
    assert files[0].name.startswith("Запрос № ") and files[0].name.endswith(", подписан.pdf")
    assert requests.attachment(world.long_request, files[0].id) == pdf
    # Signed again: refused (a registered letter has one original), nothing stored or
    # audited, and the message says when, by whom and where the signed copy is.
    before = _audited_signatures(world)
    with pytest.raises(AlreadySigned) as refused:
        _sign(world, world.long_request)
    text = str(refused.value)
    assert f"Письмо № {view.number} уже подписано {step.on:%d.%m.%Y}" in text
    assert "(К.П. Сертификатов)" in text
    assert f"migdesk-cli request attachment {world.long_request} {files[0].id} --out" in text
    assert "«Сохранить копию…»" in text
    again = requests.get(world.long_request)
    assert [s.action for s in again.steps].count("sign") == 1
    assert [a.id for a in again.attachments] == [a.id for a in view.attachments]
    assert _audited_signatures(world) == before


def _audited_signatures(world: World) -> int:
    with world.vault.read_session() as session:
        query = select(func.count()).where(AuditEntry.action == "document.sign")
        return int(session.scalar(query) or 0)


def test_another_kind_of_letter_for_a_signed_request_still_signs(world: World) -> None:
    """The request itself is signed (its PDF kept); our confidentiality decision on it is a
    letter of its own, with its own number, and signs."""
    credentials = load_p12(world.p12, P12_PASSWORD)
    service = SigningService(world.vault)
    assert service.signed_before("request", world.withdrawn) is not None
    assert service.signed_before("confidentiality-decision", world.withdrawn) is None
    document = DocumentService(world.vault).build(
        "confidentiality-decision",
        world.withdrawn,
        BuildOptions(signer=SignerChoice(certificate=credentials.certificate)),
    )
    before = _audited_signatures(world)
    pdf = service.sign(document, render(document, stamp=True), credentials)
    assert pdf.startswith(b"%PDF") and b"/ByteRange" in pdf
    assert _audited_signatures(world) == before + 1


def test_the_author_cannot_sign_their_own_request_with_a_key(world: World) -> None:
    own = RequestService(world.vault).create_draft(draft()).id  # written by boss
    with pytest.raises(PermissionDenied, match="Автор запроса не может его подписать"):
        _sign(world, own)
    assert RequestService(world.vault).get(own).state == "draft"
