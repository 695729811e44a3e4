"""The thematic items (Art. 4) an information letter (Art. 8) sends: those linked to it.
The cover letter lists them and the bundle that carries the letter carries them too, so
that the letter never names information the partner did not get."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.models import ThematicItem, ThematicRequest


def items_of_letter(session: Session, request_id: str) -> list[ThematicItem]:
    """The items linked to ``request_id``, in the order they were entered."""
    return list(
        session.scalars(
            select(ThematicItem)
            .join(ThematicRequest, ThematicRequest.item_pk == ThematicItem.pk)
            .where(ThematicRequest.request_id == request_id)
            .order_by(ThematicItem.pk)
        ).unique()
    )
