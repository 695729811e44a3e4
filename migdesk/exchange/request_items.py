"""Requests and the letters about them in bundles (Art. 8, 9, 10).

Records::

    {"type": "request", "id": UUID, "kind": "request" | "information" | "confirmation",
     "from": CODE, "to": CODE, "number": …, "date": "YYYY-MM-DD", "substance": …,
     "purpose": …, "justification": …, "other_info": …, "cover_text": …,
     "categories": [CODE…], "related": UUID | null, "persons": [UUID…],
     "signatory": {"name": …, "position": …} | null, "attachments": [ATTACHMENT…]}
    {"type": "request_step", "id": "UUID#SEQ", "request_id": UUID, "request_number": …,
     "seq": N, "action": …, "date": "YYYY-MM-DD", "number": … | null, "text": … | null,
     "details": {…}, "records": [UUID…], "attachments": [ATTACHMENT…]}
    ATTACHMENT = {"file": NAME IN BUNDLE, "name": …, "mime": …, "sha256": …,
                  "signed_letter": true (only the signed PDF of a step's own letter)}

The request keeps its id on both sides, so a later letter finds it; ``request_number`` is
the requester's registration number, which finds a request the other side registered by
hand from paper. A step record is a letter written by the sending side (``LETTERS``); on
import it becomes the matching step on our side (their ``more-info-sent`` is our
``more-info-received``), registered in our incoming journal with their number and date.
Persons the request names, or the answer passes, travel as ``person`` records beside it,
under the request's purpose and with ``request_id`` in their handling limits.

What went out and what came in is kept in ``exchange_items``: ``--all-pending`` sends what
has not gone yet, and a letter that arrives twice changes nothing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.exchange.keys import now_utc
from migdesk.models import ExchangedItem, Request, RequestStep
from migdesk.requests.workflow import LETTERS, Action

REQUEST, STEP = "request", "request_step"
OUT, IN = "out", "in"
REQUEST_KEYS = {
    "type",
    "id",
    "kind",
    "from",
    "to",
    "number",
    "date",
    "substance",
    "purpose",
    "justification",
    "other_info",
    "cover_text",
    "categories",
    "related",
    "persons",
    "signatory",
    "attachments",
}
STEP_KEYS = {
    "type",
    "id",
    "request_id",
    "request_number",
    "seq",
    "action",
    "date",
    "number",
    "text",
    "details",
    "records",
    "attachments",
}
DETAIL_KEYS = {
    "reasons",
    "grounds",
    "answered",
    "not_answered",
    "proceedings",
    "mode",
    "conditions",
    "until",
    "records",
}
# "signed_letter": true marks the signed PDF of the step's own letter (Art. 10), not an
# enclosure; added in 0032, present only when true.
ATTACHMENT_KEYS = {"file", "name", "mime", "sha256", "signed_letter"}
# A letter of the other side on a request becomes this step on ours.
THEIR_LETTER_AS_OURS = {
    "outgoing": {
        a: a
        for a in (
            Action.MORE_INFO,
            Action.OBSTACLE,
            Action.POSTPONE,
            Action.RESUME,
            Action.ANSWER,
            Action.REFUSE,
            Action.PARTIAL_REFUSE,
            Action.CONFIDENTIALITY_IMPOSSIBLE,
        )
    },
    "incoming": {
        Action.MORE_INFO_SENT: Action.MORE_INFO_RECEIVED,
        Action.WITHDRAW: Action.WITHDRAW,
        Action.CONFIDENTIAL_PROCEED: Action.CONFIDENTIAL_PROCEED,
        Action.CONFIDENTIAL_WITHDRAW: Action.CONFIDENTIAL_WITHDRAW,
    },
}
MAX_TEXT = 1_000_000


def partner_of(request: Request) -> str:
    return request.to_code if request.direction == "outgoing" else request.from_code


def requester_number(request: Request) -> str | None:
    """The number the requesting side gave the request: the key both sides know."""
    return request.number if request.direction == "outgoing" else request.their_number


def is_our_letter(request: Request, step: RequestStep) -> bool:
    return LETTERS[request.direction].get(Action(step.action)) == "us"


def step_key(request_id: str, seq: int) -> str:
    return f"{request_id}#{seq}"


def exchanged(session: Session, direction: str, peer: str, item_type: str) -> set[str]:
    stmt = select(ExchangedItem.item_key).where(
        ExchangedItem.direction == direction,
        ExchangedItem.peer == peer,
        ExchangedItem.item_type == item_type,
    )
    return set(session.scalars(stmt))


def mark(session: Session, direction: str, peer: str, kind: str, key: str, bundle: str) -> None:
    session.add(
        ExchangedItem(
            direction=direction,
            peer=peer,
            item_type=kind,
            item_key=key,
            bundle_id=bundle,
            at=now_utc(),
        )
    )
