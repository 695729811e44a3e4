"""What every part of the request service shares: the vault and its user, loading a
request the user may see (Art. 11.1), attaching files, recording a step, and the Art. 11.2
check on received persons named in our messages.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.models import (
    Request,
    RequestAttachment,
    RequestStep,
)
from migdesk.requests.access import (
    can_see_request,
    not_found,
)
from migdesk.requests.records import (
    AttachmentInput,
)
from migdesk.requests.views import visible_requests
from migdesk.requests.workflow import (
    Action,
)
from migdesk.security.handling import check_use_in_request, request_use_purpose
from migdesk.vault import Vault, blobs

# The blobs this service stores belong to the attachments table (models/blobs.py).
ATTACHMENT_OWNER = RequestAttachment.__tablename__


def utc_now() -> datetime:
    """Naive UTC, as the request tables store their times."""
    return datetime.now(UTC).replace(tzinfo=None)


class RequestBase:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- helpers ---------------------------------------------------------------------------

    def _role(self) -> str | None:
        return self.vault.user_role(self.vault.user)

    def _load(self, session: Session, request_id: str, role: str | None) -> Request:
        request = session.scalar(select(Request).where(Request.id == request_id))
        if request is None or not can_see_request(self.vault.user, role, request):
            raise not_found(request_id)
        return request

    def _visible(self, session: Session, role: str | None) -> list[Request]:
        return visible_requests(session, self.vault.user, role)

    def _attach(
        self,
        session: Session,
        request: Request,
        items: Iterable[AttachmentInput],
        step_id: int | None = None,
    ) -> None:
        # Stored now: a file received in a bundle takes our receipt time, not the sender's
        # (their clock is not ours to vouch for; their letter's date travels in the message).
        added_at = utc_now()
        for item in items:
            if item.received is not None:  # stored in pieces while the bundle was read
                blob_id = blobs.adopt(session, item.received.id, ATTACHMENT_OWNER)
            else:
                blob_id = blobs.store_bytes(session, item.data, ATTACHMENT_OWNER).id
            request.attachments.append(
                RequestAttachment(
                    step_id=step_id,
                    name=item.name.strip(),
                    mime=item.mime.strip(),
                    sha256=item.sha256,
                    size=item.size,
                    blob_id=blob_id,
                    added_at=added_at,
                    signed_letter=item.signed_letter,
                )
            )

    def _add_step(
        self,
        session: Session,
        request: Request,
        action: Action,
        to_state: str,
        on: date,
        *,
        text: str | None = None,
        details: dict[str, Any] | None = None,
        their_number: str | None = None,
    ) -> RequestStep:
        step = RequestStep(
            seq=len(request.steps) + 1,
            action=action.value,
            from_state=request.state if request.steps else None,
            to_state=to_state,
            on_date=on,
            at=utc_now(),
            user=self.vault.user,
            text=text,
            details=json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
            their_number=their_number,
        )
        request.steps.append(step)
        session.flush()
        return step

    @staticmethod
    def _check_use(session: Session, request: Request, persons: Iterable[str]) -> None:
        """Received persons named in our request or answer serve its purpose (Art. 11.2)."""
        number = (
            request.their_number if request.direction == "incoming" else None
        ) or request.number
        check_use_in_request(
            session,
            "person",
            list(persons),
            request.id,
            request_use_purpose(request.purpose, number),
        )
