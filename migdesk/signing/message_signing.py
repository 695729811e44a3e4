"""Signing an outgoing message (issue 13, item 4): one act, the signatory's digital signature
on the rendered message (PKCS#12 file or token). It records the ``sign`` step with the
signatory and keeps the signed PDF with the message; the CLI's ``request step ID sign`` and
the request window's «Подписать…» both come here. Who may sign (Art. 9.3, four eyes) is
checked by ``SigningService`` as for any document."""

from __future__ import annotations

from sqlalchemy import select

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import Request
from migdesk.reports.documents.kinds import MESSAGE_KINDS
from migdesk.reports.documents.service import BuildOptions, DocumentService
from migdesk.reports.documents.sources import SignerChoice
from migdesk.reports.gost_layout import render
from migdesk.requests.access import can_see_request, not_found
from migdesk.requests.records import StepResult
from migdesk.requests.workflow import Action, next_state
from migdesk.signing.credentials import Credentials
from migdesk.signing.service import SigningService
from migdesk.vault import Vault

# The letter a message is signed as, by the message's kind.
LETTER_OF = {message: letter for letter, message in MESSAGE_KINDS.items()}


def sign_message(
    vault: Vault,
    request_id: str,
    credentials: Credentials,
    signatory: int | None = None,
) -> StepResult:
    """Signs the draft ``request_id`` with ``credentials``; ``signatory`` names whom the key
    belongs to (otherwise the signatory holding the certificate or bound to the user)."""
    with vault.read_session() as session:
        request = session.scalar(select(Request).where(Request.id == request_id))
        if request is None or not can_see_request(vault.user, vault.user_role(vault.user), request):
            raise not_found(request_id)
        kind, direction, state = request.kind, request.direction, request.state
    next_state(kind, direction, state, Action.SIGN)  # a draft of ours, or the usual refusal
    letter = LETTER_OF.get(kind)
    if letter is None or direction != "outgoing":
        raise InvalidInput(_("Электронной подписью подписываются только исходящие сообщения."))
    choice = SignerChoice(signatory, credentials.certificate, vault.user)
    document = DocumentService(vault).build(letter, request_id, BuildOptions(signer=choice))
    _pdf, step = SigningService(vault).sign_recorded(
        document, render(document, stamp=True), credentials
    )
    assert step is not None  # a draft: signing it is its sign step
    return step
