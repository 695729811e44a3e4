"""Shared pieces of the exchange screens: partner authorities, times, sizes, status lines."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from migdesk.bundles.label import DEFAULT_CHANNEL
from migdesk.office.registry_reads import trusted_partners
from migdesk.ui.drives import size_text
from migdesk.vault import Vault

__all__ = [
    "authority_text",
    "channel_text",
    "kind_text",
    "local_time",
    "partners",
    "size_text",
    "yes_no",
]


def partners(vault: Vault) -> list[str]:
    """Codes of the authorities whose certificates are trusted here (bundle addressees)."""
    return trusted_partners(vault)


def authority_text(code: str, names: Mapping[str, str]) -> str:
    """«code — name» of an authority in the registry (``names``: ``authority_full_names``)."""
    name = names.get(code)
    return f"{code} — {name}" if name else code


def local_time(value: str | datetime | None) -> str:
    """The label's UTC time («2026-11-26T15:31:36Z») as local «26.11.2026 18:31»."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            return str(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%d.%m.%Y %H:%M")


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("Exchange", "да")
        if value
        else QCoreApplication.translate("Exchange", "нет")
    )


def kind_text(kind: str) -> str:
    if kind == "acknowledgement":
        return QCoreApplication.translate("Exchange", "подтверждение получения")
    return QCoreApplication.translate("Exchange", "данные")


def channel_text(channel: str) -> str:
    """The default channel is «основной»; a named one is shown as named (issue 13.9: the raw
    «main» read as English in the Russian interface)."""
    if channel == DEFAULT_CHANNEL:
        return QCoreApplication.translate("Exchange", "основной")
    return channel
