"""Signing a request means one thing (issue 13, item 4): the signatory's PAdES signature on
the rendered request, which records the ``sign`` step and keeps the signed PDF with the
request; four eyes hold for it as for the step (item 5)."""

from __future__ import annotations

import pytest

from migdesk.errors import PermissionDenied
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.sources import SignerChoice
from migdesk.reports.gost_layout import render
from migdesk.requests.service import RequestService
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
    # Signed again (a lost file): the new PDF joins the request, no second step.
    again = _sign(world, world.long_request)
    view = requests.get(world.long_request)
    assert [s.action for s in view.steps].count("sign") == 1
    assert requests.attachment(world.long_request, view.attachments[-1].id) == again


def test_the_author_cannot_sign_their_own_request_with_a_key(world: World) -> None:
    own = RequestService(world.vault).create_draft(draft()).id  # written by boss
    with pytest.raises(PermissionDenied, match="Автор запроса не может его подписать"):
        _sign(world, own)
    assert RequestService(world.vault).get(own).state == "draft"
