"""JSON interchange of the request services (CLI today, bundles later): parsing into the
service dataclasses with field-path errors, and views back into JSON-ready dicts."""

from __future__ import annotations

import base64
import binascii
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from migdesk.errors import ValidationFailed
from migdesk.messages import _
from migdesk.requests import vocab
from migdesk.requests.authorities import AuthorityView, NameVersion
from migdesk.requests.records import (
    AttachmentInput,
    DraftInput,
    IncomingInput,
    RequestRow,
    RequestView,
)
from migdesk.requests.signatories import SignatoryInput, SignatoryView
from migdesk.requests.workflow import StepInput


class _Reader:
    """Typed access to a JSON object, collecting problems by path instead of failing early."""

    def __init__(self, raw: Any, allowed: set[str]) -> None:
        self.problems: dict[str, str] = {}
        if not isinstance(raw, dict):
            self.raw: dict[str, Any] = {}
            self.problems[""] = _("ожидается JSON-объект")
            return
        self.raw = raw
        for key in sorted(set(raw) - allowed):
            self.problems[key] = _("неизвестное поле")

    def text(self, key: str) -> str | None:
        value = self.raw.get(key)
        if value is None or isinstance(value, str):
            return value
        self.problems[key] = _("ожидается строка")
        return None

    def day(self, key: str) -> date | None:
        value = self.raw.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            try:
                if len(value) == 10:
                    return date.fromisoformat(value)
            except ValueError:
                pass
        self.problems[key] = _("ожидается дата ГГГГ-ММ-ДД")
        return None

    def integer(self, key: str) -> int | None:
        value = self.raw.get(key)
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        self.problems[key] = _("ожидается целое число")
        return None

    def strings(self, key: str) -> list[str]:
        value = self.raw.get(key)
        if value is None:
            return []
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
        self.problems[key] = _("ожидается список строк")
        return []

    def attachments(self, key: str = "attachments") -> list[AttachmentInput]:
        value = self.raw.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems[key] = _("ожидается список вложений")
            return []
        result = []
        for index, item in enumerate(value):
            path = f"{key}[{index}]"
            if not isinstance(item, dict) or not all(
                isinstance(item.get(k), str) for k in ("name", "mime", "content_base64")
            ):
                self.problems[path] = _("нужны name, mime и content_base64")
                continue
            try:
                data = base64.b64decode(item["content_base64"], validate=True)
            except (binascii.Error, ValueError):
                self.problems[path] = _("content_base64 не в кодировке Base64")
                continue
            result.append(AttachmentInput(item["name"], item["mime"], data))
        return result

    def require(self, key: str, value: Any) -> Any:
        if value is None and key not in self.problems:
            self.problems[key] = _("не указано (обязательно)")
        return value

    def done(self) -> None:
        if self.problems:
            labels = {p: vocab.label(p) for p in self.problems}
            raise ValidationFailed(dict(self.problems), labels)


_MESSAGE_KEYS = {
    "kind",
    "from",
    "to",
    "substance",
    "purpose",
    "justification",
    "other_info",
    "cover_text",
    "related",
    "persons",
    "categories",
    "assignees",
    "attachments",
}


def _message_contents(r: _Reader) -> dict[str, Any]:
    """The fields outgoing drafts and incoming messages share (Art. 9.2 contents)."""
    return {
        "substance": r.text("substance") or "",
        "purpose": r.text("purpose"),
        "justification": r.text("justification"),
        "other_info": r.text("other_info"),
        "kind": r.text("kind") or "request",
        "cover_text": r.text("cover_text"),
        "related": r.text("related"),
        "persons": r.strings("persons"),
        "categories": r.strings("categories"),
        "assignees": r.strings("assignees"),
        "attachments": r.attachments(),
    }


def draft_from_json(raw: Any) -> DraftInput:
    r = _Reader(raw, _MESSAGE_KEYS)
    draft = DraftInput(
        to_authority=r.text("to") or "",
        from_authority=r.text("from"),
        **_message_contents(r),
    )
    r.done()
    return draft


def incoming_from_json(raw: Any) -> IncomingInput:
    r = _Reader(raw, _MESSAGE_KEYS | {"received_on", "their_number", "their_date"})
    received_on = r.require("received_on", r.day("received_on"))
    incoming = IncomingInput(
        from_authority=r.text("from") or "",
        received_on=received_on or date.min,
        to_authority=r.text("to"),
        their_number=r.text("their_number"),
        their_date=r.day("their_date"),
        **_message_contents(r),
    )
    r.done()
    return incoming


_STEP_KEYS = {f.name for f in fields(StepInput)} - {"action"}


def step_from_json(action: str, raw: Any) -> StepInput:
    r = _Reader({} if raw is None else raw, _STEP_KEYS)
    step = StepInput(
        action=action,
        on=r.day("on"),
        text=r.text("text"),
        reasons=r.text("reasons"),
        grounds=r.strings("grounds"),
        answered=r.text("answered"),
        not_answered=r.text("not_answered"),
        proceedings=r.text("proceedings"),
        mode=r.text("mode"),
        conditions=r.text("conditions"),
        until=r.day("until"),
        signatory=r.integer("signatory"),
        records=r.strings("records"),
        their_number=r.text("their_number"),
        their_date=r.day("their_date"),
        attachments=r.attachments(),
    )
    r.done()
    return step


def signatory_from_json(raw: Any) -> SignatoryInput:
    keys = {
        "authority",
        "position",
        "full_name",
        "valid_from",
        "valid_until",
        "certificate_pem",
        "user",
        "notified_on",
    }
    r = _Reader(raw, keys)
    authority = r.require("authority", r.text("authority"))
    valid_from = r.require("valid_from", r.day("valid_from"))
    data = SignatoryInput(
        authority=authority or "",
        position=r.text("position") or "",
        full_name=r.text("full_name") or "",
        valid_from=valid_from or date.min,
        valid_until=r.day("valid_until"),
        certificate_pem=r.text("certificate_pem"),
        user=r.text("user"),
        notified_on=r.day("notified_on"),
    )
    r.done()
    return data


# --- views to JSON ------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):  # stored naive in UTC
        return value.isoformat() + "Z"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _name_json(version: NameVersion) -> dict[str, Any]:
    return {
        "effective_from": _jsonable(version.effective_from),
        "name": version.nominative,
        "name_dative": version.dative,
        "short_name": version.short_name,
        "change": version.change_kind,
        "notification": version.notification,
        "notified_on": _jsonable(version.notified_on),
    }


def authority_json(view: AuthorityView) -> dict[str, Any]:
    return {
        "code": view.code,
        "country": view.country,
        "name": view.name.nominative,
        "name_dative": view.name.dative,
        "short_name": view.name.short_name,
        "established_on": _jsonable(view.established_on),
        "ended_on": _jsonable(view.ended_on),
        "successor": view.successor,
        "history": [_name_json(v) for v in view.history],
    }


def signatory_json(view: SignatoryView) -> dict[str, Any]:
    return _jsonable(asdict(view))  # type: ignore[no-any-return]


def request_json(view: RequestView) -> dict[str, Any]:
    data: dict[str, Any] = _jsonable(asdict(view))
    data["from"], data["to"] = data.pop("from_code"), data.pop("to_code")
    return data


def row_json(row: RequestRow) -> dict[str, Any]:
    data: dict[str, Any] = _jsonable(asdict(row))
    data["from"], data["to"] = data.pop("from_code"), data.pop("to_code")
    return data
