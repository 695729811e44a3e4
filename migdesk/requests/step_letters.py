"""The signed letters of a request's later steps (Art. 10): the answer (10.3), the request
for more (10.1), the notice of obstacles or delay (10.1), the postponement or conditions
(10.2), the refusal with reasons (10.4), the additional information we send, and the
confidentiality letters (11.1). As the request's own letter (``signed_copy``), each is signed
once by an authorised signatory and its signed PDF is kept with its step, marked
``signed_letter`` so that it is told from the step's enclosures; it travels with the step."""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import Request, RequestAttachment, RequestStep, Signatory
from migdesk.requests.access import check_signer, require_working_role
from migdesk.requests.records import AttachmentInput
from migdesk.requests.service_base import RequestBase
from migdesk.requests.signed_copy import AlreadySigned, is_signed_pdf
from migdesk.requests.workflow import LETTERS, Action
from migdesk.security import audit

# Our letters that Art. 10 says are written (10.1 «запрашивает», 10.2, 10.3, 10.4 «в
# письменной форме»), and the additional information we send back in reply to 10.1.
WRITTEN = frozenset(
    {
        Action.ANSWER,
        Action.MORE_INFO,
        Action.MORE_INFO_SENT,
        Action.OBSTACLE,
        Action.POSTPONE,
        Action.REFUSE,
        Action.PARTIAL_REFUSE,
    }
)


def is_letter_step(request: Request, step: RequestStep) -> bool:
    """A step that is a letter of ours (we write it, the partner receives it)."""
    try:
        action = Action(step.action)
    except ValueError:
        return False
    return LETTERS[request.direction].get(action) == "us"


def signed_letter_of(request: Request, step_id: int) -> RequestAttachment | None:
    """The signed PDF of step ``step_id``'s own letter, kept or received; ``None`` if none."""
    return next((a for a in request.attachments if a.step_id == step_id and a.signed_letter), None)


def unsigned_written(request: Request, seqs: list[int] | None = None) -> list[RequestStep]:
    """Our written letters (``WRITTEN``) of ``request`` without a signed letter kept, among
    the steps ``seqs`` (all when ``None``): what the export warns about."""
    return [
        s
        for s in request.steps
        if (seqs is None or s.seq in seqs)
        and s.action in WRITTEN
        and is_letter_step(request, s)
        and signed_letter_of(request, s.id) is None
    ]


def letter_already_signed(
    session: Session, request: Request, step: RequestStep
) -> AlreadySigned | None:
    """The refusal of a second signature of ``step``'s letter, naming when it was signed and
    where the signed copy is kept; ``None`` while none is kept."""
    kept = signed_letter_of(request, step.id)
    if kept is None:
        return None
    return AlreadySigned(
        _(
            "Письмо шага {seq} по запросу № {number} уже подписано ({when}). Подписанная "
            "копия хранится во вложениях запроса: migdesk-cli request attachment {request} "
            "{attachment} --out ФАЙЛ."
        ).format(
            seq=step.seq,
            number=request.number,
            when=kept.added_at.strftime("%d.%m.%Y") if kept.added_at else "—",
            request=request.id,
            attachment=kept.id,
        ),
        "signature",
    )


class StepLetters(RequestBase):
    def _letter_step(self, request: Request, seq: int) -> RequestStep:
        step = next((s for s in request.steps if s.seq == seq), None)
        if step is None or not is_letter_step(request, step):
            raise InvalidInput(
                _("В запросе № {number} нет письма нашей Стороны на шаге {seq}.").format(
                    number=request.number, seq=seq
                ),
                "step",
            )
        return step

    def check_step_letter(self, request_id: str, seq: int) -> None:
        """Refuses before signing what ``add_step_letter`` would refuse after it."""
        role = self._role()
        require_working_role(role)
        with self.vault.read_session() as session:
            request = self._load(session, request_id, role)
            step = self._letter_step(request, seq)
            if refusal := letter_already_signed(session, request, step):
                raise refusal

    def add_step_letter(
        self, request_id: str, seq: int, item: AttachmentInput, signatory_id: int
    ) -> int:
        """Keeps the signed PDF of step ``seq``'s letter with the step (signed once); the
        signatory is checked again in this write, as for the request's own letter. Returns
        the attachment's id."""
        role = self._role()
        require_working_role(role)
        if not is_signed_pdf(item):
            raise InvalidInput(_("Письмо шага не подписано электронной подписью."), "signature")
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            step = self._letter_step(request, seq)
            if refusal := letter_already_signed(session, request, step):
                raise refusal
            signatory = session.get(Signatory, signatory_id)
            if signatory is None:
                raise InvalidInput(_("Подписант не найден."), "signatory")
            check_signer(session, signatory, self.vault.user, role, author=step.user)
            self._attach(
                session,
                request,
                [AttachmentInput(item.name, item.mime, item.data, signed_letter=True)],
                step.id,
            )
            session.flush()
            kept = signed_letter_of(request, step.id)
            assert kept is not None  # attached just now
            audit.append(
                session,
                self.vault.user,
                "request.step_letter",
                record_kind="request",
                record_id=request.id,
                details={
                    "seq": seq,
                    "attachment": kept.id,
                    "signatory": signatory.id,
                    "sha256": hashlib.sha256(item.data).hexdigest(),
                },
            )
            return kept.id
