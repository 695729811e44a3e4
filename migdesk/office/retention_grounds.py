"""The grounds a destruction states on its act (Art. 11.5). The act asserts them, so they
must be true: «истечение срока хранения» only once the keep-until date has passed, and an
early destruction always says why it comes early (a partner's request, a decision…)."""

from __future__ import annotations

from datetime import date

from migdesk.errors import InvalidInput
from migdesk.messages import N_, _

# Stored in the act, which is Russian whatever the interface language.
EXPIRY_GROUNDS = N_("истечение срока хранения (п. 5 ст. 11 Соглашения)")


def stated_grounds(
    grounds: str | None,
    *,
    record_id: str,
    keep_until: date | None,
    early: bool,
    today: date,
) -> str:
    """The grounds to store: as given (stripped); none given for a record that is due, the
    expiry wording. Refused: none given for an early destruction (``early`` asked for, or
    the keep-until date still ahead), and the expiry wording before that date."""
    stated = (grounds or "").strip()
    before_expiry = keep_until is not None and keep_until > today
    if before_expiry and stated == EXPIRY_GROUNDS:
        raise InvalidInput(
            _(
                "Срок хранения записи {record_id} истекает {keep_until:%d.%m.%Y}: «истечение "
                "срока хранения» не может быть основанием. Укажите основание досрочного "
                "уничтожения, оно войдёт в акт об уничтожении."
            ).format(record_id=record_id, keep_until=keep_until),
            field="grounds",
        )
    if stated:
        return stated
    if before_expiry:
        raise InvalidInput(
            _(
                "Срок хранения записи {record_id} истекает {keep_until:%d.%m.%Y}: укажите "
                "основание досрочного уничтожения, оно войдёт в акт об уничтожении."
            ).format(record_id=record_id, keep_until=keep_until),
            field="grounds",
        )
    if early:
        raise InvalidInput(
            _("Укажите основание досрочного уничтожения: оно войдёт в акт об уничтожении."),
            field="grounds",
        )
    return EXPIRY_GROUNDS
