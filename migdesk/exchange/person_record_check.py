"""A bundle's person record checked before it is planned (Art. 6, Art. 11.2–11.3): its id,
its data by the same codec as ``PersonService``, its handling limits; and the comparison of
a received record with ours (what differs, nulls and missing keys alike). Used by
``person_import`` on the import's reading thread: no database here.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from migdesk.errors import ValidationFailed
from migdesk.exchange.items import check_keys, invalid
from migdesk.exchange.person_items import LOCAL_FIELDS
from migdesk.messages import _
from migdesk.persons import codec
from migdesk.persons.bulk_rows import RecordRows
from migdesk.persons.linkage import LinkRecord
from migdesk.security.handling import ACCURACY, RELIABILITY

_HANDLING_KEYS = {
    "purpose",
    "no_onward_transfer",
    "keep_until",
    "source_reliability",
    "information_accuracy",
    "request_id",
}


def _drop_empty(value: Any) -> Any:
    """Nulls and missing keys mean the same; compare without them."""
    if isinstance(value, dict):
        return {k: _drop_empty(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_empty(v) for v in value]
    return value


def comparable(data: dict[str, Any]) -> dict[str, Any]:
    raw = {k: v for k, v in data.items() if k not in LOCAL_FIELDS}
    # An old local record that today's rules refuse is compared as stored.
    with contextlib.suppress(ValidationFailed):
        raw = codec.check_person(raw).data
    cleaned: dict[str, Any] = _drop_empty({k: v for k, v in raw.items() if k not in LOCAL_FIELDS})
    return cleaned


def differing(a: dict[str, Any], b: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k)))


def handling_of(number: int, what: str, raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise invalid(number, what, _("handling должен быть объектом"))
    check_keys(number, what, raw, _HANDLING_KEYS)
    purpose = raw.get("purpose")
    if purpose is not None and (not isinstance(purpose, str) or not purpose.strip()):
        raise invalid(number, what, _("пустая цель предоставления"))
    if not isinstance(raw.get("no_onward_transfer", True), bool):
        raise invalid(number, what, _("no_onward_transfer — true или false"))
    keep = raw.get("keep_until")
    if keep is not None:
        try:
            date.fromisoformat(keep)
        except (TypeError, ValueError):
            raise invalid(number, what, _("keep_until — дата ГГГГ-ММ-ДД")) from None
    if raw.get("source_reliability") not in (None, *RELIABILITY):
        raise invalid(number, what, _("оценка надёжности источника: A, B, C, D или X"))
    if raw.get("information_accuracy") not in (None, *ACCURACY):
        raise invalid(number, what, _("оценка достоверности: 1, 2, 3, 4 или X"))
    request_id = raw.get("request_id")
    if request_id is not None and not isinstance(request_id, str):
        raise invalid(number, what, _("request_id — строка"))
    return raw


@dataclass
class Parsed:
    """A person record checked (``PersonImporter._parse``), with its rows as a new person
    when they were built ahead (``PersonImporter.ahead``)."""

    person_id: str
    data: dict[str, Any]
    handling: dict[str, Any]
    rows: RecordRows | None = None
    link: LinkRecord | None = None  # what matching compares (built once, on the reading thread)


def parse_person(number: int, record: dict[str, Any]) -> Parsed:
    """A person record of a bundle checked as ``PersonService`` checks one: its id, its data
    against the person.v1 schema, its handling; refused with the record's number."""
    raw_id = record.get("id")
    what = _("лицо {id}").format(id=str(raw_id)[:40])
    check_keys(number, what, record, {"type", "id", "data", "handling"})
    try:
        person_id = str(uuid.UUID(raw_id)) if isinstance(raw_id, str) else None
    except ValueError:
        person_id = None
    if person_id is None:
        raise invalid(number, what, _("идентификатор лица — UUID"))
    data = record.get("data")
    if not isinstance(data, dict):
        raise invalid(number, what, _("нет данных о лице (data)"))
    if data.get("id") not in (None, raw_id, person_id):
        raise invalid(number, what, _("id в data не совпадает с id записи"))
    raw = {k: v for k, v in data.items() if k not in LOCAL_FIELDS}
    raw["id"] = person_id
    try:
        checked = codec.check_person(raw)
    except ValidationFailed as exc:
        record_word = _("запись")
        problems = "; ".join(f"{path or record_word}: {msg}" for path, msg in exc.problems.items())
        raise invalid(
            number, what, _("схема person.v1 — {problems}").format(problems=problems)
        ) from exc
    return Parsed(person_id, checked.data, handling_of(number, what, record.get("handling")))
