"""The JSON face of thematic items (Art. 4) for ``migdesk-cli thematic``: input parsed into
``ThematicInput`` with every problem named by its field, views rendered with their links and
provenance. The field names are a contract."""

from __future__ import annotations

from datetime import date
from typing import Any

from migdesk.errors import ValidationFailed
from migdesk.messages import _
from migdesk.requests.records import AttachmentInput
from migdesk.requests.thematic import PersonLink, ThematicInput, ThematicView

INPUT_KEYS = {
    "category",
    "title",
    "text",
    "reported_on",
    "period_from",
    "period_until",
    "source_authority",
    "persons",
    "requests",
}


def _day(problems: dict[str, str], key: str, raw: Any) -> date | None:
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        pass
    problems[key] = _("дата ГГГГ-ММ-ДД")
    return None


def _text(problems: dict[str, str], key: str, raw: Any) -> str:
    if not isinstance(raw, str):
        problems[key] = _("строка обязательна")
        return ""
    return raw


def _persons(problems: dict[str, str], raw: Any) -> list[PersonLink]:
    """``["id", …]`` or ``[{"id": …, "role": …}, …]``."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems["persons"] = _("список идентификаторов лиц")
        return []
    links = []
    for index, entry in enumerate(raw):
        if isinstance(entry, str):
            links.append(PersonLink(entry))
        elif (
            isinstance(entry, dict)
            and isinstance(entry.get("id"), str)
            and isinstance(entry.get("role"), str | None)
            and set(entry) <= {"id", "role"}
        ):
            links.append(PersonLink(entry["id"], entry.get("role") or None))
        else:
            problems[f"persons[{index}]"] = _('идентификатор лица или {"id", "role"}')
    return links


def _requests(problems: dict[str, str], raw: Any) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(r, str) for r in raw):
        problems["requests"] = _("список идентификаторов запросов")
        return []
    return list(raw)


def input_from_json(raw: Any, attachments: list[AttachmentInput] | None = None) -> ThematicInput:
    if not isinstance(raw, dict):
        raise ValidationFailed({"": _("ожидается объект JSON")})
    problems: dict[str, str] = {}
    for key in sorted(set(raw) - INPUT_KEYS):
        problems[str(key)[:40]] = _("неизвестное поле")
    source = raw.get("source_authority")
    if source is not None and not isinstance(source, str):
        problems["source_authority"] = _("код органа — строка")
        source = None
    data = ThematicInput(
        category=_text(problems, "category", raw.get("category")),
        title=_text(problems, "title", raw.get("title")),
        text=_text(problems, "text", raw.get("text")),
        reported_on=_day(problems, "reported_on", raw.get("reported_on")),
        period_from=_day(problems, "period_from", raw.get("period_from")),
        period_until=_day(problems, "period_until", raw.get("period_until")),
        source_authority=source,
        persons=_persons(problems, raw.get("persons")),
        attachments=list(attachments or []),
        requests=_requests(problems, raw.get("requests")),
    )
    if problems:
        raise ValidationFailed(problems)
    return data


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def view_to_json(view: ThematicView) -> dict[str, Any]:
    provenance = view.provenance
    return {
        "id": view.id,
        "category": view.category,
        "category_label": view.category_label,
        "title": view.title,
        "text": view.text,
        "reported_on": _iso(view.reported_on),
        "period_from": _iso(view.period_from),
        "period_until": _iso(view.period_until),
        "source_authority": view.source_authority,
        "persons": [{"id": p.person_id, "role": p.role} for p in view.persons],
        "requests": list(view.requests),
        "attachments": [
            {"id": a.id, "name": a.name, "mime": a.mime, "size": a.size, "sha256": a.sha256}
            for a in view.attachments
        ],
        "created_at": view.created_at.isoformat(timespec="seconds"),
        "created_by": view.created_by,
        "provenance": None
        if provenance is None
        else {
            "provider": provenance.provider,
            "bundle_id": provenance.bundle_id,
            "purpose": provenance.purpose,
            "no_onward_transfer": provenance.no_onward_transfer,
            "received_at": provenance.received_at.isoformat(timespec="seconds"),
            "bundle_sequence": provenance.bundle_sequence,
            "bundle_created": provenance.bundle_created,
            "keep_until": _iso(provenance.keep_until),
            "source_request_id": provenance.source_request_id,
        },
        "request_refs": [
            {"id": r.id, "number": r.number, "destroyed_by_act": r.destroyed_by_act}
            for r in view.request_refs
        ],
    }
