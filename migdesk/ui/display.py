"""How stored values are shown: Russian dates, labels for codes, short summaries of records."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from migdesk.identity.countries import country_name
from migdesk.identity.partial_date import PartialDateError, format_partial_date_ru
from migdesk.persons import labels

# Code-valued keys of sub-records, per list, and the labels that name their codes.
KIND_LABELS: dict[str, Mapping[str, str]] = {
    "documents": labels.DOCUMENT_KINDS,
    "registrations": labels.REGISTRATION_KINDS,
    "residence_permits": labels.PERMIT_KINDS,
    "citizenship_acts": labels.CITIZENSHIP_ACT_KINDS,
    "restrictions": labels.RESTRICTION_KINDS,
}
DATE_KEYS = frozenset(
    {
        "birth_date",
        "issued_on",
        "valid_from",
        "valid_until",
        "decided_on",
        "imposed_on",
        "captured_on",
    }
)
MAX_SHOWN = 300


def date_ru(value: str | None) -> str:
    """Canonical partial date → ДД.ММ.ГГГГ / ММ.ГГГГ / ГГГГ; anything odd is shown as stored."""
    if not value:
        return ""
    try:
        return format_partial_date_ru(value)
    except PartialDateError:
        return value


def date_text(day: date | None) -> str:
    """The one way a calendar date is shown in every interface language: ДД.ММ.ГГГГ."""
    return day.strftime("%d.%m.%Y") if day else ""


_OWN_CERTIFICATE_NAME = re.compile(r"MigDesk (?P<code>[A-Z]{2}-[A-Z0-9-]+) (?P<role>\w+)")


def certificate_name(common_name: str | None) -> str:
    """A certificate's common name for a person to read. MigDesk's own keys are named
    «MigDesk KZ-MVD signing» inside the certificate (it travels, so it stays as issued); the
    interface says «KZ-MVD: ключ подписи пакетов» in its own language (issue 13.9)."""
    if not common_name:
        return "—"
    match = _OWN_CERTIFICATE_NAME.fullmatch(common_name)
    if match is None:
        return common_name
    translate = QCoreApplication.translate
    roles = {
        "signing": translate("Display", "ключ подписи пакетов"),
        "encryption": translate("Display", "ключ шифрования пакетов"),
        "CA": translate("Display", "удостоверяющий центр"),
    }
    role = roles.get(match["role"])
    return f"{match['code']}: {role}" if role else common_name


def country_label(code: str) -> str:
    """«KAZ — Казахстан»; an unknown code stays visible as itself."""
    name = country_name(code)
    return code if name == code else f"{code} — {name}"


def sex_label(code: str | None) -> str:
    return labels.SEX_LABELS.get(code or "", code or "")


def local_time(moment: datetime) -> str:
    """Stored instants are naive UTC; officers read local workstation time."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")


def _item_summary(list_name: str, item: Mapping[str, Any]) -> str:
    parts: list[str] = []
    for key, value in item.items():
        # The file's type and checksum say nothing to an officer («image/png», issue 13.15).
        if value in (None, "") or key in {"data_base64", "sha256", "mime"}:
            continue
        if key == "kind":
            shown = KIND_LABELS.get(list_name, {}).get(str(value), str(value))
        elif key in DATE_KEYS:
            shown = date_ru(str(value))
        elif key == "size":
            shown = f"{int(value) // 1024} КБ"
        else:
            shown = str(value)
        parts.append(shown)
    return ", ".join(parts)


def value_text(field: str, value: Any) -> str:
    """One field's value as a line of text (history, summaries); long values are cut."""
    if value is None or value == [] or value == "":
        return "—"
    if field in DATE_KEYS and isinstance(value, str):
        text = date_ru(value)
    elif field == "sex" and isinstance(value, str):
        text = sex_label(value)
    elif field == "personal_number_kind" and isinstance(value, str):
        text = labels.PERSONAL_NUMBER_KINDS.get(value, value)
    elif isinstance(value, list):
        text = "; ".join(
            _item_summary(field, v) if isinstance(v, Mapping) else str(v) for v in value
        )
    elif isinstance(value, Mapping):
        text = _item_summary(field, value)
    else:
        text = str(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"
