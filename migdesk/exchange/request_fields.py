"""The fields of request and letter records from incoming bundles, checked one by one: each
bad value refuses the bundle naming the record and the field (``request_import`` uses them)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select

from migdesk.errors import MigDeskError, ValidationFailed
from migdesk.exchange.errors import ExchangeRefused
from migdesk.exchange.items import ImportScope, check_keys, invalid
from migdesk.exchange.request_items import ATTACHMENT_KEYS, MAX_TEXT
from migdesk.messages import _
from migdesk.models import Person
from migdesk.requests.records import AttachmentInput
from migdesk.requests.service import RequestService


def text_field(number: int, what: str, record: dict[str, Any], key: str, *, required: bool) -> Any:
    value = record.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > MAX_TEXT:
        raise invalid(number, what, _("поле {key} — непустая строка").format(key=key))
    return value


def uuid_field(number: int, what: str, value: Any, key: str) -> str:
    try:
        if isinstance(value, str) and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise invalid(number, what, f"{key} — UUID")


def date_field(number: int, what: str, value: Any, key: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise invalid(number, what, _("{key} — дата ГГГГ-ММ-ДД").format(key=key)) from None


def id_list(number: int, what: str, value: Any, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid(number, what, _("{key} — список").format(key=key))
    return [uuid_field(number, what, v, key) for v in value]


def person_ids(scope: ImportScope, number: int, what: str, value: Any, key: str) -> list[str]:
    """Person ids that name a person in this bundle or in the vault: a request naming a
    person who exists nowhere is refused by name."""
    ids = id_list(number, what, value, key)
    missing = [i for i in ids if not scope.carries("person", i)]
    if missing:
        stmt = select(Person.id).where(Person.id.in_(missing))
        found = set(scope.session.scalars(stmt))
        unknown = [i for i in missing if i not in found]
        if unknown:
            raise invalid(
                number,
                what,
                _("{key}: лицо {unknown} нет ни в пакете, ни в хранилище").format(
                    key=key, unknown=unknown[0]
                )
                + (
                    _(" (и ещё {count})").format(count=len(unknown) - 1) if len(unknown) > 1 else ""
                ),
            )
    return ids


def attachment_inputs(
    scope: ImportScope, number: int, what: str, value: Any, *, steps: bool = False
) -> list[AttachmentInput]:
    """The files of a record, staged in the vault; ``steps``: a letter's record, whose signed
    PDF of the letter itself may be among them (``signed_letter``)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid(number, what, _("attachments — список"))
    found = []
    for item in value:
        if not isinstance(item, dict):
            raise invalid(number, what, _("вложение — объект"))
        check_keys(number, what, item, ATTACHMENT_KEYS)
        name, mime, digest = item.get("name"), item.get("mime"), item.get("sha256")
        stored = scope.attachments.get(str(item.get("file")))
        if not (isinstance(name, str) and isinstance(mime, str) and isinstance(digest, str)):
            raise invalid(number, what, _("у вложения нужны name, mime и sha256"))
        if stored is None or stored.sha256 != digest:
            raise invalid(
                number,
                what,
                _("вложение «{name}» отсутствует в пакете или изменено").format(name=name[:80]),
            )
        letter = item.get("signed_letter", False)
        if not isinstance(letter, bool) or (letter and not steps):
            raise invalid(number, what, _("signed_letter — только у письма шага, true"))
        # Already in the vault, staged as the bundle was read; the request adopts it.
        found.append(AttachmentInput(name, mime, b"", received=stored, signed_letter=letter))
    return found


def refused(number: int, what: str, exc: MigDeskError) -> ExchangeRefused:
    summary = exc.summary if isinstance(exc, ValidationFailed) else str(exc)
    return invalid(number, what, summary)


def request_service(scope: ImportScope) -> RequestService:
    assert scope.vault is not None  # import_bundle always passes it
    return RequestService(scope.vault)


def import_states(scope: ImportScope) -> dict[str, tuple[str, str, str]]:
    """Requests as this import leaves them (kind, direction, state), for the letters that
    follow in the same bundle."""
    states: dict[str, tuple[str, str, str]] = scope.extras.setdefault("request_states", {})
    return states
