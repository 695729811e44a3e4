"""The cover letter of information sent without a request (Art. 8), as a bundle brings
it: its purpose becomes the purpose of the records, and the information is registered in our
incoming journal.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from migdesk.exchange.items import (
    Apply,
    ImportScope,
    check_keys,
    invalid,
    register_importer,
)
from migdesk.exchange.keys import own_authority
from migdesk.messages import _


class CoverImporter:
    """The cover letter of information sent without a request (Art. 8): its purpose
    becomes the purpose of every record that does not state its own."""

    record_type = "cover"
    phase = 0

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        what = _("сопроводительное письмо")
        check_keys(number, what, record, {"type", "id", "article", "purpose", "text"})
        purpose, text = record.get("purpose"), record.get("text")
        if not isinstance(purpose, str) or not purpose.strip():
            raise invalid(number, what, _("не указана цель предоставления"))
        if text is not None and not isinstance(text, str):
            raise invalid(number, what, _("текст письма — строка"))
        if scope.preview.purpose is not None:
            raise invalid(number, what, _("в пакете больше одного сопроводительного письма"))
        scope.purpose = purpose
        scope.preview.purpose = purpose
        scope.preview.cover_text = text
        return _register_information(scope, record["id"], text)


def _register_information(scope: ImportScope, cover_id: str, text: str | None) -> Apply | None:
    """Art. 8: information received without a request is registered in our incoming journal
    (kind ``information``, state ``received``) with the persons it brings, as a paper letter
    would be. A sender that is no competent authority of the other side gets a warning
    instead (its records still import)."""
    from migdesk.models import Request
    from migdesk.requests.checks import Problems
    from migdesk.requests.contents import check_pair
    from migdesk.requests.dates import today
    from migdesk.requests.records import IncomingInput
    from migdesk.requests.service import RequestService

    session = scope.session
    if session.scalar(select(Request.id).where(Request.id == cover_id)) is not None:
        return None
    problems = Problems()
    own = own_authority(session) or ""
    check_pair(session, problems, scope.sender, own, today(), "to")
    if problems.items:
        scope.preview.warnings.append(
            _(
                "Информация без запроса от {sender} не зарегистрирована во входящем журнале: "
            ).format(sender=scope.sender)
            + "; ".join(problems.items.values())
        )
        return None
    persons = sorted(scope.carried.ids("person"))
    data = IncomingInput(
        from_authority=scope.sender,
        to_authority=own,
        received_on=today(),
        kind="information",
        # Stored in the vault and shown in letters: Russian whatever the interface language.
        substance=f"Информация без запроса (ст. 8): сведения о лицах — {len(persons)}.",
        cover_text=(text or "").strip() or "Сопроводительный текст не приложен.",
        persons=persons,
    )

    def apply() -> None:
        assert scope.vault is not None  # import_bundle always passes it
        RequestService(scope.vault).register_incoming(
            session,
            data,
            None,
            request_id=cover_id,
            source={"bundle_id": scope.bundle_id, "from": scope.sender},
        )

    return apply


register_importer(CoverImporter())
